/// Builds the message texts Gerrit writes for votes, uploads and CI results.
enum SimText {
    static let day = 86_400

    /// "Code-Review+1" / "Verified-1" / "Workflow+1": Gerrit's vote spelling in change messages.
    static func voteWord(_ label: String, _ value: Int) -> String {
        value > 0 ? "\(label)+\(value)" : (value == 0 ? "-\(label)" : "\(label)\(value)")
    }

    /// "Patch Set 3: Code-Review+1\n\n(2 comments)\n\ntext".
    static func reviewMessage(patchSet: Int, votes: [(String, Int)], inlineCount: Int, text: String) -> String {
        var head = "Patch Set \(patchSet):"
        if !votes.isEmpty { head += " " + votes.map { voteWord($0.0, $0.1) }.joined(separator: " ") }
        var parts = [head]
        if inlineCount > 0 { parts.append("(\(inlineCount) comment\(inlineCount == 1 ? "" : "s"))") }
        if !text.isEmpty { parts.append(text) }
        return parts.joined(separator: "\n\n")
    }

    /// A long multi-line CI report, like Zuul's.
    static func ciReport(bot: String, pipeline: String, success: Bool, rng: inout SplitMix64) -> String {
        var lines = ["Build \(success ? "succeeded" : "failed") (\(pipeline) pipeline).", "",
                     "https://zuul.example.org/t/openstack/buildset/\(rng.sha1().prefix(32))", ""]
        let failing = success ? -1 : rng.below(6)
        for (i, job) in SimCatalog.jobs.prefix(6 + rng.below(4)).enumerated() {
            let minutes = 2 + rng.below(90)
            let result = i == failing ? "FAILURE" : "SUCCESS"
            lines.append("- \(job) https://\(bot.lowercased().replacingOccurrences(of: " ", with: "-")).example.org/logs/\(rng.sha1().prefix(7))/ : \(result) in \(minutes)m \(rng.below(60))s")
        }
        if !success {
            lines += ["", "Please recheck if you think this failure is unrelated (see bug 1307344)."]
        }
        return lines.joined(separator: "\n")
    }
}
