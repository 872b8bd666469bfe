import Config
import Foundation
import GerritModel
import GerritTestSupport
import Reports
import Store
import Testing
import TUI

/// A fixed world for golden screens: a clock, a few changes with votes and comments, a feed.
enum SampleData {
    static let now = Date(timeIntervalSince1970: 1_795_000_000)  // 2026-11-18
    static let utc = TimeZone(identifier: "UTC") ?? .current

    static func ago(_ seconds: TimeInterval) -> Date { now.addingTimeInterval(-seconds) }

    static let vladan = Account(name: "Vladan Popović", email: "vladan@example.org", username: "vladan")
    static let gary = Account(name: "Gary Kotton", email: "gary@example.org", username: "garyk")
    static let jay = Account(name: "Jay Pipes", email: "jay@example.org", username: "jaypipes")
    static let zuul = Account(name: "Zuul", email: "zuul@example.org", username: "zuul")
    static let jenkins = Account(name: "Jenkins", email: "jenkins@example.org", username: "jenkins")
    static let demo = Account(name: "Demo User", email: "demo@example.org", username: "demo")

    static let first: Change = {
        let ps2 = PatchSet(number: 2, uploader: vladan, createdOn: ago(5 * 86_400),
                           approvals: [Approval(type: "Verified", value: -1, by: zuul)],
                           sizeInsertions: 100, sizeDeletions: -10)
        let ps3 = PatchSet(number: 3, uploader: vladan, createdOn: ago(2 * 86_400),
                           approvals: [
                               Approval(type: "Code-Review", value: 1, by: jay),
                               Approval(type: "Code-Review", value: -1, by: gary),
                               Approval(type: "Verified", value: 1, by: zuul),
                               Approval(type: "Verified", value: 1, by: jenkins),
                           ],
                           files: [
                               FileChange(file: "/COMMIT_MSG", insertions: 10),
                               FileChange(file: "nova/virt/libvirt/driver.py", insertions: 112, deletions: -12),
                               FileChange(file: "nova/tests/unit/virt/test_driver.py", insertions: 40, deletions: -2),
                           ],
                           comments: [InlineComment(file: "nova/virt/libvirt/driver.py", line: 312, reviewer: gary,
                                                    message: "please use self.assertIsNone", unresolved: true)],
                           sizeInsertions: 152, sizeDeletions: -14)
        return Change(project: "openstack/nova", branch: "master", topic: "bp/kernel-cmdline", id: "I87329",
                      number: 87329, subject: "libvirt: Use os_command_line when kernel_id is set",
                      owner: vladan, url: "https://review.example.org/87329",
                      commitMessage: "libvirt: Use os_command_line when kernel_id is set\n\nThe kernel command line was ignored.\n\nChange-Id: I87329",
                      createdOn: ago(6 * 86_400), lastUpdated: ago(2 * 86_400), open: true, status: .new,
                      currentPatchSet: ps3, patchSets: [ps2, ps3],
                      comments: [
                          ChangeMessage(timestamp: ago(5 * 86_400 - 60), reviewer: zuul,
                                        message: "Patch Set 2: Verified-1\n\nBuild failed (check pipeline)."),
                          ChangeMessage(timestamp: ago(2 * 86_400 - 600), reviewer: zuul,
                                        message: "Patch Set 3: Verified+1\n\nBuild succeeded (check pipeline)."),
                          ChangeMessage(timestamp: ago(2 * 86_400 - 700), reviewer: jenkins,
                                        message: "Patch Set 3: Verified+1\n\nBuild succeeded."),
                          ChangeMessage(timestamp: ago(86_400), reviewer: gary,
                                        message: "Patch Set 3: Code-Review-1\n\n(1 comment)\n\nNearly there."),
                          ChangeMessage(timestamp: ago(3600), reviewer: jay,
                                        message: "Patch Set 3: Code-Review+1\n\n> Nearly there.\nAgreed, looks good otherwise."),
                      ],
                      dependsOn: [Dependency(number: 87000, isCurrentPatchSet: false)],
                      neededBy: [Dependency(number: 88001)],
                      allReviewers: [jay, gary, zuul, jenkins, demo])
    }()

    static func simple(_ number: Int, _ project: String, _ subject: String, owner: Account, age: TimeInterval,
                       votes: [Approval] = []) -> Change {
        Change(project: project, branch: "master", number: number, subject: subject, owner: owner,
               url: "https://review.example.org/\(number)", createdOn: ago(age + 3600), lastUpdated: ago(age),
               status: .new, currentPatchSet: PatchSet(number: 1, uploader: owner, createdOn: ago(age), approvals: votes),
               patchSets: [PatchSet(number: 1, uploader: owner, createdOn: ago(age), approvals: votes)])
    }

    static let changes: [Change] = [
        first,
        simple(88012, "openstack/nova", "Fix resize of flavor swap when the disk is full", owner: gary,
               age: 4 * 86_400, votes: [Approval(type: "Verified", value: 1, by: zuul)]),
        simple(86120, "openstack/neutron", "Add DVR router scheduling 漢字 😀", owner: jay, age: 9 * 86_400,
               votes: [Approval(type: "Code-Review", value: 2, by: gary), Approval(type: "Workflow", value: 1, by: gary),
                       Approval(type: "Verified", value: -1, by: jenkins)]),
        simple(85001, "openstack/oslo.config", "Evil \u{1b}[31mred\u{1b}[0m subject", owner: demo, age: 30 * 86_400),
    ]

    static let people = ClassifierSettings(me: "demo", bots: ["zuul", "jenkins"])

    /// Rows as the store's selector makes them.
    static var rows: [ChangeRow] {
        var state = AppState(serverName: "review.example.org", user: "demo", tabs: [], classifierSettings: people, now: now)
        state.unread = [87329]
        return changes.enumerated().map { index, change in state.row(for: change, isSelected: index == 0) }
    }

    /// Every entry the store made, newest first: each kind of "concerns me", a merge by a bot
    /// (shown) and a bot's comment (shown only with bots).
    static let feed: [WatchEntry] = {
        func change(_ number: Int) -> Change? { changes.first { $0.number == number } }
        func header(_ number: Int) -> Change {
            let known = change(number)
            return Change(project: known?.project, branch: "master", number: number, subject: known?.subject,
                          owner: known?.owner, status: .new)
        }
        let events: [(StreamEvent, Int)] = [
            (.commentAdded(CommentAdded(change: header(85001), patchSet: PatchSet(number: 1), author: gary,
                                        approvals: [Approval(type: "Code-Review", value: -1, oldValue: 0)],
                                        comment: "Patch Set 1: Code-Review-1\n\nThis needs a test.", createdOn: ago(60))), 85001),
            (.commentAdded(CommentAdded(change: header(85001), patchSet: PatchSet(number: 1), author: jay,
                                        comment: "Patch Set 1:\n\nCould you split this?", createdOn: ago(120))), 85001),
            (.changeMerged(ChangeMerged(change: header(88012), submitter: zuul, createdOn: ago(180))), 88012),
            (.patchSetCreated(PatchSetCreated(change: header(87329), patchSet: PatchSet(number: 4), uploader: vladan,
                                              createdOn: ago(240))), 87329),
            (.commentAdded(CommentAdded(change: header(88012), patchSet: PatchSet(number: 1), author: zuul,
                                        approvals: [Approval(type: "Verified", value: 1, oldValue: 0)],
                                        comment: "Patch Set 1: Verified+1\n\nBuild succeeded.", createdOn: ago(300))), 88012),
        ]
        return events.enumerated().map { index, item in
            var entry = WatchEntry(event: item.0, receivedAt: now, settings: people, knownChange: change(item.1))
            entry.id = events.count - index
            return entry
        }
    }()

    static let status = StatusBar(server: "review.example.org", user: "demo", connection: "● live", connectionTone: .good,
                                  refresh: "refreshed 1m ago", pending: 0, message: nil, listInfo: "")

    static let tabs: [TabTitle] = [
        TabTitle(id: "mine", title: "Mine", count: 4, unread: 1, isCurrent: true, isLoading: false, hasError: false),
        TabTitle(id: "anyones", title: "Anyone's", count: 37, unread: 0, isCurrent: false, isLoading: false, hasError: false),
        TabTitle(id: "noones", title: "No one's", count: 112, unread: 0, isCurrent: false, isLoading: false, hasError: false),
        TabTitle(id: "others", title: "Others", count: 9, unread: 0, isCurrent: false, isLoading: false, hasError: true),
        TabTitle(id: "approvable", title: "Approvable", count: 6, unread: 0, isCurrent: false, isLoading: false, hasError: false),
        TabTitle(id: "expirable", title: "Expirable", count: nil, unread: 0, isCurrent: false, isLoading: true, hasError: false),
    ]

    static func model(focus: Pane = .list, overlay: Overlay = .none, showBots: Bool = false,
                      layout: TUISettings.Layout = .auto, scroll: ViewScroll = ViewScroll()) -> TriageModel {
        // What the store's selectors give: Reports' threads and the entries its filter lets through.
        let comments = CommentThreads(change: first, options: people.commentOptions(showingBots: showBots))
        let shown = feed.filter { EventFilter(includeBots: showBots).accepts($0.summary) }
        return TriageModel(now: now, timeZone: utc, status: status, tabs: tabs, rows: rows, selectedRow: 0,
                           detail: first, comments: comments, scroll: scroll, showBots: showBots, people: people,
                           feed: shown, watchBadge: shown.filter(\.concernsMe).count,
                           focus: focus, overlay: overlay, layout: layout)
    }

    /// The shipped default theme, read from the repository's themes/ folder.
    static let palette: Palette = {
        let themes = RepositoryPaths.root().appendingPathComponent("themes").path
        let loader = ThemeLoader(directories: [themes], home: "/nonexistent")
        do {
            return Palette(theme: try loader.load("default"))
        } catch {
            Issue.record("themes/default.theme could not be loaded: \(error)")
            return .builtIn
        }
    }()
}
