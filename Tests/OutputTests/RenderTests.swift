import Foundation
import Output
import Reports
import Testing

@Suite struct RenderTests {
    @Test func renderPicksTheModeAndOnlyTextCarriesColour() {
        let report = Report.compound([.table(Sample.changes), .list(Sample.summary)])
        for mode in OutputMode.allCases {
            let text = render(report, context: RenderContext(now: Sample.now, color: true, mode: mode))
            #expect(text.contains("\u{1B}") == (mode == .text), "\(mode)")
            #expect(text.utf8.last == UInt8(ascii: "\n"), "\(mode)")
        }
        let json = render(report, context: RenderContext(now: Sample.now, mode: .json))
        #expect(json.hasPrefix("["))
        let csv = render(report, context: RenderContext(now: Sample.now, mode: .csv))
        #expect(csv.hasPrefix("Changes\r\n"))
    }
}
