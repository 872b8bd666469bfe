import Foundation

/// The OSC 52 escape sequence that asks a terminal (or tmux) to put text on the clipboard.
public enum ClipboardSequence {
    /// `ESC ] 52 ; c ; <base64> BEL`.
    public static func osc52(_ text: String) -> String {
        "\u{1b}]52;c;" + Data(text.utf8).base64EncodedString() + "\u{07}"
    }
}
