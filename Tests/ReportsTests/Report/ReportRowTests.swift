import Reports
import Testing

/// A row is a set of cells by key: how it was built (a dictionary, or keys and cells in some
/// order) never shows.
@Suite struct ReportRowTests {
    private let number = ReportCell(.int(7))
    private let owner = ReportCell(.text("zoe"), tone: .positive)

    @Test func rowsWithTheSameCellsAreEqualInWhateverOrderTheyWereBuilt() {
        let fromDictionary = ReportRow(cells: ["number": number, "owner": owner])
        let inOrder = ReportRow(keys: ["number", "owner"], cells: [number, owner])
        let reversed = ReportRow(keys: ["owner", "number"], cells: [owner, number])
        #expect(fromDictionary == inOrder)
        #expect(inOrder == reversed)
        #expect(Set([fromDictionary, inOrder, reversed]).count == 1)
        #expect(inOrder.hashValue == reversed.hashValue)
    }

    @Test func rowsDifferWhenACellKeyOrChildDiffers() {
        let row = ReportRow(keys: ["number", "owner"], cells: [number, owner])
        #expect(row != ReportRow(keys: ["number", "owner"], cells: [number, ReportCell(.text("zoe"))]))
        #expect(row != ReportRow(keys: ["number", "subject"], cells: [number, owner]))
        #expect(row != ReportRow(keys: ["number"], cells: [number]))
        #expect(row != ReportRow(keys: ["number", "owner"], cells: [number, owner], children: [ReportRow(cells: [:])]))
    }

    @Test func keysAreFoundAsStringsCompareNotByTheirBytes() {
        // "é" composed (2 bytes) and decomposed (3 bytes) are the same String.
        let row = ReportRow(keys: ["caf\u{E9}"], cells: [number])
        #expect(row["cafe\u{301}"] == number)
        #expect(row == ReportRow(cells: ["cafe\u{301}": number]))
    }

    @Test func aMissingKeyReadsAsAnEmptyCell() {
        let row = ReportRow(keys: ["number"], cells: [number])
        #expect(row["number"] == number)
        #expect(row["owner"] == ReportCell(.empty))
    }

    @Test func cellsCanBeReadAndChangedAsADictionary() {
        var row = ReportRow(keys: ["number", "owner"], cells: [number, owner])
        #expect(row.cells == ["number": number, "owner": owner])
        row.cells["age"] = ReportCell(.int(3))
        row.cells = row.cells.filter { $0.key != "owner" }
        #expect(row == ReportRow(cells: ["number": number, "age": ReportCell(.int(3))]))
        #expect(row["owner"] == ReportCell(.empty))
        #expect(row["age"] == ReportCell(.int(3)))
    }
}
