import Foundation

/// What `gerrit-sim` saves between ssh calls: the dataset, the event generator and a short
/// journal of recent event lines (so a `stream-events` process shows reviews made by other calls).
public struct SimStateFile: Codable, Sendable, Equatable {
    public struct Entry: Codable, Sendable, Equatable {
        public var seq: Int
        public var type: String
        public var line: String
    }

    public var dataset: SimDataset
    public var generator: SimEventGenerator
    public var journal: [Entry]

    public init(dataset: SimDataset, generator: SimEventGenerator, journal: [Entry] = []) {
        self.dataset = dataset
        self.generator = generator
        self.journal = journal
    }

    /// The highest journal sequence number, 0 when empty.
    public var lastSeq: Int { journal.last?.seq ?? 0 }

    /// Appends events to the journal, keeping the newest 500.
    public mutating func record(_ events: [SimEvent]) {
        var seq = lastSeq
        for e in events {
            seq += 1
            journal.append(Entry(seq: seq, type: e.type, line: e.line))
        }
        if journal.count > 500 { journal.removeFirst(journal.count - 500) }
    }

    /// Reads a state file.
    ///
    /// - Throws: a `SimStateError` naming the file when it cannot be read or decoded.
    public static func load(from url: URL) throws -> SimStateFile {
        do {
            let data = try Data(contentsOf: url)
            return try JSONDecoder().decode(SimStateFile.self, from: data)
        } catch {
            throw SimStateError(message: "cannot read simulator state \(url.path): \(error.localizedDescription)")
        }
    }

    /// Writes the state atomically.
    public func save(to url: URL) throws {
        do {
            let data = try JSONEncoder().encode(self)
            try data.write(to: url, options: .atomic)
        } catch {
            throw SimStateError(message: "cannot write simulator state \(url.path): \(error.localizedDescription)")
        }
    }
}
