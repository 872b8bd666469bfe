import Foundation
import GerritModel
import GerritSim
import GerritTestSupport
import Testing

/// The fast decoder against `JSONDecoder` on the simulator's output: every query option, new
/// and old servers (string numbers, sort keys, drafts), and damaged variants of those rows.
@Suite struct FastDecoderOnSimulatorTests {
    static let now = Date(timeIntervalSince1970: 1_772_452_800)

    static func rows(oldServer: Bool) -> [Data] {
        let dataset = SimDataset.generate(seed: 11, changeCount: 120, now: now)
        let options = SimQueryOptions.everything
        let renderer = SimJSONRenderer(dataset: dataset, oldServer: oldServer)
        return dataset.changes.map { Data(renderer.change($0, options: options).serialized().utf8) }
    }

    @Test(arguments: [false, true])
    func everySimulatedRowDecodesAlikeAndFast(oldServer: Bool) {
        for row in Self.rows(oldServer: oldServer) {
            if let mismatch = DecoderDifferential.queryRowMismatch(row) { Issue.record("\(mismatch)") }
            #expect(DecoderDifferential.fastPathTakes(row))
        }
    }

    @Test func damagedSimulatedRowsDecodeAlike() {
        for (index, row) in Self.rows(oldServer: false).prefix(40).enumerated() {
            for variant in DecoderDifferential.mutations(of: row, count: 40, seed: UInt64(index)) {
                if let mismatch = DecoderDifferential.queryRowMismatch(variant) {
                    Issue.record("row \(index)\n\(mismatch)")
                    return
                }
            }
        }
    }
}
