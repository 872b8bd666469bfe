import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// `GERRIT_SIM_LOG`: every command as the server received it, one JSON object per line
/// (`user`, `command`, and `stdin` when there was any), so a test can compare byte for byte what
/// a client sent. Lines are appended with one `write` under `O_APPEND`, so concurrent ssh
/// calls do not interleave.
struct CommandLog {
    let url: URL

    func record(user: String, command: String, stdin: Data) {
        var entry: [String: String] = ["user": user, "command": command]
        if !stdin.isEmpty { entry["stdin"] = String(decoding: stdin, as: UTF8.self) }
        guard var line = try? JSONSerialization.data(withJSONObject: entry, options: [.sortedKeys]) else { return }
        line.append(0x0A)
        let fd = open(url.path, O_WRONLY | O_APPEND | O_CREAT, 0o644)
        guard fd >= 0 else { return }
        defer { close(fd) }
        _ = line.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
    }
}
