/// `gerrit query`: option parsing, evaluation, paging and the stats row.
struct SimQueryCommand {
    let dataset: SimDataset
    let config: SimServerConfig
    let user: String

    func run(_ args: [String]) -> SimCommandResult {
        var options = SimQueryOptions()
        var start = 0
        var noLimit = false
        var words: [String] = []
        var i = 0
        var format: String?
        while i < args.count {
            let a = args[i]
            i += 1
            // Like args4j, options may come before or after the query words.
            if !a.hasPrefix("-") || a == "-" {
                words.append(a)
                continue
            }
            switch a {
            case "--": words += args[i...]; i = args.count
            case "--current-patch-set": options.currentPatchSet = true
            case "--patch-sets": options.patchSets = true
            case "--all-approvals": options.allApprovals = true
            case "--comments": options.comments = true
            case "--files": options.files = true
            case "--dependencies": options.dependencies = true
            case "--submit-records": options.submitRecords = true
            case "--all-reviewers": options.allReviewers = true
            case "--commit-message": options.commitMessage = true
            case "--no-limit": noLimit = true
            case "--format":
                guard i < args.count else { return .fatal("Option \"--format\" takes an operand") }
                format = args[i]; i += 1
            case "--start", "-S":
                guard !config.oldServer else { return .fatal("\"\(a)\" is not a valid option") }
                guard i < args.count, let n = Int(args[i]), n >= 0 else {
                    return .fatal("\"\(i < args.count ? args[i] : "")\" is not a valid value for \"\(a)\"")
                }
                start = n; i += 1
            default:
                if a.hasPrefix("--format=") {
                    format = String(a.dropFirst(9))
                } else if a.hasPrefix("--start="), !config.oldServer, let n = Int(a.dropFirst(8)), n >= 0 {
                    start = n
                } else if a.hasPrefix("-"), a.count > 1, Int(a) == nil, !a.hasPrefix("-age:"), !a.contains(":"), !a.hasPrefix("-(") {
                    return .fatal("\"\(a)\" is not a valid option")
                } else {
                    words.append(a)
                }
            }
        }
        guard (format ?? "JSON").uppercased() == "JSON" else {
            return .fatal("gerrit-sim only speaks --format=JSON (got \"\(format ?? "")\")")
        }
        // Strict as Gerrit: args4j refuses a missing query, and the query parser an empty one.
        guard !words.isEmpty else { return .fatal("Argument \"QUERY\" is required") }
        let text = words.joined(separator: " ")
        guard !text.allSatisfy(\.isWhitespace) else { return .fatal("query is required") }
        var out: [String] = config.garbageLine ? ["Picked up JAVA_TOOL_OPTIONS: -Xmx2g -Dfile.encoding=UTF-8"] : []
        let query: SimQuery
        let evaluator = SimQueryEvaluator(dataset: dataset, user: user)
        do {
            query = try SimQueryParser.parse(text)
            try evaluator.validate(query, oldServer: config.oldServer)
        } catch let e as SimQueryError {
            return SimCommandResult(stdout: out + [Self.errorRow(e.message)])
        } catch {
            return SimCommandResult(stdout: out + [Self.errorRow("cannot query database")])
        }
        var limit = noLimit ? Int.max : config.pageCap
        for l in query.terms("limit") { if let n = Int(l) { limit = min(limit, n) } }
        var matches = dataset.changes.filter { evaluator.matches($0, query) }
        matches.sort { ($0.lastUpdated, $0.number) > ($1.lastUpdated, $1.number) }
        if let key = query.terms("resume_sortkey").first {
            matches = matches.filter { $0.sortKey < key }
        }
        let rest = matches.dropFirst(start)
        let page = Array(rest.prefix(limit))
        let more = rest.count > page.count
        let renderer = SimJSONRenderer(dataset: dataset, oldServer: config.oldServer)
        for c in page { out.append(renderer.change(c, options: options).serialized()) }
        // A fixed, plausible run time keeps output byte-identical between runs.
        var stats: [(String, JSONValue)] = [("type", .string("stats")), ("rowCount", .int(page.count)),
                                            ("runTimeMilliseconds", .int(3 + page.count / 7))]
        if config.oldServer {
            if more, let last = page.last { stats.append(("resumeSortKey", .string(last.sortKey))) }
        } else {
            stats.append(("moreChanges", .bool(more)))
        }
        out.append(JSONValue.object(stats).serialized())
        return SimCommandResult(stdout: out)
    }

    static func errorRow(_ message: String) -> String {
        JSONValue.object([("type", .string("error")), ("message", .string(message))]).serialized()
    }
}
