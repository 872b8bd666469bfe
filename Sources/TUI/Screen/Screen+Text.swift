extension Screen {
    /// The screen as text, one string per row, trailing spaces trimmed.
    ///
    /// Wide characters appear once (their continuation cell adds nothing), so a row reads as
    /// the terminal shows it. Golden tests compare this with string literals.
    public func plainText() -> [String] {
        (0..<size.height).map { y in
            var line = ""
            for cell in row(y) where !cell.isContinuation {
                line += cell.text
            }
            return Self.trimmingTrailingSpaces(line)
        }
    }

    /// A map of styles parallel to `plainText()`: one letter per cell column.
    ///
    /// `.` marks the plain style unless the legend names it; styles in `legend` use their
    /// letter; any other style gets the next free letter from `a`… in order of first
    /// appearance (row by row). A wide character shows its letter in both of its columns.
    /// Trailing `.` are trimmed, like trailing spaces in the text.
    public func styleMap(legend: [Character: Style] = [:]) -> [String] {
        styleMapWithLegend(legend: legend).rows
    }

    /// The style map and the full legend that was used, including letters handed out for
    /// styles the given legend did not name (useful in failure messages).
    public func styleMapWithLegend(legend: [Character: Style] = [:]) -> (rows: [String], legend: [Character: Style]) {
        var letters: [Style: Character] = [:]
        for (letter, style) in legend { letters[style] = letter }
        if letters[.plain] == nil { letters[.plain] = "." }
        var used = Set(letters.values)
        var next = Array("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789").makeIterator()
        func letter(for style: Style) -> Character {
            if let known = letters[style] { return known }
            while let candidate = next.next() {
                if used.insert(candidate).inserted {
                    letters[style] = candidate
                    return candidate
                }
            }
            return "?"
        }
        let plainLetter = letters[.plain] ?? "."
        let rows = (0..<size.height).map { y in
            var line = ""
            for cell in row(y) { line.append(letter(for: cell.style)) }
            while line.last == plainLetter && plainLetter == "." { line.removeLast() }
            return line
        }
        var full: [Character: Style] = [:]
        for (style, letter) in letters { full[letter] = style }
        return (rows, full)
    }

    private static func trimmingTrailingSpaces(_ line: String) -> String {
        var result = line
        while result.last == " " { result.removeLast() }
        return result
    }
}
