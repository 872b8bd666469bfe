/// Builds the message texts Gerrit writes for votes, uploads and CI results.
enum SimText {
    static let day = 86_400

    /// "Code-Review+1" / "Verified-1" / "Workflow+1": Gerrit's vote spelling in change messages.
    static func voteWord(_ label: String, _ value: Int) -> String {
        value > 0 ? label + "+" + String(value) : (value == 0 ? "-" + label : label + String(value))
    }

    /// "Patch Set 3: Code-Review+1\n\n(2 comments)\n\ntext".
    static func reviewMessage(patchSet: Int, votes: [(String, Int)], inlineCount: Int, text: String) -> String {
        var out = "Patch Set " + String(patchSet) + ":"
        for (label, value) in votes { out += " " + voteWord(label, value) }
        if inlineCount > 0 { out += "\n\n(" + String(inlineCount) + (inlineCount == 1 ? " comment)" : " comments)") }
        if !text.isEmpty { out += "\n\n" + text }
        return out
    }

    /// A long multi-line CI report, like Zuul's.
    static func ciReport(bot: String, pipeline: String, success: Bool, rng: inout SplitMix64) -> String {
        let slug = String(bot.lowercased().map { $0 == " " ? "-" : $0 })
        var text = "Build \(success ? "succeeded" : "failed") (\(pipeline) pipeline).\n\nhttps://zuul.example.org/t/openstack/buildset/"
        text += rng.hex(count: 32)
        text += "\n\n"
        let failing = success ? -1 : rng.below(6)
        let jobCount = 6 + rng.below(4)
        for i in 0..<jobCount {
            let r = rng.next()
            text += "- " + SimCatalog.jobs[i] + " https://" + slug + ".example.org/logs/" + String(r >> 36, radix: 16)
            text += "/ : " + (i == failing ? "FAILURE" : "SUCCESS") + " in " + String(2 + Int(r % 90)) + "m "
            text += String(Int((r >> 8) % 60)) + "s\n"
        }
        text.removeLast()
        if !success {
            text += "\n\nPlease recheck if you think this failure is unrelated (see bug 1307344)."
        }
        return text
    }
}
