import CLibSSH2
import Foundation
#if canImport(Glibc)
import GerritRemote
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The thread that owns one libssh2 session and every channel on it.
///
/// libssh2 is not thread-safe per session, so all libssh2 calls happen on this one thread.
/// Other threads only touch the lock-guarded inbox (new commands, cancellations, stop) and
/// wake the loop through a pipe. The loop connects lazily, starts commands (a channel each),
/// and multiplexes all running channels with `poll()` in non-blocking mode, draining stdout
/// and stderr until EAGAIN on every wakeup (libssh2 buffers data poll cannot see).
final class LibSSH2Worker: @unchecked Sendable {
    /// A command waiting for the loop to start it.
    struct Job {
        let id: Int
        let command: RemoteCommand
        let lines: AsyncThrowingStream<String, Error>.Continuation
        let completion: RemoteCompletion
        let started: CheckedContinuation<Void, Error>
    }

    private let endpoint: SSHEndpoint
    private let passphrase: PassphraseProvider?

    // Inbox, shared with other threads: guarded by `lock`.
    private let lock = NSLock()
    private var inbox: [Job] = []
    private var cancelled: Set<Int> = []
    private var stopping = false
    private var lastID = 0

    private let wakeRead: Int32
    private let wakeWrite: Int32
    /// Signalled by the worker thread once it has closed everything and returned.
    private let stopped = DispatchSemaphore(value: 0)

    // Owned by the worker thread only.
    private var connection: LibSSH2Connection?
    private var channels: [RunningChannel] = []
    private var abandoned: [OpaquePointer] = []

    init(endpoint: SSHEndpoint, passphrase: PassphraseProvider?) {
        self.endpoint = endpoint
        self.passphrase = passphrase
        var fds: [Int32] = [-1, -1]
        if pipe(&fds) == 0 {
            for fd in fds {
                _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL, 0) | O_NONBLOCK)
                _ = fcntl(fd, F_SETFD, FD_CLOEXEC)
            }
        }
        wakeRead = fds[0]
        wakeWrite = fds[1]
    }

    deinit {
        close(wakeRead)
        close(wakeWrite)
    }

    /// Starts the worker thread; it runs until `stop()`.
    func start() {
        let thread = Thread { [self] in self.loop() }
        thread.name = "ssh \(endpoint.address)"
        thread.start()
    }

    func nextID() -> Int {
        lock.lock()
        defer { lock.unlock() }
        lastID += 1
        return lastID
    }

    func submit(_ job: Job) {
        lock.lock()
        let isStopping = stopping
        if !isStopping { inbox.append(job) }
        lock.unlock()
        if isStopping {
            refuse(job, TransportError.closed(address: endpoint.address))
        } else {
            wake()
        }
    }

    func cancel(_ id: Int) {
        lock.lock()
        cancelled.insert(id)
        lock.unlock()
        wake()
    }

    func stop() {
        lock.lock()
        stopping = true
        lock.unlock()
        wake()
    }

    /// Stops and waits (at most `timeout` seconds) until the session is closed.
    ///
    /// Call before the process exits: libssh2 may still be closing channels on the worker
    /// thread, and exiting under it (while OpenSSL's exit handlers run) can crash.
    func stopAndWait(timeout: Double) {
        stop()
        _ = stopped.wait(timeout: .now() + timeout)
        // Let a later stopAndWait return at once too.
        stopped.signal()
    }

    private func wake() {
        var byte: UInt8 = 1
        _ = write(wakeWrite, &byte, 1)
    }

    // MARK: - The loop (worker thread only)

    private func loop() {
        while true {
            lock.lock()
            let jobs = inbox
            let cancels = cancelled
            let stop = stopping
            inbox = []
            cancelled = []
            lock.unlock()

            if stop {
                shutdown(jobs)
                stopped.signal()
                return
            }
            for id in cancels { cancelChannel(id) }
            startJobs(jobs, cancelled: cancels)
            service()
            waitForActivity()
        }
    }

    private func refuse(_ job: Job, _ error: Error) {
        job.lines.finish(throwing: error)
        job.completion.resolve(.failure(error))
        job.started.resume(throwing: error)
    }

    private func startJobs(_ jobs: [Job], cancelled cancels: Set<Int>) {
        var setupError: Error?
        for job in jobs {
            if cancels.contains(job.id) {
                refuse(job, CancellationError())
                continue
            }
            // One failed connect fails the whole batch: retrying would just repeat the wait.
            if let setupError {
                refuse(job, setupError)
                continue
            }
            do {
                try start(job)
                job.started.resume()
            } catch {
                if connection == nil { setupError = error }
                refuse(job, error)
            }
        }
    }

    private func start(_ job: Job) throws {
        let reused = connection != nil
        do {
            try startChannel(job)
        } catch let error as TransportError {
            // A reused session may have died while idle (server timeout): reconnect once.
            guard reused, case .connectionLost = error else { throw error }
            dropConnection()
            try startChannel(job)
        }
    }

    private func startChannel(_ job: Job) throws {
        let connection = try connected()
        let session = connection.session
        let address = endpoint.address
        let commandText = job.command.description
        libssh2_session_set_blocking(session, 1)
        libssh2_session_set_timeout(session, Int(endpoint.connectTimeout * 1000))
        defer { libssh2_session_set_blocking(session, 0) }

        guard let channel = gm_channel_open_session(session) else {
            let rc = libssh2_session_last_errno(session)
            throw connection.error(rc, during: "opening a channel") {
                .commandFailed(address: address, command: commandText, reason: $0)
            }
        }
        var ok = false
        defer { if !ok { libssh2_channel_free(channel) } }
        let rc = gm_channel_exec(channel, job.command.quoted)
        if rc != 0 {
            throw connection.error(rc, during: "starting `\(commandText)`") {
                .commandFailed(address: address, command: commandText, reason: $0)
            }
        }
        if let stdin = job.command.stdin, !stdin.isEmpty {
            let bytes = [UInt8](stdin)
            var offset = 0
            while offset < bytes.count {
                let written = bytes[offset...].withUnsafeBufferPointer { buffer in
                    buffer.withMemoryRebound(to: CChar.self) { gm_channel_write(channel, $0.baseAddress, $0.count) }
                }
                if written < 0 {
                    throw connection.error(Int32(written), during: "sending input to `\(commandText)`") {
                        .commandFailed(address: address, command: commandText, reason: $0)
                    }
                }
                offset += written
            }
        }
        _ = gm_channel_send_eof(channel)
        ok = true
        channels.append(RunningChannel(job: job, channel: channel, address: address))
    }

    private func connected() throws -> LibSSH2Connection {
        if let connection { return connection }
        let opened = try LibSSH2Connection.open(endpoint, passphrase: passphrase)
        libssh2_session_set_blocking(opened.session, 0)
        connection = opened
        return opened
    }

    /// Reads everything available on every channel and finishes those that ended.
    private func service() {
        guard let connection else { return }
        let now = Date()
        var failure: TransportError?
        for running in channels {
            do {
                try running.drain(session: connection.session)
            } catch let error as TransportError {
                failure = error
                break
            } catch {
                break
            }
            if libssh2_channel_eof(running.channel) != 0 {
                running.reachedEOF = true
            } else if let timeout = running.job.command.idleTimeout,
                      now.timeIntervalSince(running.lastActivity) >= timeout {
                let error = TransportError.noAnswer(address: endpoint.address, seconds: timeout,
                                                    during: "waiting for `\(running.job.command.description)`")
                running.fail(error)
                abandoned.append(running.channel)
                running.done = true
            }
        }
        if let failure {
            failAll(failure)
            dropConnection()
            return
        }
        for running in channels where running.reachedEOF && !running.done {
            if running.tryClose(session: connection.session) { running.done = true }
        }
        channels.removeAll { $0.done }
        reapAbandoned(connection.session)
        var next: Int32 = 0
        if libssh2_keepalive_send(connection.session, &next) < 0, !channels.isEmpty {
            failAll(TransportError.connectionLost(address: endpoint.address, reason: connection.lastError()))
            dropConnection()
        }
    }

    private func cancelChannel(_ id: Int) {
        guard let index = channels.firstIndex(where: { $0.job.id == id }) else { return }
        let running = channels.remove(at: index)
        running.fail(CancellationError())
        abandoned.append(running.channel)
    }

    /// Cancelled or timed-out channels: closing waits for the server, which may wait for the
    /// remote process, so keep discarding their data and retry the free on each pass.
    private func reapAbandoned(_ session: OpaquePointer) {
        var buffer = [CChar](repeating: 0, count: 16384)
        abandoned.removeAll { channel in
            while gm_channel_read(channel, &buffer, buffer.count) > 0 {}
            while gm_channel_read_stderr(channel, &buffer, buffer.count) > 0 {}
            return libssh2_channel_free(channel) != LIBSSH2_ERROR_EAGAIN
        }
    }

    private func waitForActivity() {
        var fds = [pollfd(fd: wakeRead, events: Int16(POLLIN), revents: 0)]
        var timeout: Int32 = -1
        if let connection, !(channels.isEmpty && abandoned.isEmpty) {
            var events = Int16(POLLIN)
            if gm_session_block_outbound(connection.session) != 0 { events |= Int16(POLLOUT) }
            fds.append(pollfd(fd: connection.socket, events: events, revents: 0))
            timeout = Int32(max(1, endpoint.keepaliveInterval)) * 1000
            let now = Date()
            for running in channels {
                if running.reachedEOF { timeout = min(timeout, 50); continue }
                guard let limit = running.job.command.idleTimeout else { continue }
                let remaining = running.lastActivity.addingTimeInterval(limit).timeIntervalSince(now)
                timeout = min(timeout, Int32(max(0, remaining * 1000)) + 1)
            }
        } else if connection != nil {
            // Idle session: wake only for keepalives; the socket is not polled because nothing
            // would read it (a server disconnect is noticed on the next command and retried).
            timeout = Int32(max(1, endpoint.keepaliveInterval)) * 1000
        }
        _ = poll(&fds, nfds_t(fds.count), timeout)
        if fds[0].revents != 0 {
            var sink = [UInt8](repeating: 0, count: 64)
            while read(wakeRead, &sink, sink.count) > 0 {}
        }
    }

    private func failAll(_ error: Error) {
        for running in channels { running.fail(error) }
        channels.removeAll()
    }

    private func dropConnection() {
        guard let connection else { return }
        abandoned.removeAll()  // freed with the session
        connection.shutdown(reason: "closing")
        self.connection = nil
    }

    private func shutdown(_ jobs: [Job]) {
        let error = TransportError.closed(address: endpoint.address)
        for job in jobs { refuse(job, error) }
        failAll(error)
        dropConnection()
    }
}

/// A channel whose command is running: its line splitter, stderr so far and last activity.
private final class RunningChannel {
    let job: LibSSH2Worker.Job
    let channel: OpaquePointer
    let address: String
    var splitter = LineSplitter()
    var stderr = Data()
    var lastActivity = Date()
    var reachedEOF = false
    var done = false
    private var closeStage = 0

    init(job: LibSSH2Worker.Job, channel: OpaquePointer, address: String) {
        self.job = job
        self.channel = channel
        self.address = address
    }

    /// Reads stdout and stderr until both report EAGAIN.
    func drain(session: OpaquePointer) throws {
        var buffer = [CChar](repeating: 0, count: 32768)
        var progressed = true
        while progressed {
            progressed = false
            let count = gm_channel_read(channel, &buffer, buffer.count)
            if count > 0 {
                progressed = true
                lastActivity = Date()
                let lines = buffer.withUnsafeBytes { splitter.append(UnsafeRawBufferPointer(rebasing: $0.prefix(count))) }
                for line in lines { job.lines.yield(line) }
            } else if count < 0 && count != Int(LIBSSH2_ERROR_EAGAIN) {
                throw lost(session, Int32(count))
            }
            let errCount = gm_channel_read_stderr(channel, &buffer, buffer.count)
            if errCount > 0 {
                progressed = true
                lastActivity = Date()
                buffer.withUnsafeBytes { stderr.append(contentsOf: $0.prefix(errCount)) }
            } else if errCount < 0 && errCount != Int(LIBSSH2_ERROR_EAGAIN) {
                throw lost(session, Int32(errCount))
            }
        }
    }

    /// Non-blocking close: returns true once the exit status is known and the result delivered.
    ///
    /// A command the server ended with a signal (sshd sends `exit-signal` instead of
    /// `exit-status`) fails: libssh2 reports status 0 for it, which would pass a cut-off
    /// answer as complete.
    func tryClose(session: OpaquePointer) -> Bool {
        if closeStage == 0 {
            if gm_channel_close(channel) == LIBSSH2_ERROR_EAGAIN { return false }
            closeStage = 1
        }
        if closeStage == 1 {
            if libssh2_channel_wait_closed(channel) == LIBSSH2_ERROR_EAGAIN { return false }
            closeStage = 2
        }
        let status = libssh2_channel_get_exit_status(channel)
        let signal = exitSignal(session: session)
        libssh2_channel_free(channel)
        if let signal {
            fail(TransportError.commandKilled(address: address, command: job.command.description, signal: signal))
            return true
        }
        if let last = splitter.finish() { job.lines.yield(last) }
        job.lines.finish()
        job.completion.resolve(.success(RemoteExit(status: status, stderr: String(decoding: stderr, as: UTF8.self))))
        return true
    }

    /// The signal name (`KILL`, `TERM`…) the command died of, or `nil` when it exited.
    private func exitSignal(session: OpaquePointer) -> String? {
        var name: UnsafeMutablePointer<CChar>?
        var length = 0
        guard libssh2_channel_get_exit_signal(channel, &name, &length, nil, nil, nil, nil) == 0, let name else {
            return nil
        }
        defer { libssh2_free(session, name) }
        let text = String(decoding: UnsafeRawBufferPointer(start: name, count: length), as: UTF8.self)
        return text.isEmpty ? nil : text
    }

    func fail(_ error: Error) {
        job.lines.finish(throwing: error)
        job.completion.resolve(.failure(error))
    }

    private func lost(_ session: OpaquePointer, _ rc: Int32) -> TransportError {
        var message: UnsafeMutablePointer<CChar>?
        var length: Int32 = 0
        libssh2_session_last_error(session, &message, &length, 0)
        let text = message.map { String(cString: $0) } ?? "error \(rc)"
        // libssh2 says only "transport read" when the server went away mid-answer.
        if rc == LIBSSH2_ERROR_SOCKET_RECV || rc == LIBSSH2_ERROR_SOCKET_DISCONNECT {
            return .connectionLost(address: address, reason: "the server closed the connection before `\(job.command.description)` finished (\(text))")
        }
        return .connectionLost(address: address, reason: text)
    }
}
