/// One key press (or terminal event) as the TUI sees it.
///
/// Keys have config names (`j`, `C-r`, `Enter`, `PgDn`, `F5`, `S-Tab`, `Space`, `M-x`) that the
/// `[keys]` config section, the key-hint bar and the help overlay use; `init(name:)` parses them
/// and `name` gives them back in canonical spelling.
///
/// Terminals cannot tell Ctrl-I from Tab, Ctrl-M from Enter or Ctrl-[ from Escape, so those
/// are always `.tab`, `.enter` and `.escape`, never `.ctrl`.
public enum Key: Hashable, Sendable {
    /// A printable character (a grapheme cluster), including space and upper case letters.
    case char(Character)
    /// A character typed with Ctrl held; always lower case (`C-r`).
    case ctrl(Character)
    /// A character typed with Alt/Meta held (sent by terminals as ESC then the character).
    case alt(Character)
    case up, down, left, right
    case pageUp, pageDown, home, end
    case enter, tab, backTab, escape, backspace, delete, insert
    /// F1…F63.
    case function(Int)
    case mouse(MouseEvent)
    /// The terminal changed size; this is the new size.
    case resize(Size)
}
