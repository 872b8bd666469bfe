/// Builds a `SimDataset` from a seed: the generator behind `SimDataset.generate`.
///
/// Each change gets a "role" for the demo user, chosen so every todo report has rows:
/// a stale review (todo-mine), a fresh +2 waiting for approval (todo-approvable), an old -1
/// (todo-expirable), bot-only votes (todo-noones), and plain traffic for the rest.
struct DatasetGenerator {
    private enum DemoRole { case normal, staleReviewer, votedCurrent, approvable, expirable, botsOnly, ownedByDemo }

    var rng: SplitMix64
    let now: Int
    private var accounts: [SimAccount] = []
    private var humans: [Int] = []
    private var bots: [Int] = []
    private var demo = 0
    private var projects: [SimProject] = []
    /// A few ready-made CI reports per bot (success first, then failure): building one per vote
    /// was most of the generation time, and readers cannot tell the repeats apart.
    private var ciReports: [[String]] = []

    init(seed: UInt64, now: Int) {
        rng = SplitMix64(seed: seed)
        self.now = now
    }

    mutating func make(changeCount: Int) -> SimDataset {
        makeAccounts()
        makeProjects()
        makeReports()
        var changes: [SimChange] = []
        changes.reserveCapacity(changeCount)
        var recentByProject: [String: [Int]] = [:]
        for i in 0..<changeCount {
            let number = 1001 + i
            var change = makeChange(number: number, index: i, total: changeCount)
            let key = change.project + "|" + change.branch
            if rng.chance(0.18), let parent = recentByProject[key]?.last,
               let p = changes.last(where: { $0.number == parent }), p.createdOn <= change.createdOn {
                change.dependsOn = [parent]
                if change.topic == nil { change.topic = p.topic }
            }
            recentByProject[key, default: []].append(number)
            changes.append(change)
        }
        // Real change numbers grow with creation time: renumber so the oldest change is 1001.
        let byAge = changes.enumerated().sorted { ($0.element.createdOn, $0.offset) < ($1.element.createdOn, $1.offset) }
        var renumber: [Int: Int] = [:]
        for (i, entry) in byAge.enumerated() { renumber[entry.element.number] = 1001 + i }
        changes = byAge.map { entry in
            var c = entry.element
            c.number = renumber[c.number] ?? c.number
            c.dependsOn = c.dependsOn.compactMap { renumber[$0] }
            return c
        }
        return SimDataset(accounts: accounts, projects: projects, changes: changes, now: now,
                          webURL: "https://review.example.org")
    }

    private mutating func makeAccounts() {
        for (name, user) in SimCatalog.humans {
            humans.append(accounts.count)
            accounts.append(SimAccount(name: name, email: "\(user)@example.org", username: user))
        }
        demo = accounts.count
        accounts.append(SimAccount(name: "Demo User", email: "demo@example.org", username: "demo"))
        for (name, user, _) in SimCatalog.bots {
            bots.append(accounts.count)
            accounts.append(SimAccount(name: name, email: "\(user)@ci.example.org", username: user, isBot: true))
        }
    }

    private mutating func makeReports() {
        for (i, bot) in bots.enumerated() {
            let pipeline = SimCatalog.bots[i].2
            ciReports.append((0..<8).map { n in
                SimText.ciReport(bot: accounts[bot].name, pipeline: pipeline, success: n < 4, rng: &rng)
            })
        }
    }

    private mutating func makeProjects() {
        for (name, stable, paths) in SimCatalog.projects {
            var cores: [Int] = []
            while cores.count < 5 {
                let h = rng.pick(humans)
                if !cores.contains(h) { cores.append(h) }
            }
            projects.append(SimProject(name: name, branches: ["master"] + stable, paths: paths, cores: cores))
        }
    }

    private mutating func makeChange(number: Int, index: Int, total: Int) -> SimChange {
        // Nova and neutron get most of the traffic, as upstream.
        let pr = rng.unit()
        let project = pr < 0.3 ? projects[0] : pr < 0.5 ? projects[1] : rng.pick(projects)
        let branch = project.branches.count > 1 && rng.chance(0.15) ? rng.pick(Array(project.branches.dropFirst())) : "master"

        var role = DemoRole.normal
        let r = rng.unit()
        switch r {
        case ..<0.06: role = .ownedByDemo
        case ..<0.20: role = .staleReviewer
        case ..<0.27: role = .votedCurrent
        case ..<0.35: role = .approvable
        case ..<0.41: role = .expirable
        case ..<0.51: role = .botsOnly
        default: role = .normal
        }
        let owner = role == .ownedByDemo ? demo : rng.pick(humans)

        // Ages skewed to recent: minutes to ~7 months.
        let u = rng.unit()
        var age = 300 + Int(u * u * Double(200 * SimText.day))
        var status = SimStatus.new
        if role == .expirable {
            age = max(age, (35 + rng.below(60)) * SimText.day)
        } else if role == .normal || role == .ownedByDemo || role == .botsOnly {
            let s = rng.unit()
            if age > 3 * SimText.day {
                status = s < 0.35 ? .merged : s < 0.47 ? .abandoned : .new
            }
        }
        let created = now - age
        let psCount: Int = {
            let x = rng.unit()
            return x < 0.35 ? 1 : x < 0.6 ? 2 : x < 0.78 ? 3 : x < 0.88 ? 4 : 5 + rng.below(4)
        }()
        // The last activity lies between creation and now; expirable changes went quiet a month ago.
        var end = now - Int(Double(age) * rng.unit() * 0.5)
        if role == .expirable { end = now - (30 + rng.below(10)) * SimText.day - rng.below(SimText.day) }
        if end < created { end = created }

        let subject = "\(rng.pick(SimCatalog.areas)): \(rng.pick(SimCatalog.verbs)) \(rng.pick(SimCatalog.objects))"
        let body = "The previous behaviour could leave resources behind when the\noperation failed half way.\n\nCloses-Bug: #\(1_900_000 + rng.below(200_000))"
        var change = SimChange(
            number: number, changeId: "I" + rng.sha1(), project: project.name, branch: branch,
            topic: rng.chance(0.3) ? rng.pick(SimCatalog.topics) : nil,
            hashtags: rng.chance(0.15) ? [rng.pick(SimCatalog.hashtags)] : [],
            subject: subject, body: body, owner: owner, createdOn: created, lastUpdated: created,
            status: status, wip: false, patchSets: [], messages: [], reviewers: [], dependsOn: [])

        let files = makeFiles(project: project, commitLines: 8)
        var parent = rng.sha1()
        for k in 1...psCount {
            let t = psCount == 1 ? created : created + (end - created) * (k - 1) / psCount
            if k > 1 && rng.chance(0.3) { parent = rng.sha1() }
            let ps = SimPatchSet(
                number: k, revision: rng.sha1(), parent: parent, uploader: owner, author: owner, createdOn: t,
                kind: k > 1 && rng.chance(0.2) ? "TRIVIAL_REBASE" : "REWORK", approvals: [], comments: [],
                files: files.map { f in
                    var f = f
                    if f.path != "/COMMIT_MSG" { f.insertions = max(1, f.insertions + rng.int(-5...12)) }
                    return f
                })
            change.patchSets.append(ps)
            change.messages.append(SimMessage(timestamp: t, author: owner, message: "Uploaded patch set \(k)."))
            let isCurrent = k == psCount
            let psEnd = isCurrent ? (status == .new ? max(t, end) : end) : (created + (end - created) * k / psCount)
            addBotVotes(&change, patchSet: k, after: t, until: max(psEnd, t + 600))
            if role != .botsOnly {
                addHumanVotes(&change, project: project, patchSet: k, after: t, until: max(psEnd, t + 1200),
                              isCurrent: isCurrent, role: role)
            }
        }
        if role == .staleReviewer {
            change.addReviewer(demo)
            if psCount > 1 && rng.chance(0.7) {
                let k = rng.int(1...(psCount - 1))
                let t = change.patchSets[k - 1].createdOn + 3600
                vote(&change, patchSet: k, by: demo, votes: [("Code-Review", rng.chance(0.5) ? 1 : -1)],
                     at: t, text: rng.pick(SimCatalog.concerns), inline: 1)
            }
        }
        if role == .expirable {
            let cr = rng.pick(humans.filter { $0 != owner })
            let t = end - 3600
            vote(&change, patchSet: psCount, by: cr, votes: [("Code-Review", -1)], at: t,
                 text: rng.pick(SimCatalog.concerns), inline: 2)
        }
        finish(&change, project: project, role: role, end: end)
        return change
    }

    private mutating func makeFiles(project: SimProject, commitLines: Int) -> [SimFile] {
        var files = [SimFile(path: "/COMMIT_MSG", type: "ADDED", insertions: commitLines, deletions: 0)]
        var used: Set<String> = []
        for _ in 0..<(1 + rng.below(5)) {
            let p = rng.pick(project.paths)
            if used.insert(p).inserted {
                let added = p.hasPrefix("releasenotes/") || p.hasPrefix("specs/")
                files.append(SimFile(path: p, type: added ? "ADDED" : "MODIFIED",
                                     insertions: 1 + rng.below(150), deletions: added ? 0 : -rng.below(60)))
            }
        }
        return files
    }

    private mutating func addBotVotes(_ change: inout SimChange, patchSet k: Int, after t: Int, until end: Int) {
        for (i, bot) in bots.enumerated() where i == 0 || rng.chance(0.45) {
            let at = t + 600 + rng.below(max(1, min(end - t, 4 * 3600)))
            let ok = rng.chance(0.8)
            let text = ciReports[i][rng.below(4) + (ok ? 0 : 4)]
            vote(&change, patchSet: k, by: bot, votes: [("Verified", ok ? 1 : -1)], at: at, text: text, inline: 0)
        }
    }

    private mutating func addHumanVotes(_ change: inout SimChange, project: SimProject, patchSet k: Int,
                                        after t: Int, until end: Int, isCurrent: Bool, role: DemoRole) {
        let pool = project.cores + [rng.pick(humans), rng.pick(humans)]
        let voterCount = role == .approvable && isCurrent ? 1 : rng.below(4)
        var voters: [Int] = []
        for _ in 0..<voterCount {
            let v = rng.pick(pool)
            if v != change.owner && !voters.contains(v) { voters.append(v) }
        }
        for v in voters {
            let at = t + 1800 + rng.below(max(1, end - t))
            var value: Int
            if role == .approvable && isCurrent {
                value = 2
            } else {
                let x = rng.unit()
                value = x < 0.4 ? 1 : x < 0.65 ? -1 : x < 0.8 ? 2 : x < 0.95 ? 0 : -2
                // Keep the todo-approvable rows recognisable: they never carry a -2.
                if isCurrent && role == .expirable && value > 0 { value = 0 }
            }
            let inlineCount = value <= 0 ? 1 + rng.below(3) : (rng.chance(0.2) ? 1 : 0)
            let text = value > 0 ? rng.pick(SimCatalog.praise) : rng.pick(SimCatalog.concerns)
            vote(&change, patchSet: k, by: v, votes: value == 0 ? [] : [("Code-Review", value)],
                 at: at, text: text, inline: inlineCount)
        }
        if role == .votedCurrent && isCurrent {
            let at = t + 2400
            vote(&change, patchSet: k, by: demo, votes: [("Code-Review", rng.chance(0.6) ? 1 : -1)], at: at,
                 text: rng.pick(SimCatalog.praise), inline: rng.below(2))
        }
    }

    /// `time` if it lies before now; otherwise "a few minutes ago" (but not before `floor`), so
    /// recent changes do not all share lastUpdated == now.
    private mutating func past(_ time: Int, floor: Int) -> Int {
        time < now ? time : min(now, max(floor, now - 30 - rng.below(900)))
    }

    /// Records votes, their change message and `inline` inline comments.
    mutating func vote(_ change: inout SimChange, patchSet k: Int, by who: Int, votes: [(String, Int)],
                       at time: Int, text: String, inline: Int) {
        let t = past(time, floor: change.patchSets[k - 1].createdOn)
        for (label, value) in votes {
            change.patchSets[k - 1].setVote(label: label, value: value, by: who, at: t)
        }
        let files = change.patchSets[k - 1].files
        for _ in 0..<inline {
            let f = rng.pick(files)
            let fileLevel = rng.chance(0.1)
            change.patchSets[k - 1].comments.append(SimInlineComment(
                file: f.path, line: fileLevel ? nil : 1 + rng.below(max(1, f.insertions)), reviewer: who,
                message: rng.pick(SimCatalog.inline), unresolved: votes.contains { $0.1 < 0 } || rng.chance(0.3)))
        }
        change.messages.append(SimMessage(
            timestamp: t, author: who,
            message: SimText.reviewMessage(patchSet: k, votes: votes, inlineCount: inline, text: text)))
        change.addReviewer(who)
        change.touch(t)
    }

    private mutating func finish(_ change: inout SimChange, project: SimProject, role: DemoRole, end: Int) {
        let k = change.patchSets.count
        switch change.status {
        case .merged:
            let cores = project.cores.filter { $0 != change.owner }
            let t = min(now, max(end, change.lastUpdated) + 600)
            for c in cores.prefix(2) {
                vote(&change, patchSet: k, by: c, votes: [("Code-Review", 2)], at: t, text: rng.pick(SimCatalog.praise), inline: 0)
            }
            if let approver = cores.first {
                vote(&change, patchSet: k, by: approver, votes: [("Code-Review", 2), ("Workflow", 1)], at: t + 60, text: "", inline: 0)
            }
            // A merged change has a clean current patch set: drop leftover negatives.
            change.patchSets[k - 1].approvals.removeAll { $0.value < 0 }
            if let zuul = bots.first {
                vote(&change, patchSet: k, by: zuul, votes: [("Verified", 1)], at: t + 3000,
                     text: ciReports[0][rng.below(4)], inline: 0)
                let mergedAt = past(t + 3060, floor: change.lastUpdated)
                change.messages.append(SimMessage(timestamp: mergedAt, author: zuul,
                                                  message: "Change has been successfully merged by Zuul"))
                change.touch(mergedAt)
            }
        case .abandoned:
            let who = rng.chance(0.7) ? change.owner : rng.pick(project.cores)
            let t = past(max(end, change.lastUpdated) + 3600, floor: change.lastUpdated)
            change.messages.append(SimMessage(timestamp: t, author: who,
                                              message: "Abandoned\n\nNo activity for a long time; please restore if still needed."))
            change.touch(t)
        case .new:
            if role == .normal && rng.chance(0.08) { change.wip = true }
            if role == .approvable {
                change.patchSets[k - 1].approvals.removeAll {
                    ($0.label == "Workflow") || ($0.label == "Code-Review" && $0.value == -2) || $0.by == demo
                }
            }
        }
        change.messages.sort { $0.timestamp < $1.timestamp }
        for ps in change.patchSets {
            change.touch(ps.createdOn)
        }
    }
}
