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

    @Test func settingACellReplacesItsKeyOrAddsIt() {
        var row = ReportRow(keys: ["number", "owner"], cells: [number, owner])
        row.set(ReportCell(.text("ann")), for: "owner")
        row.set(ReportCell(.int(3)), for: "age")
        #expect(row == ReportRow(cells: ["number": number, "owner": ReportCell(.text("ann")), "age": ReportCell(.int(3))]))
        #expect(row.keeping(["age", "number", "missing"]) == ReportRow(cells: ["number": number, "age": ReportCell(.int(3))]))
    }

    /// The renderer's lookup gives each column's cell as the subscript does, for rows sharing
    /// one keys array, rows with their own (in another order, or missing a key), one after another.
    @Test func aColumnLookupFindsWhatTheSubscriptFinds() {
        let shared = ["number", "owner", "caf\u{E9}"]
        let rows = [
            ReportRow(keys: shared, cells: [number, owner, ReportCell(.text("a"))]),
            ReportRow(keys: shared, cells: [ReportCell(.int(8)), owner, ReportCell(.text("b"))]),
            ReportRow(keys: ["owner", "number"], cells: [owner, number]),
            ReportRow(keys: shared, cells: [number, ReportCell(.text("c")), ReportCell(.text("d"))]),
            ReportRow(cells: [:]),
        ]
        let columns = ["owner", "cafe\u{301}", "number", "absent"]
        var lookup = ColumnLookup(columns: columns)
        for row in rows {
            #expect(lookup.cells(of: row) == columns.map { row[$0] })
        }
    }
}
