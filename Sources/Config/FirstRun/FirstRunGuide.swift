/// What a new user sees when there is no config file: where it goes, the least it needs, and
/// how to try gerrymander without a server. The CLI prints it; the TUI shows it full screen.
public struct FirstRunGuide: Sendable, Hashable {
    /// The config file that does not exist, as shown to the user (`~/.gerrymander`).
    public var displayPath: String

    /// Creates the guide for the missing file at `displayPath`.
    public init(displayPath: String) {
        self.displayPath = displayPath
    }

    /// The one-line reason, for error output.
    public var headline: String {
        "no configuration: \(displayPath) does not exist"
    }

    /// The minimal config, one line each.
    public static let example = [
        "[server]",
        "hostname = review.example.org",
        "port = 29418",
        "username = your-gerrit-username",
    ]

    /// The explanation under the headline, as lines under 80 columns (blank lines separate
    /// paragraphs).
    public var body: [String] {
        ["gerrymander needs to know your Gerrit server. Create \(displayPath) with at least:", ""]
            + Self.example.map { "    " + $0 }
            + ["",
               "Every key is described in gerrymander.conf.example (in the sources;",
               "installed in share/gerrymander). -c FILE reads another file.",
               "",
               "No server at hand? Try it on the built-in demo server:  gerrymander --demo"]
    }

    /// The whole text for the command line.
    public var text: String {
        ([headline + ".", ""] + body).joined(separator: "\n")
    }
}
