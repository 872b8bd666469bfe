import Foundation
import GerritModel
import Store
import TerminalText

/// The selected change: subject, people and places, status and ages, what it waits on, the
/// votes grid (reviewer × label), patch sets, files, dependencies and the commit message.
public enum ChangeDetailView {
    /// Draws the detail pane (framed) into `rect`; scrolled by `model.scroll.detail`.
    public static func draw(_ model: TriageModel, focused: Bool, palette: Palette, in rect: Rect, screen: inout Screen) {
        let title = model.detail.map { "\($0.number) " + sanitizeLine($0.subject ?? "") } ?? Pane.detail.title
        let inner = PaneFrame.draw(title: title, focused: focused, palette: palette, in: rect, screen: &screen)
        guard !inner.isEmpty else { return }
        guard let change = model.detail else {
            let text = model.detailError.map { "Could not load the change: " + sanitizeLine($0) }
                ?? (model.detailLoading ? "Loading…" : "No change selected.")
            screen.textLines([[Span(text, model.detailError == nil ? palette[.dim] : palette[.error])]], in: inner)
            return
        }
        var lines = self.lines(change, model: model, palette: palette, width: inner.width)
        // The file Enter opens in the diff is marked, once the files are at the top.
        if focused, let file = fileAtTop(change, model: model, palette: palette, width: inner.width),
           lines.indices.contains(file.lineIndex), !lines[file.lineIndex].isEmpty {
            lines[file.lineIndex][0] = Span("▸" + String(lines[file.lineIndex][0].text.dropFirst()), palette[.selection])
        }
        ScrolledLines.draw(lines, offset: model.scroll.detail, palette: palette, in: inner, screen: &screen)
    }

    /// The file Enter opens in the diff: the one on the top line when the detail is scrolled
    /// to its files (the first one when the heading is on top); nil above them, so Enter
    /// still opens the comments there.
    public static func fileAtTop(_ change: Change, model: TriageModel, palette: Palette, width: Int)
        -> (lineIndex: Int, path: String)? {
        let files = (change.latestPatchSet?.files ?? []).filter { !$0.isPseudoFile }
        guard !files.isEmpty else { return nil }
        let lines = self.lines(change, model: model, palette: palette, width: width)
        guard let heading = lines.firstIndex(where: { $0.first?.text.hasPrefix("Files (PS") == true }) else { return nil }
        let top = model.scroll.detail
        guard top >= heading, top <= heading + files.count else { return nil }
        let index = max(0, top - heading - 1)
        return (heading + 1 + index, files[index].file)
    }

    /// The pane's lines, before scrolling.
    public static func lines(_ change: Change, model: TriageModel, palette: Palette, width: Int) -> [[Span]] {
        let tz = model.timeZone
        var lines: [[Span]] = []
        func field(_ name: String, _ spans: [Span]) {
            lines.append([Span(fit(name, toWidth: 9), palette[.dim])] + spans)
        }
        lines.append([Span(String(change.number), palette[.changeNumber].bold), Span("  "),
                      Span(sanitizeLine(change.subject ?? ""), palette[.subject].bold)])
        field("owner", [Span(sanitizeLine(change.owner?.displayName ?? "unknown"), palette[.owner])])
        field("project", [Span(sanitizeLine(change.project ?? ""), palette[.project]), Span("  branch ", palette[.dim]),
                          Span(sanitizeLine(change.branch ?? ""), palette[.branch])])
        if let topic = change.topic, !topic.isEmpty {
            field("topic", [Span(sanitizeLine(topic), palette[.topic])])
        }
        if !change.hashtags.isEmpty {
            field("tags", [Span(change.hashtags.map { "#" + sanitizeLine($0) }.joined(separator: " "), palette[.topic])])
        }
        let status = change.status?.rawValue ?? "NEW"
        let statusRole: Style = change.status == .merged ? palette[.merged]
            : change.status == .abandoned ? palette[.abandoned] : change.wip == true ? palette[.wip] : palette[.text]
        var statusSpans = [Span(status + (change.wip == true ? " (WIP)" : ""), statusRole)]
        if let ps = change.latestPatchSet { statusSpans.append(Span(" · PS \(ps.number)", palette[.text])) }
        field("status", statusSpans)
        // Old servers (Gerrit 2.2) send no createdOn: the first patch set's upload is the next
        // best fact; with neither, the line is left out rather than shown empty.
        let firstUpload = change.patchSets.min { $0.number < $1.number }?.createdOn
        if let created = change.createdOn ?? firstUpload {
            var spans = [Span(TimeText.timestamp(created, timeZone: tz)),
                         Span(" (\(TimeText.age(of: created, now: model.now)))", palette[.age])]
            if change.createdOn == nil { spans.append(Span(" · first patch set", palette[.age])) }
            field("created", spans)
        }
        if let updated = change.lastUpdated {
            field("updated", [Span(TimeText.timestamp(updated, timeZone: tz)),
                              Span(" (\(TimeText.age(of: updated, now: model.now)))", palette[.age])])
        }
        let waiting = ChangeSummary.waitingOn(change, bots: model.bots, ci: model.people.ciVerdict(of: change))
        field("waiting", [Span(waiting, palette[.info])])
        lines.append([])
        lines += votesGrid(change, model: model, palette: palette)
        lines.append([])
        lines.append([Span("Patch sets", palette[.heading])])
        for ps in change.patchSets.sorted(by: { $0.number > $1.number }).prefix(10) {
            lines.append([Span(fit("PS\(ps.number)", toWidth: 5), palette[.text]),
                          Span(TimeText.timestamp(ps.createdOn, timeZone: tz) + "  ", palette[.age]),
                          Span(sanitizeLine((ps.uploader ?? ps.author)?.displayName ?? ""), palette[.owner]),
                          Span("  +\(ps.insertedLines)", palette[.votePositive]), Span(" -\(ps.deletedLines)", palette[.voteNegative])])
        }
        if change.patchSets.isEmpty, let ps = change.latestPatchSet {
            lines.append([Span("PS\(ps.number)  ", palette[.text]), Span(TimeText.timestamp(ps.createdOn, timeZone: tz), palette[.age])])
        }
        let files = (change.latestPatchSet?.files ?? []).filter { !$0.isPseudoFile }
        if !files.isEmpty {
            lines.append([])
            lines.append([Span("Files (PS\(change.latestPatchSet?.number ?? 0))", palette[.heading])])
            for file in files {
                lines.append([Span(fit("+\(file.insertedLines)", toWidth: 6, alignment: .right), palette[.votePositive]),
                              Span(fit("-\(file.deletedLines)", toWidth: 6, alignment: .right), palette[.voteNegative]),
                              Span("  " + sanitizeLine(file.file), palette[.text])])
            }
        }
        if !change.dependsOn.isEmpty || !change.neededBy.isEmpty {
            lines.append([])
            lines.append([Span("Dependencies", palette[.heading])])
            for dependency in change.dependsOn {
                let outdated = dependency.isCurrentPatchSet == false ? " (outdated patch set)" : ""
                lines.append([Span("depends on ", palette[.dim]),
                              Span(dependency.number.map(String.init) ?? sanitizeLine(dependency.id ?? "?"), palette[.changeNumber]),
                              Span(outdated, palette[.warning])])
            }
            for dependency in change.neededBy {
                lines.append([Span("needed by  ", palette[.dim]),
                              Span(dependency.number.map(String.init) ?? sanitizeLine(dependency.id ?? "?"), palette[.changeNumber])])
            }
        }
        if let message = change.commitMessage, !message.isEmpty {
            lines.append([])
            lines.append([Span("Commit message", palette[.heading])])
            for line in sanitizeMultiline(message).split(separator: "\n", omittingEmptySubsequences: false) {
                lines.append([Span("  " + line, palette[.text])])
            }
        }
        return lines
    }

    /// Reviewer × label, each cell the vote coloured by sign; bots dimmed and marked.
    static func votesGrid(_ change: Change, model: TriageModel, palette: Palette) -> [[Span]] {
        let labels = ChangeSummary.labels(change)
        var reviewers: [Account] = []
        for approval in change.latestPatchSet?.approvals ?? [] {
            guard let by = approval.by, !reviewers.contains(where: { $0.identity == by.identity }) else { continue }
            reviewers.append(by)
        }
        for reviewer in change.allReviewers where !reviewers.contains(where: { $0.identity == reviewer.identity }) {
            reviewers.append(reviewer)
        }
        var lines: [[Span]] = []
        var header = [Span(fit("Votes", toWidth: 18), palette[.heading])]
        for label in labels { header.append(Span(fit(LabelSummary.abbreviation(for: label), toWidth: 4, alignment: .right), palette[.heading])) }
        lines.append(header)
        if reviewers.isEmpty {
            lines.append([Span("no reviewers yet", palette[.dim])])
        }
        for reviewer in reviewers {
            let bot = model.bots.isBot(reviewer)
            var line = [Span(fit(sanitizeLine(reviewer.displayName), toWidth: 18), bot ? palette[.bot] : palette[.owner])]
            for label in labels {
                if let value = change.latestPatchSet?.vote(for: label, by: reviewer), value != 0 {
                    line.append(Span(fit(VoteText.signed(value), toWidth: 4, alignment: .right), palette[Palette.voteRole(value)]))
                } else {
                    line.append(Span(fit(".", toWidth: 4, alignment: .right), palette[.voteNeutral]))
                }
            }
            if bot { line.append(Span("  (bot)", palette[.bot])) }
            lines.append(line)
        }
        return lines
    }
}
