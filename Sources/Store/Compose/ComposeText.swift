/// A text being written in the built-in editor, and where its cursor is.
///
/// Pure: every edit returns the new value, so the reducer owns it and tests check it.
public struct ComposeText: Sendable, Hashable {
    /// One edit, from a key.
    public enum Edit: Sendable, Hashable {
        case insert(String)
        case newline
        case deleteBackward
        case deleteForward
        case left, right, up, down
        case lineStart, lineEnd
    }

    public private(set) var text: String
    /// The cursor, as an offset in characters from the start.
    public private(set) var cursor: Int

    public init(_ text: String = "", cursor: Int? = nil) {
        self.text = text
        self.cursor = min(max(0, cursor ?? text.count), text.count)
    }

    /// The lines, without their breaks.
    public var lines: [String] {
        text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    /// The cursor as (line, column), both from 0.
    public var position: (line: Int, column: Int) {
        let before = text.prefix(cursor)
        let line = before.filter { $0 == "\n" }.count
        let column = before.count - (before.lastIndex(of: "\n").map { before.distance(from: before.startIndex, to: $0) + 1 } ?? 0)
        return (line, column)
    }

    public mutating func apply(_ edit: Edit) {
        switch edit {
        case .insert(let string): insert(string)
        case .newline: insert("\n")
        case .deleteBackward:
            guard cursor > 0 else { return }
            let index = text.index(text.startIndex, offsetBy: cursor - 1)
            text.remove(at: index)
            cursor -= 1
        case .deleteForward:
            guard cursor < text.count else { return }
            text.remove(at: text.index(text.startIndex, offsetBy: cursor))
        case .left: cursor = max(0, cursor - 1)
        case .right: cursor = min(text.count, cursor + 1)
        case .up: move(toLine: position.line - 1)
        case .down: move(toLine: position.line + 1)
        case .lineStart: cursor = offset(line: position.line, column: 0)
        case .lineEnd: cursor = offset(line: position.line, column: .max)
        }
    }

    private mutating func insert(_ string: String) {
        let index = text.index(text.startIndex, offsetBy: cursor)
        text.insert(contentsOf: string, at: index)
        cursor += string.count
    }

    private mutating func move(toLine line: Int) {
        let all = lines
        guard all.indices.contains(line) else { return }
        cursor = offset(line: line, column: position.column)
    }

    /// The offset of `column` on `line` (clamped to the line's length).
    private func offset(line: Int, column: Int) -> Int {
        let all = lines
        var offset = 0
        for index in 0..<line where all.indices.contains(index) { offset += all[index].count + 1 }
        let length = all.indices.contains(line) ? all[line].count : 0
        return offset + min(max(0, column), length)
    }
}
