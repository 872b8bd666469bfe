import Testing
import TUI

@Suite("Rect splitting")
struct RectTests {
    let whole = Rect(x: 0, y: 0, width: 100, height: 30)

    @Test("Columns by fixed, percent and fill")
    func columns() {
        let parts = whole.splitColumns([.fixed(20), .percent(30), .fill])
        #expect(parts == [
            Rect(x: 0, y: 0, width: 20, height: 30),
            Rect(x: 20, y: 0, width: 30, height: 30),
            Rect(x: 50, y: 0, width: 50, height: 30),
        ])
    }

    @Test("Fill parts share the rest, leftovers to the first")
    func fills() {
        let parts = Rect(x: 5, y: 2, width: 10, height: 7).splitRows([.fill, .fixed(2), .fill])
        #expect(parts.map(\.height) == [3, 2, 2])
        #expect(parts.map(\.y) == [2, 5, 7])
    }

    @Test("Not enough room: later parts shrink to empty, never negative")
    func tooSmall() {
        let parts = Rect(x: 0, y: 0, width: 5, height: 1).splitColumns([.fixed(4), .fixed(4), .fill])
        #expect(parts.map(\.width) == [4, 1, 0])
    }

    @Test("Take edges and inset")
    func edges() {
        let (top, rest) = whole.takeTop(2)
        #expect(top == Rect(x: 0, y: 0, width: 100, height: 2))
        #expect(rest == Rect(x: 0, y: 2, width: 100, height: 28))
        let (bottom, above) = whole.takeBottom(1)
        #expect(bottom == Rect(x: 0, y: 29, width: 100, height: 1))
        #expect(above.height == 29)
        #expect(whole.takeRight(40).right == Rect(x: 60, y: 0, width: 40, height: 30))
        #expect(whole.takeLeft(40).rest.x == 40)
        #expect(whole.inset(by: 1) == Rect(x: 1, y: 1, width: 98, height: 28))
        #expect(Rect(x: 0, y: 0, width: 1, height: 1).inset(by: 1).isEmpty)
    }

    @Test("Intersection")
    func intersection() {
        let a = Rect(x: 0, y: 0, width: 10, height: 10)
        #expect(a.intersection(Rect(x: 5, y: 5, width: 10, height: 10)) == Rect(x: 5, y: 5, width: 5, height: 5))
        #expect(a.intersection(Rect(x: 20, y: 0, width: 5, height: 5)).isEmpty)
    }
}
