import Testing
import TerminalText

@Suite("Display width in terminal cells")
struct DisplayWidthTests {
    @Test("ASCII takes one cell per character")
    func ascii() {
        #expect(displayWidth(of: "hello") == 5)
        #expect(displayWidth(of: "") == 0)
    }

    @Test("CJK ideographs, kana, hangul and fullwidth forms take two cells")
    func cjk() {
        #expect(displayWidth(of: "漢字") == 4)
        #expect(displayWidth(of: "テスト") == 6)
        #expect(displayWidth(of: "한국어") == 6)
        #expect(displayWidth(of: "ＡＢ") == 4)
        #expect(displayWidth(of: "\u{3000}") == 2)
        #expect(displayWidth(of: "日本語 subject") == 14)
    }

    @Test("Emoji with emoji presentation take two cells")
    func emoji() {
        #expect(displayWidth(of: "😀") == 2)
        #expect(displayWidth(of: "🎉x") == 3)
        #expect(displayWidth(of: "⌚") == 2)
        #expect(displayWidth(of: "✅") == 2)
    }

    @Test("Text-default symbols take one cell, with or without a variation selector")
    func textSymbols() {
        #expect(displayWidth(of: "✓") == 1)
        #expect(displayWidth(of: "✗") == 1)
        #expect(displayWidth(of: "❤") == 1)
        #expect(displayWidth(of: "❤\u{FE0F}") == 1)
        #expect(displayWidth(of: "●") == 1)
        #expect(displayWidth(of: "…") == 1)
    }

    @Test("Combining marks, ZWJ sequences and skin tones do not add cells inside a cluster")
    func clusters() {
        #expect(displayWidth(of: "e\u{301}") == 1)
        #expect(displayWidth(of: "Zoë Müller") == 10)
        #expect(displayWidth(of: "👍🏽") == 2)
        #expect(displayWidth(of: "👨‍👩‍👧") == 2)
        #expect(displayWidth(of: "🇯🇵") == 2)
        #expect(displayWidth(of: "한") == 2)
        #expect(displayWidth(of: "\u{1112}\u{1161}\u{11AB}") == 2)
    }

    @Test("Control characters take no cells")
    func controls() {
        #expect(displayWidth(of: "\u{1B}") == 0)
        #expect(displayWidth(of: "a\u{7}b") == 2)
        #expect(displayWidth(of: "\u{9B}") == 0)
    }

    @Test("Scalar widths agree with glibc wcwidth for common characters")
    func scalars() {
        let expected: [(UInt32, Int)] = [
            (0x41, 1), (0x4E00, 2), (0x3000, 2), (0x303F, 1), (0xFF01, 2), (0x301, 0),
            (0x200D, 0), (0xFE0F, 0), (0x1F600, 2), (0x1F3FB, 2), (0x2600, 1), (0x231A, 2),
            (0x1F004, 2), (0x1F201, 2), (0x20000, 2), (0x1F1EF, 1), (0xAD, 1), (0x1160, 0),
        ]
        for (value, width) in expected {
            let scalar = Unicode.Scalar(value)!
            #expect(scalarWidth(scalar) == width, "U+\(String(value, radix: 16, uppercase: true))")
        }
    }
}

/// The scalar-by-scalar and ASCII shortcuts against the plain cluster-by-cluster measure.
@Suite struct DisplayWidthShortcutTests {
    static let samples = [
        "", "plain ascii", "Zoë Castellanos", "rbd: Drop PCI devices in plac…", "tab\there", "cr\r\nlf", "\u{AD}soft",
        "e\u{301}", "…\u{301}", "王伟", "Chloé Dupont 🚀", "🇫🇷 flag", "a\u{200D}b", "Łukasz Zalewski", "\u{7F}\u{85}x",
        "Søren Kierkegaard-Hansen", "ÿ\u{2FF}\u{300}",
    ]

    @Test func stringWidthsMatchTheSumOfTheirClusters() {
        for text in Self.samples {
            let reference = text.reduce(0) { $0 + displayWidth(of: $1) }
            #expect(displayWidth(of: text) == reference, "\(text.debugDescription)")
            #expect(displayWidth(of: text[...]) == reference, "\(text.debugDescription) as a substring")
        }
    }

    @Test func asciiTruncationCutsWhereTheClusterWalkWould() {
        for text in ["short", "exactly ten", "a much longer subject line than the column allows", "x"] {
            for width in 0...14 {
                var used = 0
                var kept = ""
                let budget = width - 1
                for character in text where used + 1 <= budget {
                    used += 1
                    kept.append(character)
                }
                let expected = width <= 0 ? "" : (text.count <= width ? text : kept + "…")
                #expect(truncate(text, toWidth: width) == expected, "\(text) to \(width)")
            }
        }
    }
}
