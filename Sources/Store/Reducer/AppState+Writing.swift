import Foundation
import GerritModel
import GerritRemote
import Reports

// Writing: messages, replies, the review form, and the drafts that keep what was typed.
extension AppState {
    /// `m`: write a message on the change (its unsent draft, if any, to start from).
    mutating func startMessage() -> [Effect] {
        guard let change = actionTarget, let patchSet = change.latestPatchSet?.number else {
            addMessage("No change selected", kind: .error)
            return []
        }
        let draft = unsentText(for: change.number, matching: { $0.comments.isEmpty })
        return startWriting(.message(change: change.number, patchSet: patchSet), initial: draft ?? "")
    }

    /// `R` / `u` in the comments pane: reply to the thread named by `argument`
    /// ("PATCHSET|FILE|LINE", measured by the TUI from the comment at the top of the pane),
    /// or mark it resolved (`resolve` true) / unresolved.
    mutating func startReply(_ argument: String?, resolve: Bool? = nil) -> [Effect] {
        guard focus == .comments || focus == .diff, let change = detail?.change ?? actionTarget,
              var patchSet = change.latestPatchSet?.number else {
            addMessage("Reply from the comments pane (c) or the diff (d), with a comment thread in view", kind: .error)
            return []
        }
        guard let thread = Self.parseThread(argument ?? (focus == .diff ? diffThreadArgument(newCommentIfNone: resolve == nil) : nil)) else {
            addMessage("No inline comment in view to reply to; scroll to one first", kind: .error)
            return []
        }
        // In the diff the line numbers are the shown patch set's: the comment goes there.
        if focus == .diff { patchSet = thread.patchSet }
        if let resolve {
            // What "Done" does in the web UI: a comment in the thread that settles it.
            let comment = ReviewComment(file: thread.file, line: thread.line, message: resolve ? "Done" : "Not done yet",
                                        unresolved: !resolve)
            let request = ReviewRequest(change: change.number, patchSet: patchSet, comments: [comment])
            confirmation = Confirmation(request: request, prompt: "\(resolve ? "Resolve" : "Reopen") \(thread.file)"
                                        + "\(thread.line.map { ":\($0)" } ?? "") on \(change.number),\(patchSet)")
            return []
        }
        let quoted = quote(thread, in: change)
        let purpose = ComposePurpose.reply(change: change.number, patchSet: patchSet, file: thread.file, line: thread.line,
                                           unresolved: nil)
        return startWriting(purpose, initial: "", context: quoted)
    }

    /// Opens the editor for `purpose`: `$VISUAL`/`$EDITOR` when set (the quoted thread goes
    /// in the file as `>` lines), else the built-in one.
    mutating func startWriting(_ purpose: ComposePurpose, initial: String, context: [String] = []) -> [Effect] {
        if canEditExternally {
            let quoted = context.isEmpty ? "" : context.map { "> " + $0 }.joined(separator: "\n") + "\n\n"
            return [.host(.editText(purpose, initial: quoted + initial))]
        }
        overlay = .compose(Compose(purpose: purpose, text: ComposeText(initial), context: context))
        return []
    }

    /// The external editor ended.
    mutating func textEdited(_ purpose: ComposePurpose, text: String?, problem: String?) -> [Effect] {
        guard let text else {
            // It could not run: say why, and write in the built-in editor instead.
            addMessage(problem ?? "The editor did not run", kind: .error)
            overlay = .compose(Compose(purpose: purpose))
            return []
        }
        // Quoted lines were for reading, not for sending.
        let written = text.split(separator: "\n", omittingEmptySubsequences: false)
            .filter { !$0.hasPrefix(">") }.joined(separator: "\n").trimmingCharacters(in: .whitespacesAndNewlines)
        return finishWriting(purpose, text: written)
    }

    /// A key in the built-in editor. The text is kept among the unsent reviews as it is typed
    /// (each save replaces the one before it), so closing the terminal mid-sentence loses nothing:
    /// the next start offers it when the change is opened.
    mutating func composeEdited(_ edit: ComposeText.Edit) -> [Effect] {
        guard case .compose(var compose) = overlay else { return [] }
        let before = compose.text.text
        compose.text.apply(edit)
        defer { overlay = .compose(compose) }
        let text = compose.text.text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard compose.text.text != before, !text.isEmpty, let request = request(for: compose.purpose, text: text) else { return [] }
        let id = compose.draftID ?? { let next = nextRequestID; nextRequestID += 1; return next }()
        compose.draftID = id
        keepUnsent(request, status: .failed(Self.interruptedDraft), id: id)
        return scheduleDraftSave()
    }

    /// How long a change of the text being written waits before it is saved: each save
    /// fsyncs, and typing changes the text several times a second. What is typed meanwhile
    /// is in `local` already; a hang-up or quit saves it at once (`localStateToKeep`).
    static let draftSaveDelay = 0.3

    /// The first change since the last save arms the delay; later ones ride along with it.
    private mutating func scheduleDraftSave() -> [Effect] {
        guard localLoaded, !draftSavePending else { return [] }
        draftSavePending = true
        return [.scheduleDraftSave(after: Self.draftSaveDelay)]
    }

    /// The delay passed: save the drafts as they are now.
    mutating func draftSaveDelayPassed() -> [Effect] {
        guard draftSavePending else { return [] }
        draftSavePending = false
        return saveLocal()
    }

    /// Why a text kept while it was typed was not sent, as the next start says it.
    static let interruptedDraft = "the terminal closed while it was written"

    /// Ctrl-S in the built-in editor.
    mutating func composeFinished() -> [Effect] {
        guard case .compose(let compose) = overlay else { return [] }
        overlay = .none
        if let id = compose.draftID { local.unsent.removeAll { $0.id == id } }
        return finishWriting(compose.purpose, text: compose.text.text.trimmingCharacters(in: .whitespacesAndNewlines),
                             id: compose.draftID)
    }

    /// Esc in the built-in editor: nothing is sent; the text is kept as a draft.
    mutating func composeCancelled() -> [Effect] {
        guard case .compose(let compose) = overlay else { return [] }
        overlay = .none
        if let id = compose.draftID { local.unsent.removeAll { $0.id == id } }
        let text = compose.text.text.trimmingCharacters(in: .whitespacesAndNewlines)
        if case .formMessage = compose.purpose {
            // Back to the form, its message as it was.
            overlay = formBeingWritten ?? .none
            formBeingWritten = nil
            return []
        }
        guard !text.isEmpty, let request = request(for: compose.purpose, text: text) else { return compose.draftID == nil ? [] : saveLocal() }
        keepUnsent(request, status: .failed("not sent: left the editor"), id: compose.draftID)
        addMessage("Kept as a draft; m on change \(request.change) writes it further")
        return saveLocal()
    }

    /// What was written goes where it was meant to: the review form, or a post.
    mutating func finishWriting(_ purpose: ComposePurpose, text: String, id: Int? = nil) -> [Effect] {
        if case .formMessage = purpose {
            if case .reviewForm(var form) = formBeingWritten ?? .none {
                form.message = text
                overlay = .reviewForm(form)
                formBeingWritten = nil
            }
            return []
        }
        guard !text.isEmpty else {
            addMessage("Nothing written; nothing sent")
            return id == nil ? [] : saveLocal()
        }
        guard let request = request(for: purpose, text: text) else { return [] }
        return post(request, id: id)
    }

    /// The review that sends `text` for `purpose`.
    func request(for purpose: ComposePurpose, text: String) -> ReviewRequest? {
        switch purpose {
        case .message(let change, let patchSet):
            return ReviewRequest(change: change, patchSet: patchSet, message: text)
        case .reply(let change, let patchSet, let file, let line, let unresolved):
            return ReviewRequest(change: change, patchSet: patchSet,
                                 comments: [ReviewComment(file: file, line: line, message: text, unresolved: unresolved)])
        case .formMessage:
            return nil
        }
    }

    /// "3|nova/api.py|12|u" → (3, "nova/api.py", 12); the line may be empty (a file comment),
    /// and a fourth part `u` says the thread is unresolved.
    static func parseThread(_ argument: String?) -> (patchSet: Int, file: String, line: Int?)? {
        guard let parts = argument?.split(separator: "|", omittingEmptySubsequences: false), parts.count >= 3,
              let patchSet = Int(parts[0]), !parts[1].isEmpty else { return nil }
        return (patchSet, String(parts[1]), Int(parts[2]))
    }

    /// Whether the thread an argument names is unresolved, when it says.
    static func parseThreadUnresolved(_ argument: String?) -> Bool? {
        guard let parts = argument?.split(separator: "|", omittingEmptySubsequences: false), parts.count >= 4 else { return nil }
        return parts[3] == "u"
    }

    /// The argument that names a thread for `reply` and `toggle-resolved`.
    public static func threadArgument(patchSet: Int, file: String, line: Int?, unresolved: Bool) -> String {
        "\(patchSet)|\(file)|\(line.map(String.init) ?? "")|\(unresolved ? "u" : "r")"
    }

    /// The thread's comments, for quoting above a reply: "garyk (PS3): please use …".
    func quote(_ thread: (patchSet: Int, file: String, line: Int?), in change: Change) -> [String] {
        let patchSets = change.patchSets + (change.currentPatchSet.map { [$0] } ?? [])
        var lines = ["\(thread.file)\(thread.line.map { ":\($0)" } ?? ""):"]
        var seen = Set<String>()
        for patchSet in patchSets.sorted(by: { $0.number < $1.number }) {
            for comment in patchSet.comments where comment.file == thread.file && comment.line == thread.line {
                let text = "\(comment.reviewer?.displayName ?? "someone") (PS\(patchSet.number)): \(comment.message)"
                if seen.insert(text).inserted { lines += text.split(separator: "\n").map(String.init) }
            }
        }
        return lines
    }

    // MARK: The review form

    /// `r`: the review form for the change, a row per label it takes, my votes to start from.
    mutating func openReviewForm() -> [Effect] {
        guard let change = actionTarget, let patchSet = change.latestPatchSet?.number else {
            addMessage("No change selected", kind: .error)
            return []
        }
        let myself = Account(username: classifierSettings.me)
        let rows = votableLabels(of: change).labels.map { label in
            let mine = change.latestPatchSet?.vote(for: label.name, by: myself) ?? 0
            return ReviewForm.Row(label: label.name, values: label.values, value: mine, original: mine)
        }
        let draft = unsentText(for: change.number, matching: { $0.comments.isEmpty }) ?? ""
        overlay = .reviewForm(ReviewForm(change: change.number, patchSet: patchSet, rows: rows, message: draft))
        return []
    }

    mutating func formRowMoved(by delta: Int) {
        guard case .reviewForm(var form) = overlay else { return }
        form.selected = min(max(0, form.selected + delta), form.rows.count)
        overlay = .reviewForm(form)
    }

    mutating func formValueStepped(by delta: Int) {
        guard case .reviewForm(var form) = overlay, !form.isOnMessage else { return }
        let row = form.rows[form.selected]
        form.rows[form.selected].value = min(max(row.values.lowerBound, row.value + delta), row.values.upperBound)
        overlay = .reviewForm(form)
    }

    mutating func formValueSet(_ value: Int) {
        guard case .reviewForm(var form) = overlay, !form.isOnMessage else { return }
        let row = form.rows[form.selected]
        guard row.values.contains(value) else {
            addMessage("\(row.label) takes \(VotableLabels.signed(row.values.lowerBound))..\(VotableLabels.signed(row.values.upperBound))",
                       kind: .error)
            return
        }
        form.rows[form.selected].value = value
        overlay = .reviewForm(form)
    }

    /// `m` or Enter on the message: write the form's message (the form waits meanwhile).
    mutating func formMessageEditRequested() -> [Effect] {
        guard case .reviewForm(let form) = overlay else { return [] }
        formBeingWritten = overlay
        return startWriting(.formMessage, initial: form.message)
    }

    /// Ctrl-S, or Enter on a label: ask to post what the form says.
    mutating func formSubmitted() -> [Effect] {
        guard case .reviewForm(let form) = overlay else { return [] }
        let votes = form.changedVotes
        let message = form.message.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !votes.isEmpty || !message.isEmpty else {
            addMessage("Nothing to send: change a vote or write a message")
            return []
        }
        overlay = .none
        let request = ReviewRequest(change: form.change, patchSet: form.patchSet, votes: votes,
                                    message: message.isEmpty ? nil : message)
        confirmation = Confirmation(request: request, prompt: Self.summary(of: request))
        return []
    }

    // MARK: Unsent reviews (drafts and the offline queue)

    /// The newest unsent text for a change whose request passes `filter`.
    func unsentText(for change: Int, matching filter: (ReviewRequest) -> Bool) -> String? {
        local.unsent.last { $0.request.change == change && filter($0.request) && !($0.request.message ?? "").isEmpty }?
            .request.message
    }

    /// Keeps `request` among the unsent ones (replacing an older one with the same target and kind).
    mutating func keepUnsent(_ request: ReviewRequest, status: UnsentReview.Status, id: Int? = nil) {
        let id = id ?? { let next = nextRequestID; nextRequestID += 1; return next }()
        local.unsent.removeAll { $0.id == id }
        local.unsent.append(UnsentReview(id: id, request: request, status: status))
    }

    /// The effect that saves the local state, once it was read (never overwrite unread data).
    func saveLocal() -> [Effect] {
        localLoaded ? [.saveLocalState(local)] : []
    }

    /// What the way out of the program saves, directly and at once (a hang-up, a quit): the
    /// local state with any draft whose delayed save has not run; nil before it was read.
    public var localStateToKeep: LocalState? {
        localLoaded ? local : nil
    }

    /// Whether the server can be reached now (else reviews wait in the queue).
    var isOnline: Bool {
        switch connection {
        case .live, .connecting: return true
        case .reconnecting, .offline: return false
        }
    }

    /// The connection is back: post what waited, unless its change moved on (then it waits
    /// as a draft and asks again when the change is opened).
    mutating func postQueued() -> [Effect] {
        var effects: [Effect] = []
        for unsent in local.unsent where unsent.status == .queued {
            let current = changes[unsent.request.change]?.latestPatchSet?.number
            if let current, current != unsent.request.patchSet {
                updateUnsent(unsent.id, status: .failed("change \(unsent.request.change) has patch set \(current) now"))
                continue
            }
            updateUnsent(unsent.id, status: .posting)
            effects.append(.postReview(id: unsent.id, request: unsent.request))
        }
        return effects.isEmpty ? [] : effects + saveLocal()
    }

    mutating func updateUnsent(_ id: Int, status: UnsentReview.Status) {
        guard let index = local.unsent.firstIndex(where: { $0.id == id }) else { return }
        local.unsent[index].status = status
    }

    /// Opening a change whose review was refused or could not be sent: offer it again, on the
    /// change's newest patch set.
    mutating func offerUnsent(for number: Int) {
        guard confirmation == nil, overlay == .none,
              let unsent = local.unsent.last(where: { unsent in
                  guard unsent.request.change == number, case .failed = unsent.status else { return false }
                  return true
              }),
              case .failed(let reason) = unsent.status else { return }
        var request = unsent.request
        if let current = (detail?.change ?? changes[number])?.latestPatchSet?.number { request.patchSet = current }
        local.unsent.removeAll { $0.id == unsent.id }
        confirmation = Confirmation(request: request, prompt: "Not sent (\(reason)): \(Self.summary(of: request)) — post again?",
                                    keepsDraftOnNo: true)
    }
}
