import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A small file only its owner may read (0600, in a 0700 folder), replaced whole on each save
/// so a crash mid-write leaves the old contents, never half of the new: where the TUI keeps
/// drafts, unsent reviews and its seen marks, beside the cache.
public struct PrivateFile: Sendable {
    /// Where it is.
    public let url: URL
    /// One save at a time (copies of this value share it): two saves racing through the same
    /// temporary file made the second one fail, or leave the older contents in place.
    private let gate = SaveGate()

    public init(url: URL) {
        self.url = url
    }

    /// The file for what the TUI keeps about one server, in the cache folder.
    public static func localState(cacheDirectory: String, server: String) -> PrivateFile {
        let safe = server.map { $0.isLetter || $0.isNumber || $0 == "." || $0 == "-" ? $0 : "_" }
        return PrivateFile(url: URL(fileURLWithPath: cacheDirectory).appendingPathComponent("local-\(String(safe)).json"))
    }

    /// The contents, or nil when there is no file yet.
    /// - Throws: when the file exists but cannot be read.
    public func load() throws -> Data? {
        guard FileManager.default.fileExists(atPath: url.path) else { return nil }
        return try Data(contentsOf: url)
    }

    /// Replaces the contents: written to a private temporary file beside it, then renamed.
    /// - Throws: `PrivateFileError` naming the path and the reason.
    public func save(_ data: Data) throws {
        try save(data, unless: { false })
    }

    /// `save(data)` unless `superseded()` says, once this save's turn has come, that a newer
    /// save replaced it: asked before the turn, a save could be replaced while it waits and
    /// then write older contents over the newer ones.
    /// - Returns: whether it wrote.
    @discardableResult
    public func save(_ data: Data, unless superseded: () -> Bool) throws -> Bool {
        try gate.serialized { suffix in
            guard !superseded() else { return false }
            try replace(with: data, temporarySuffix: suffix)
            return true
        }
    }

    private func replace(with data: Data, temporarySuffix: Int) throws {
        let folder = url.deletingLastPathComponent().path
        if let failure = createDirectories(folder, mode: 0o700) {
            throw PrivateFileError(message: "cannot create \(failure)")
        }
        let temporary = url.path + ".tmp-\(getpid())-\(temporarySuffix)"
        let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw PrivateFileError(message: "\(temporary): \(String(cString: strerror(errno)))") }
        var failure: String?
        data.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = write(fd, buffer.baseAddress?.advanced(by: offset), buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    failure = String(cString: strerror(errno))
                    return
                }
                offset += written
            }
        }
        if failure == nil, fsync(fd) != 0 { failure = String(cString: strerror(errno)) }
        close(fd)
        if let failure {
            unlink(temporary)
            throw PrivateFileError(message: "\(url.path): \(failure)")
        }
        // An older file made by hand may be readable by others: the new one never is.
        if rename(temporary, url.path) != 0 {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw PrivateFileError(message: "\(url.path): \(reason)")
        }
    }
}

/// Serializes the saves of one `PrivateFile` and numbers their temporary files.
final class SaveGate: @unchecked Sendable {
    // @unchecked: `count` is only touched while `lock` is held.
    private let lock = NSLock()
    private var count = 0

    func serialized<T>(_ body: (Int) throws -> T) rethrows -> T {
        lock.lock()
        defer { lock.unlock() }
        count += 1
        return try body(count)
    }
}

/// Why a private file could not be written.
public struct PrivateFileError: Error, CustomStringConvertible, LocalizedError {
    public var message: String
    public var description: String { message }
    public var errorDescription: String? { message }
}
