import Foundation
import Testing
import TUI

/// Golden files in `Tests/<Target>/Snapshots/<name>.txt`, compared as text.
///
/// The folder is found from the calling test file's path (`#filePath`): the first folder
/// below `Tests/`. With `RECORD_SNAPSHOTS=1` in the environment the file is (re)written and
/// the test passes; a missing file fails the test and says how to record it.
public enum Snapshot {
    /// Whether this run re-records snapshots.
    public static var isRecording: Bool {
        ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1"
    }

    /// Where the snapshot `name` of the test file at `filePath` lives.
    public static func url(named name: String, filePath: String) -> URL {
        var folder = URL(fileURLWithPath: filePath).deletingLastPathComponent()
        while folder.path != "/" && folder.deletingLastPathComponent().lastPathComponent != "Tests" {
            folder = folder.deletingLastPathComponent()
        }
        if folder.path == "/" {
            folder = URL(fileURLWithPath: filePath).deletingLastPathComponent()
        }
        return folder.appendingPathComponent("Snapshots").appendingPathComponent(name + ".txt")
    }

    /// A screen as snapshot text: the plain text, then the style map and its legend.
    public static func text(of screen: Screen, legend: [Character: Style] = [:]) -> [String] {
        let map = screen.styleMapWithLegend(legend: legend)
        let usedLetters = Set(map.rows.joined())
        let legendLines = map.legend.filter { usedLetters.contains($0.key) }
            .sorted { $0.key < $1.key }
            .map { "\($0.key): \($0.value)" }
        return screen.plainText() + ["-- styles --"] + map.rows + ["-- legend --"] + legendLines
    }
}

/// Compares a screen (text, style map and legend) with `Snapshots/<name>.txt`.
///
/// See `Snapshot` for where the file lives and how to re-record it.
public func assertSnapshot(of screen: Screen, named name: String, legend: [Character: Style] = [:],
                           filePath: String = #filePath, sourceLocation: SourceLocation = #_sourceLocation) {
    assertSnapshot(lines: Snapshot.text(of: screen, legend: legend), named: name, filePath: filePath,
                   sourceLocation: sourceLocation)
}

/// Compares lines of text with `Snapshots/<name>.txt`.
public func assertSnapshot(lines: [String], named name: String, filePath: String = #filePath,
                           sourceLocation: SourceLocation = #_sourceLocation) {
    let url = Snapshot.url(named: name, filePath: filePath)
    let actual = lines.map(trimTrailingSpaces)
    if Snapshot.isRecording {
        do {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try (actual.joined(separator: "\n") + "\n").write(to: url, atomically: true, encoding: .utf8)
        } catch {
            Issue.record("Could not write snapshot \(url.path): \(error.localizedDescription)", sourceLocation: sourceLocation)
        }
        return
    }
    guard let data = FileManager.default.contents(atPath: url.path), let stored = String(data: data, encoding: .utf8) else {
        Issue.record(Comment(rawValue: "Snapshot \(url.path) is missing. Record it with RECORD_SNAPSHOTS=1 swift test --filter …\n"
                     + "Actual:\n" + actual.joined(separator: "\n")), sourceLocation: sourceLocation)
        return
    }
    var expected = stored.components(separatedBy: "\n")
    if expected.last == "" { expected.removeLast() }
    assertLines(actual, match: expected, what: "Snapshot \(name)", sourceLocation: sourceLocation)
}
