import Foundation
import GerritModel
import TerminalText

/// The todo list of the active tab: one change per row, the selection marked.
///
/// Columns appear as width allows: number, project, subject, owner, votes per label, CI,
/// age, unread. The list scrolls a page at a time, so an event that updates a row never
/// moves the rows under the cursor.
public enum TodoListView {
    public static func draw(_ model: TriageModel, focused: Bool, palette: Palette, in rect: Rect, screen: inout Screen) {
        let title = (model.tabs.indices.contains(model.activeTab) ? model.tabs[model.activeTab].title : Pane.list.title)
            + (model.filter.map { " /\($0)" } ?? "")
        let inner = PaneFrame.draw(title: sanitizeLine(title), focused: focused, palette: palette, in: rect, screen: &screen)
        guard !inner.isEmpty else { return }
        if model.rows.isEmpty {
            let message: (String, Style)
            if let error = model.listError {
                message = ("Could not load: " + sanitizeLine(error), palette[.error])
            } else if model.listLoading {
                message = ("Loading…", palette[.info])
            } else if model.filter != nil {
                message = ("No change matches the filter.", palette[.dim])
            } else {
                message = ("Nothing to do here.", palette[.dim])
            }
            screen.textLines([[Span(message.0, message.1)]], in: inner)
            return
        }
        let top = pageTop(selected: model.selectedRow ?? 0, height: inner.height)
        for (offset, row) in model.rows.dropFirst(top).prefix(inner.height).enumerated() {
            let index = top + offset
            let selected = index == model.selectedRow
            let spans = rowSpans(row, selected: selected, focused: focused, width: inner.width, model: model, palette: palette)
            let line = Rect(x: inner.x, y: inner.y + offset, width: inner.width, height: 1)
            if selected {
                screen.fill(line, style: palette[focused ? .selection : .selectionInactive])
            }
            screen.put(spans, at: Position(x: line.x, y: line.y), clip: line)
        }
    }

    /// The first row shown: whole pages, so the rows stay put while the selection moves.
    public static func pageTop(selected: Int, height: Int) -> Int {
        guard height > 0 else { return 0 }
        return (max(0, selected) / height) * height
    }

    /// One row's spans, exactly `width` cells wide.
    static func rowSpans(_ row: ChangeRow, selected: Bool, focused: Bool, width: Int, model: TriageModel,
                         palette: Palette) -> [Span] {
        let change = row.change
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
        let number = fit(String(change.number), toWidth: 6)
        let project = fit(sanitizeLine(shortProject(change.project ?? "")), toWidth: 12)
        let owner = fit(sanitizeLine(change.owner?.displayName ?? ""), toWidth: 16)
        let age = fit(TimeText.age(of: change.lastUpdated ?? change.createdOn, now: model.now), toWidth: 4, alignment: .right)
        var fixed = 1 + 6 + 1 + 1 + 4 + 2
        if showProject { fixed += 13 }
        if showOwner { fixed += 17 }
        if showVotes { fixed += 22 }
        if showCI { fixed += 2 }
        let subjectWidth = max(4, width - fixed)
        let subjectRole: ThemeRoleStyle = row.unread ? .init(palette[.subject].bold) : .init(palette[.subject])
        var spans: [Span] = [
            Span(selected ? "▶" : (row.fresh ? "*" : " "), style(row.fresh ? palette[.fresh] : palette[.text])),
            Span(number, style(palette[.changeNumber])), Span(" ", style(palette[.text])),
        ]
        if showProject { spans += [Span(project, style(palette[.project])), Span(" ", style(palette[.text]))] }
        spans += [Span(fit(sanitizeLine(change.subject ?? ""), toWidth: subjectWidth), style(subjectRole.style)),
                  Span(" ", style(palette[.text]))]
        if showOwner { spans += [Span(owner, style(palette[.owner])), Span(" ", style(palette[.text]))] }
        if showVotes { spans += voteSpans(change, palette: palette, style: style) + [Span(" ", style(palette[.text]))] }
        if showCI {
            let ci = ChangeSummary.ci(change)
            let role: Style = ci == .passed ? palette[.votePositive] : ci == .failed ? palette[.voteNegative] : palette[.voteNeutral]
            spans += [Span(ci == .none ? " " : ci.symbol, style(role)), Span(" ", style(palette[.text]))]
        }
        spans += [Span(age, style(palette[.age])), Span(" ", style(palette[.text])),
                  Span(row.unread ? "●" : " ", style(palette[.unread]))]
        return spans
    }

    /// `CR -1+2 V +1    W  .` in 22 cells: the extremes of each label, coloured by sign.
    static func voteSpans(_ change: Change, palette: Palette, style: (Style) -> Style) -> [Span] {
        var spans: [Span] = []
        for (label, room) in [("Code-Review", 5), ("Verified", 5), ("Workflow", 2)] {
            let (low, high) = ChangeSummary.extremes(change, label: label)
            spans.append(Span(LabelAbbreviation.short(label) + " ", style(palette[.dim])))
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
            spans.append(Span(String(repeating: " ", count: max(0, room - used)) + (label == "Workflow" ? "" : " "), style(palette[.text])))
        }
        return spans
    }

    /// `openstack/nova` → `nova`: the last path part is what tells projects apart in a list.
    static func shortProject(_ project: String) -> String {
        project.split(separator: "/").last.map(String.init) ?? project
    }
}

/// A tiny wrapper so a computed role style reads clearly at the call site.
struct ThemeRoleStyle {
    var style: Style
    init(_ style: Style) { self.style = style }
}
