/// Which URLs from the server may be handed to a browser.
///
/// A change's URL is server text, and the browser (or `xdg-open`) takes it as its argument. No
/// shell is involved, but a hostile server could still send an option (`--renderer-cmd-prefix=…`
/// makes Chromium run a program), a local file, or another scheme whose handler runs something
/// (`file:`, `javascript:`, `ssh:`). Only plain `http://` and `https://` addresses are opened.
public enum WebAddress {
    /// Whether `url` is an http(s) address with a host and nothing a terminal or a program
    /// could misread: no spaces, no control characters, no bidi controls.
    public static func isOpenable(_ url: String) -> Bool {
        let lowered = url.lowercased()
        let rest: Substring
        if lowered.hasPrefix("https://") {
            rest = lowered.dropFirst(8)
        } else if lowered.hasPrefix("http://") {
            rest = lowered.dropFirst(7)
        } else {
            return false
        }
        guard let first = rest.first, first != "/", first != "?", first != "#", first != ":", first != "@" else {
            return false
        }
        return url.unicodeScalars.allSatisfy(isPlain)
    }

    private static func isPlain(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0...0x20, 0x7F...0x9F: return false                 // C0, space, DEL, C1
        case 0x200B...0x200F, 0x2028...0x202E, 0x2066...0x2069, 0xFEFF: return false  // zero-width, separators, bidi
        default: return true
        }
    }
}
