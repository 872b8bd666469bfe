import Store

/// A pane's border with its title; the focused pane's border stands out.
public enum PaneFrame {
    /// Draws the frame and returns the inside.
    @discardableResult
    public static func draw(title: String, focused: Bool, palette: Palette, in rect: Rect, screen: inout Screen) -> Rect {
        screen.fill(rect, style: palette[.text])
        return screen.box(rect, title: title, border: focused ? .heavy : .single,
                          style: focused ? palette[.borderFocused] : palette[.border],
                          titleStyle: palette[.paneTitle])
    }
}
