import Config
import Store

/// Where everything goes at a terminal size: pure, so every size is testable.
///
/// Rows: the status bar on top, the tab bar under it, the panes, and the key-hint bar at the
/// bottom. Wide (≥ 140 columns with `auto`): the list over the watch feed on the left, the
/// change over its comments on the right. Narrow: only the focused pane. Below 40×12 the
/// screen only says it is too small.
public struct ScreenLayout: Hashable, Sendable {
    /// The smallest usable size.
    public static let minimumSize = Size(width: 40, height: 12)
    /// From this width `auto` puts panes side by side.
    public static let wideWidth = 140

    public var size: Size
    /// False when the terminal is below `minimumSize`.
    public var isUsable: Bool
    /// Panes side by side (else only the focused one).
    public var isWide: Bool
    /// The top row.
    public var statusBar: Rect
    /// The second row.
    public var tabBar: Rect
    /// The bottom row.
    public var hintBar: Rect
    /// The area all panes share.
    public var body: Rect
    /// The rectangle of each visible pane (with its border).
    public var panes: [Pane: Rect]

    public init(size: Size, mode: TUISettings.Layout, focus: Pane) {
        self.size = size
        isUsable = size.width >= Self.minimumSize.width && size.height >= Self.minimumSize.height
        let whole = Rect(size)
        let (top, rest) = whole.takeTop(1)
        let (tabs, middle) = rest.takeTop(1)
        let (bottom, body) = middle.takeBottom(1)
        statusBar = top
        tabBar = tabs
        hintBar = bottom
        self.body = body
        switch mode {
        case .wide: isWide = true
        case .narrow: isWide = false
        case .auto: isWide = size.width >= Self.wideWidth
        }
        panes = [:]
        guard isUsable else { return }
        if focus == .diff {
            // Code wants every column: the diff takes the whole body in every layout.
            panes = [.diff: body]
        } else if isWide {
            let columns = body.splitColumns([.percent(45), .fill])
            let left = columns[0].splitRows([.percent(65), .fill])
            let right = columns[1].splitRows([.percent(55), .fill])
            panes = [.list: left[0], .watch: left[1], .detail: right[0], .comments: right[1]]
        } else {
            panes = [focus: body]
        }
    }

    /// Rows the list pane shows at `size`, whichever pane has the focus: the store's page size.
    ///
    /// Sent to the store with every resize, so scrolling and paging never wait for a frame.
    public static func listViewportRows(size: Size, mode: TUISettings.Layout) -> Int {
        let layout = ScreenLayout(size: size, mode: mode, focus: .list)
        guard let list = layout.panes[.list] else { return max(1, layout.body.height - 2) }
        return TodoListView.viewportRows(for: list)
    }
}
