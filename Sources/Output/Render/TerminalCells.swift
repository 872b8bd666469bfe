/// The few TerminalText services Output needs, in one place.
///
/// Temporary stand-in until TerminalText lands; then these forward to it.
enum TerminalCells {
    /// Display width in terminal cells.
    static func width(_ text: String) -> Int {
        text.reduce(0) { total, cluster in
            guard let first = cluster.unicodeScalars.first else { return total }
            if first.properties.isEmojiPresentation { return total + 2 }
            let value = first.value
            let wide = (0x1100...0x115F).contains(value) || (0x2E80...0xA4CF).contains(value)
                || (0xAC00...0xD7A3).contains(value) || (0xF900...0xFAFF).contains(value)
                || (0xFE30...0xFE4F).contains(value) || (0xFF00...0xFF60).contains(value)
                || (0xFFE0...0xFFE6).contains(value) || (0x20000...0x3FFFD).contains(value)
            return total + (wide ? 2 : 1)
        }
    }

    /// Cuts text to at most `width` cells, ending with "…" when cut.
    static func truncate(_ text: String, toWidth width: Int) -> String {
        guard width > 0 else { return "" }
        if self.width(text) <= width { return text }
        var result = ""
        var used = 0
        for cluster in text {
            let clusterWidth = self.width(String(cluster))
            if used + clusterWidth + 1 > width { break }
            result.append(cluster)
            used += clusterWidth
        }
        return result + "…"
    }

    /// Untrusted text made safe for one terminal line.
    static func sanitizeLine(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.map { scalar in
            scalar.value < 0x20 || (0x7F..<0xA0).contains(scalar.value) ? "?" : scalar
        }))
    }

    /// Untrusted text made safe for a terminal, keeping `\n`.
    static func sanitizeMultiline(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { sanitizeLine(String($0)) }.joined(separator: "\n")
    }
}
