import Foundation
import Store
import TerminalText

/// The todo list of the current tab: one change per row, the cursor marked.
///
/// Columns appear as width allows: number, project, subject, owner, votes per label, CI,
/// age, unread. The scroll position is the store's, which keeps the rows under the cursor
/// still when events update the list.
public enum TodoListView {
    /// The rows the list shows at once in a pane rectangle (inside its border).
    public static func viewportRows(for rect: Rect) -> Int {
        max(1, rect.height - 2)
    }

    /// Draws the list pane (framed, titled with the tab and filter) into `rect`.
    public static func draw(_ model: TriageModel, focused: Bool, palette: Palette, in rect: Rect, screen: inout Screen) {
        var title = model.currentTabTitle ?? Pane.list.title
        if !model.filter.isEmpty || model.isEditingFilter { title += " /" + model.filter }
        let inner = PaneFrame.draw(title: sanitizeLine(title), focused: focused, palette: palette, in: rect, screen: &screen)
        guard !inner.isEmpty else { return }
        if model.rows.isEmpty {
            let message: (String, Style)
            if let error = model.listError {
                message = ("Could not load: " + sanitizeLine(error), palette[.error])
            } else if model.listLoading {
                message = ("Loading…", palette[.info])
            } else if !model.filter.isEmpty {
                message = ("No change matches the filter.", palette[.dim])
            } else {
                message = ("Nothing to do here.", palette[.dim])
            }
            screen.textLines([[Span(message.0, message.1)]], in: inner)
            return
        }
        let top = ScrolledLines.clampedOffset(model.listScroll, lineCount: model.rows.count, height: inner.height)
        let shown = model.rows.dropFirst(top).prefix(inner.height)
        // Rows out of sight are counted on the frame, so a scrolled list never looks complete.
        // The rows a store state leaves out of the window count too.
        let above = model.rowsAbove + top
        let below = model.rowsBelow + model.rows.count - top - shown.count
        let borderStyle = palette[focused ? .borderFocused : .border]
        if above > 0 { putOnBorder(" ↑ \(above) more ", y: rect.y, in: rect, style: borderStyle, screen: &screen) }
        if below > 0 { putOnBorder(" ↓ \(below) more ", y: rect.maxY - 1, in: rect, style: borderStyle, screen: &screen) }
        // Ages count in days without a bigger unit (as the CLI's "694 days"), so a change older
        // than 999 days widens the column for the rows on screen instead of being cut.
        let ageWidth = shown.map { displayWidth(of: $0.age.map(TimeText.age(seconds:)) ?? "") }.max().map { max(4, $0) } ?? 4
        for (offset, row) in shown.enumerated() {
            let selected = top + offset == model.selectedRow
            let spans = rowSpans(row, selected: selected, focused: focused, width: inner.width, ageWidth: ageWidth,
                                 palette: palette)
            let line = Rect(x: inner.x, y: inner.y + offset, width: inner.width, height: 1)
            if selected {
                screen.fill(line, style: palette[focused ? .selection : .selectionInactive])
            }
            screen.put(spans, at: Position(x: line.x, y: line.y), clip: line)
        }
    }

    /// Text on the frame's top or bottom line, near its right corner.
    private static func putOnBorder(_ text: String, y: Int, in rect: Rect, style: Style, screen: inout Screen) {
        let width = displayWidth(of: text)
        guard rect.width > width + 4 else { return }
        screen.put(text, at: Position(x: rect.maxX - width - 2, y: y), style: style)
    }

    /// One row's spans, exactly `width` cells wide.
    static func rowSpans(_ row: ChangeRow, selected: Bool, focused: Bool, width: Int, ageWidth: Int = 4,
                         palette: Palette) -> [Span] {
        let selection = palette[focused ? .selection : .selectionInactive]
        func style(_ role: Style) -> Style {
            guard selected else { return role }
            return Style(foreground: selection.foreground, background: selection.background,
                         attributes: selection.attributes.union(role.attributes.intersection(.bold)))
        }
        let showProject = width >= 60
        let showOwner = width >= 96
        let showVotes = width >= 70
        let showCI = width >= 50
        let showUnresolved = width >= 60
        var fixed = 1 + 6 + 1 + 1 + ageWidth + 2
        if showUnresolved { fixed += 3 }
        if showProject { fixed += 13 }
        if showOwner { fixed += 17 }
        if showVotes { fixed += 22 }
        if showCI { fixed += 2 }
        let subjectWidth = max(4, width - fixed)
        let gap = Span(" ", style(palette[.text]))
        let subjectStyle = row.isUnread ? palette[.subject].adding(palette[.unread].attributes) : palette[.subject]
        var spans: [Span] = [
            Span(selected ? "▶" : " ", style(palette[.text])),
            Span(fit(String(row.number), toWidth: 6), style(palette[.changeNumber])), gap,
        ]
        if showProject {
            spans += [Span(fit(sanitizeLine(shortProject(row.project)), toWidth: 12), style(palette[.project])), gap]
        }
        let subject = (row.isWIP ? "[WIP] " : "") + sanitizeLine(row.subject)
        spans += [Span(fit(subject, toWidth: subjectWidth), style(subjectStyle)), gap]
        if showOwner { spans += [Span(fit(sanitizeLine(row.owner), toWidth: 16), style(palette[.owner])), gap] }
        if showVotes { spans += voteSpans(row.votes, palette: palette, style: style) + [gap] }
        if showCI {
            let role: Style = row.ci == .passed ? palette[.votePositive] : row.ci == .failed ? palette[.voteNegative] : palette[.voteNeutral]
            spans += [Span(row.ci == .unknown ? " " : row.ci.symbol, style(role)), gap]
        }
        if showUnresolved {
            // Unresolved inline threads: what the owner still has to answer.
            let count = row.unresolvedComments.flatMap { $0 > 0 ? ($0 > 99 ? "99" : String($0)) : nil } ?? ""
            spans += [Span(fit(count, toWidth: 2, alignment: .right), style(palette[.warning])), gap]
        }
        let age = row.age.map(TimeText.age(seconds:)) ?? ""
        spans += [Span(fit(age, toWidth: ageWidth, alignment: .right), style(palette[.age])), gap,
                  Span(row.hasPendingReview ? "⋯" : row.isUnread ? "●" : " ", style(palette[.unread]))]
        return spans
    }

    /// `CR -1+2 V +1    W  .` in 22 cells: the extremes of each label, coloured by sign.
    static func voteSpans(_ votes: [LabelSummary], palette: Palette, style: (Style) -> Style) -> [Span] {
        var spans: [Span] = []
        for (label, room) in [("Code-Review", 5), ("Verified", 5), ("Workflow", 2)] {
            let values = votes.first { $0.label == label }?.values ?? []
            let low = values.filter { $0 < 0 }.min()
            let high = values.filter { $0 > 0 }.max()
            spans.append(Span(LabelSummary.abbreviation(for: label) + " ", style(palette[.dim])))
            var used = 0
            for value in [low, high].compactMap({ $0 }) {
                let text = VoteText.signed(value)
                spans.append(Span(text, style(palette[Palette.voteRole(value)])))
                used += text.count
            }
            if used == 0 {
                spans.append(Span(".", style(palette[.voteNeutral])))
                used = 1
            }
            let padding = String(repeating: " ", count: max(0, room - used)) + (label == "Workflow" ? "" : " ")
            spans.append(Span(padding, style(palette[.text])))
        }
        return spans
    }

    /// `openstack/nova` → `nova`: the last path part is what tells projects apart in a list.
    static func shortProject(_ project: String) -> String {
        project.split(separator: "/").last.map(String.init) ?? project
    }
}
