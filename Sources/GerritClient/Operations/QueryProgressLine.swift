import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A one-line "fetching page 2… 734 changes" indicator on stderr for slow queries.
///
/// It draws only when stderr is a terminal and the query has already taken more than
/// `delay` seconds, so quick queries and redirected output stay clean. `finish()` erases the line.
/// Pass `handler` as a query's progress callback.
public final class QueryProgressLine: @unchecked Sendable {
    // Guarded by `lock`: progress arrives from the query's task, finish from the caller's.
    private let lock = NSLock()
    private let started: Date
    private let delay: Double
    private let enabled: Bool
    private let write: @Sendable (String) -> Void
    private var drawn = false

    /// - Parameters:
    ///   - delay: seconds before anything is drawn.
    ///   - isTerminal: whether stderr is a terminal; `nil` asks `isatty(2)`.
    ///   - write: where the text goes (stderr by default; tests capture it).
    public init(delay: Double = 0.5, isTerminal: Bool? = nil, started: Date = Date(),
                write: @escaping @Sendable (String) -> Void = { FileHandle.standardError.write(Data($0.utf8)) }) {
        self.delay = delay
        self.enabled = isTerminal ?? (isatty(STDERR_FILENO) == 1)
        self.started = started
        self.write = write
    }

    /// The text for a progress report, e.g. "fetching page 2… 734 changes".
    public static func text(for progress: QueryProgress) -> String {
        let noun = progress.rows == 1 ? "change" : "changes"
        return "fetching page \(progress.page)… \(progress.rows) \(noun)"
    }

    /// A progress callback that updates this line.
    public var handler: QueryProgressHandler {
        { [self] progress in self.update(progress) }
    }

    /// Redraws the line for `progress` (or erases it when the query finished).
    public func update(_ progress: QueryProgress, now: Date = Date()) {
        if progress.finished {
            finish()
            return
        }
        lock.lock()
        defer { lock.unlock() }
        guard enabled, now.timeIntervalSince(started) > delay else { return }
        drawn = true
        // \r and erase-to-end-of-line: the line is redrawn in place.
        write("\r\u{1B}[K" + Self.text(for: progress))
    }

    /// Erases the line if it was drawn.
    public func finish() {
        lock.lock()
        defer { lock.unlock() }
        guard drawn else { return }
        drawn = false
        write("\r\u{1B}[K")
    }
}
