import Foundation

/// The SSH parts of a git remote URL: `ssh://user@host:port/path` or scp-like `user@host:path`.
public struct GitRemoteURL: Sendable, Equatable {
    public var host: String
    public var user: String?
    public var port: Int?

    public init(host: String, user: String? = nil, port: Int? = nil) {
        self.host = host
        self.user = user
        self.port = port
    }

    /// Parses an SSH remote URL; `nil` for other schemes (https, file paths) or malformed text.
    public init?(parsing url: String) {
        let text = url.trimmingCharacters(in: .whitespacesAndNewlines)
        for scheme in ["ssh://", "git+ssh://", "ssh+git://"] where text.lowercased().hasPrefix(scheme) {
            let rest = text.dropFirst(scheme.count)
            let authority = rest.prefix { $0 != "/" }
            guard let parsed = Self.authority(String(authority)) else { return nil }
            self = parsed
            return
        }
        // scp-like: [user@]host:path, where the host has no slash before the colon.
        guard !text.contains("://"), let colon = Self.scpColon(in: text) else { return nil }
        var hostPart = String(text[..<colon])
        var user: String?
        if let at = hostPart.lastIndex(of: "@") {
            user = String(hostPart[..<at])
            hostPart = String(hostPart[hostPart.index(after: at)...])
        }
        if hostPart.hasPrefix("["), hostPart.hasSuffix("]") { hostPart = String(hostPart.dropFirst().dropLast()) }
        guard !hostPart.isEmpty else { return nil }
        self.init(host: hostPart, user: user.flatMap { $0.isEmpty ? nil : $0 }, port: nil)
    }

    /// `user@host:port` of an ssh:// URL, with `[v6]:port` brackets.
    private static func authority(_ text: String) -> GitRemoteURL? {
        var rest = text
        var user: String?
        if let at = rest.lastIndex(of: "@") {
            user = String(rest[..<at])
            rest = String(rest[rest.index(after: at)...])
        }
        var host = rest
        var port: Int?
        if rest.hasPrefix("[") {
            guard let close = rest.firstIndex(of: "]") else { return nil }
            host = String(rest[rest.index(after: rest.startIndex)..<close])
            let after = rest[rest.index(after: close)...]
            if after.hasPrefix(":") {
                guard let number = Int(after.dropFirst()) else { return nil }
                port = number
            } else if !after.isEmpty {
                return nil
            }
        } else if let colon = rest.lastIndex(of: ":") {
            host = String(rest[..<colon])
            let portText = rest[rest.index(after: colon)...]
            if !portText.isEmpty {
                guard let number = Int(portText) else { return nil }
                port = number
            }
        }
        guard !host.isEmpty else { return nil }
        return GitRemoteURL(host: host, user: user.flatMap { $0.isEmpty ? nil : $0 }, port: port)
    }

    /// The colon that ends the host of an scp-like URL, skipping a bracketed IPv6 host.
    private static func scpColon(in text: String) -> String.Index? {
        if text.hasPrefix("[") || text.contains("@[") {
            guard let close = text.firstIndex(of: "]") else { return nil }
            let after = text.index(after: close)
            return after < text.endIndex && text[after] == ":" ? after : nil
        }
        guard let colon = text.firstIndex(of: ":") else { return nil }
        if text[..<colon].contains("/") { return nil }
        return colon
    }

    /// Reads `remote.NAME.url` with `git config` in `directory` (the current one by default).
    ///
    /// - Throws: `GerritSetupError` when git fails, the remote does not exist, or its URL is not SSH.
    public static func read(remote name: String, directory: String? = nil) throws -> GitRemoteURL {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "config", "--get", "remote.\(name).url"]
        if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
        let output = Pipe()
        process.standardOutput = output
        process.standardError = Pipe()
        do {
            try process.run()
        } catch {
            throw GerritSetupError.remoteUnreadable(remote: name, reason: "could not run git: \(error.localizedDescription)")
        }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let url = String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        guard process.terminationStatus == 0, !url.isEmpty else {
            throw GerritSetupError.remoteUnreadable(remote: name, reason: "git has no remote named '\(name)' here")
        }
        guard let parsed = GitRemoteURL(parsing: url) else {
            throw GerritSetupError.remoteNotSSH(remote: name, url: url)
        }
        return parsed
    }
}

/// Why a client could not be set up from the settings (before any connection).
public enum GerritSetupError: Error, Sendable, Equatable, CustomStringConvertible {
    /// `[server] remote = NAME` names a remote that git cannot read.
    case remoteUnreadable(remote: String, reason: String)
    /// The remote's URL is not an SSH URL, so it gives no host to talk to.
    case remoteNotSSH(remote: String, url: String)

    public var description: String {
        switch self {
        case .remoteUnreadable(let remote, let reason):
            return "[server] remote = \(remote): \(reason)"
        case .remoteNotSSH(let remote, let url):
            return "[server] remote = \(remote): its URL \(url) is not an SSH URL (ssh://user@host:port/… or user@host:path)"
        }
    }
}
