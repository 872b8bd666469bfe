import Foundation
import GerritModel
import Reports
import Testing

@Suite("--deps trees (spec §9.15)")
struct DependencyForestTests {
    func shape(_ nodes: [DependencyForest.Node]) -> String {
        nodes.map { node in
            node.children.isEmpty ? "\(node.change.number)" : "\(node.change.number)(\(shape(node.children)))"
        }.joined(separator: " ")
    }

    @Test func childrenNestUnderTheChangeTheyDependOn() {
        let changes = [
            Fixture.change(1001), Fixture.change(1005, dependsOn: [Dependency(id: "I1001", number: 1001)]),
            Fixture.change(1006, dependsOn: [Dependency(id: "I1005", number: 1005)]), Fixture.change(1002),
        ]
        #expect(shape(DependencyForest(changes).roots) == "1001(1005(1006)) 1002")
    }

    /// §9.15: nodes were keyed by Change-Id, so cherry-picks of one Change-Id collided.
    @Test func cherryPicksWithOneChangeIdStayApart_bug9_15() {
        let changes = [
            Fixture.change(10, id: "Isame", branch: "master"),
            Fixture.change(20, id: "Isame", branch: "stable"),
            Fixture.change(11, branch: "master", dependsOn: [Dependency(id: "Isame", number: 10)]),
            Fixture.change(21, branch: "stable", dependsOn: [Dependency(id: "Isame", number: 20)]),
            Fixture.change(22, branch: "stable", dependsOn: [Dependency(id: "Isame")]),
        ]
        #expect(shape(DependencyForest(changes).roots) == "10(11) 20(21 22)")
    }

    /// The command line makes each row as its change is read (no list of changes): the same
    /// table as the one made from the kept changes at once. A tree needs the changes at once.
    @Test func rowsMadeOneChangeAtATimeAreTheTableOfTheKeptChanges() {
        let changes = [
            Fixture.change(1001), Fixture.change(1005, dependsOn: [Dependency(id: "I1001", number: 1001)]),
            Fixture.change(1006, dependsOn: [Dependency(id: "I1005", number: 1005)]), Fixture.change(1002),
            Fixture.change(1003),
        ]
        let keep = { (change: Change) in change.number != 1005 && change.number != 1002 }
        var rows: [ReportRow] = []
        for change in changes where keep(change) {
            rows.append(ChangesReport.row(for: change))
        }
        let table = ChangesReport.table(rows: rows, title: "T")
        #expect(table == ChangesReport.table(changes.filter(keep), title: "T"))
        #expect(table.rows.map { $0["number"].value } == [.int(1001), .int(1006), .int(1003)])
        #expect(ChangesReport.table(changes.filter(keep), title: "T", dependencies: true).totalRowCount == 3)
    }

    /// §9.15: only the first dependsOn was used; a parent outside the results made the child a root.
    @Test func everyDependencyIsTriedAndNeededByToo_bug9_15() {
        let changes = [
            Fixture.change(1, neededBy: [Dependency(number: 3)]),
            Fixture.change(2, dependsOn: [Dependency(number: 99), Dependency(number: 1)]),
            Fixture.change(3),
            Fixture.change(4, dependsOn: [Dependency(number: 98)]),
        ]
        #expect(shape(DependencyForest(changes).roots) == "1(2 3) 4")
    }

    @Test func loopsAreBroken() {
        let changes = [
            Fixture.change(1, dependsOn: [Dependency(number: 2)]),
            Fixture.change(2, dependsOn: [Dependency(number: 1)]),
        ]
        #expect(shape(DependencyForest(changes).roots) == "2(1)")
    }

    @Test func theChangeTableCarriesTheTree() {
        let table = ChangesReport.table([Fixture.change(1), Fixture.change(2, dependsOn: [Dependency(number: 1)])],
                                        dependencies: true)
        #expect(table.rows.count == 1 && table.totalRowCount == 2)
    }
}
