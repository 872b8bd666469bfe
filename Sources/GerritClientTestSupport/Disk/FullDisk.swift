import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A small private tmpfs that a test can fill to the last byte: a real "No space left on
/// device" for the code under test, not a simulated one.
///
/// Mounting needs root (CI runs as root). Guard tests with `.enabled(if: FullDisk.shouldRun)`:
/// they run wherever mounting is possible, and always under CI, where a machine that cannot
/// mount fails the test instead of hiding it. `unmount()` (or deinit) removes the mount.
public final class FullDisk: @unchecked Sendable {
    /// Why the disk could not be made.
    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    /// Where the tmpfs is mounted; everything the test writes goes below it.
    public let mountPoint: URL
    private let filler: URL
    // Guarded by `lock`: unmount() may run from a test and from deinit.
    private let lock = NSLock()
    private var mounted = true

    /// Whether tests that need one should run: root can mount, or this is CI.
    public static var shouldRun: Bool {
        unavailableReason == nil || ProcessInfo.processInfo.environment["CI"] != nil
    }

    /// What is missing to mount a tmpfs, or `nil`.
    public static var unavailableReason: String? {
        if geteuid() != 0 { return "mounting a tmpfs needs root" }
        if !FileManager.default.isExecutableFile(atPath: "/bin/mount") { return "no /bin/mount" }
        return nil
    }

    /// Mounts a tmpfs of `kilobytes` at a fresh temp folder.
    public init(kilobytes: Int) throws {
        if let reason = Self.unavailableReason { throw Failure(description: "cannot make a full disk: \(reason)") }
        mountPoint = FileManager.default.temporaryDirectory.appendingPathComponent("gm-fulldisk-\(UUID().uuidString.prefix(8))")
        filler = mountPoint.appendingPathComponent(".filler")
        try FileManager.default.createDirectory(at: mountPoint, withIntermediateDirectories: true)
        let status = Self.run("/bin/mount", ["-t", "tmpfs", "-o", "size=\(kilobytes)k,mode=0700", "tmpfs", mountPoint.path])
        guard status == 0 else {
            try? FileManager.default.removeItem(at: mountPoint)
            throw Failure(description: "mount -t tmpfs at \(mountPoint.path) failed with status \(status)")
        }
    }

    deinit { unmount() }

    /// Writes a filler file until the disk refuses the next byte.
    ///
    /// - Returns: how many bytes the filler took.
    @discardableResult
    public func fill() throws -> Int {
        let fd = open(filler.path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw Failure(description: "cannot create \(filler.path): \(String(cString: strerror(errno)))") }
        defer { close(fd) }
        var total = 0
        // Big blocks first, then single bytes, so not even a small page write fits afterwards.
        for size in [65_536, 4096, 512, 1] {
            let block = [UInt8](repeating: 0x2E, count: size)
            while true {
                let written = block.withUnsafeBytes { write(fd, $0.baseAddress, size) }
                if written > 0 {
                    total += written
                    continue
                }
                if errno == ENOSPC || written == 0 { break }
                throw Failure(description: "writing \(filler.path) failed: \(String(cString: strerror(errno)))")
            }
        }
        return total
    }

    /// Deletes the filler, so writes fit again.
    public func makeRoom() {
        try? FileManager.default.removeItem(at: filler)
    }

    /// Unmounts the tmpfs (lazily if something still holds it open) and removes the folder.
    public func unmount() {
        let wasMounted: Bool = lock.withLock {
            defer { mounted = false }
            return mounted
        }
        guard wasMounted else { return }
        if Self.run("/bin/umount", [mountPoint.path]) != 0 {
            _ = Self.run("/bin/umount", ["-l", mountPoint.path])
        }
        try? FileManager.default.removeItem(at: mountPoint)
    }

    /// Runs a tool to its end (posix_spawn: Foundation's Process can hang in waitUntilExit on
    /// Linux test threads); returns its exit status.
    private static func run(_ program: String, _ arguments: [String]) -> Int32 {
        var cArgv = ([program] + arguments).map { strdup($0) } + [nil]
        defer { cArgv.forEach { free($0) } }
        var pid = pid_t()
        guard posix_spawn(&pid, program, nil, nil, &cArgv, environ) == 0 else { return -1 }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        return (status & 0x7F) == 0 ? (status >> 8) & 0xFF : -1
    }
}
