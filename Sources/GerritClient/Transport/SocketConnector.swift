#if canImport(Glibc)
import GerritRemote
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// Opens a TCP connection by host name (IPv4 or IPv6) with a deadline.
///
/// A blocking `connect()` can hang for minutes on a silent host, so the socket is made
/// non-blocking and the connect is awaited with `poll()`.
enum SocketConnector {
    /// Connects to the first address of `host` that answers.
    ///
    /// - Returns: a connected socket, left in non-blocking mode.
    /// - Throws: `TransportError.hostNotFound`, `.connectFailed` or `.noAnswer`.
    static func connect(host: String, port: Int, timeout: Double, address: String) throws -> Int32 {
        var hints = addrinfo()
        hints.ai_family = AF_UNSPEC
        #if canImport(Glibc)
        hints.ai_socktype = Int32(SOCK_STREAM.rawValue)
        #else
        hints.ai_socktype = SOCK_STREAM
        #endif
        hints.ai_protocol = Int32(IPPROTO_TCP)
        var list: UnsafeMutablePointer<addrinfo>?
        let status = getaddrinfo(host, String(port), &hints, &list)
        guard status == 0, let first = list else {
            throw TransportError.hostNotFound(host: host, reason: String(cString: gai_strerror(status)))
        }
        defer { freeaddrinfo(first) }

        let deadline = Date().addingTimeInterval(timeout)
        var lastError = TransportError.connectFailed(address: address, reason: "no usable address")
        var cursor: UnsafeMutablePointer<addrinfo>? = first
        while let info = cursor {
            cursor = info.pointee.ai_next
            do {
                return try connect(info.pointee, deadline: deadline, timeout: timeout, address: address)
            } catch let error as TransportError {
                lastError = error
                if case .noAnswer = error { break }
            }
        }
        throw lastError
    }

    private static func connect(_ info: addrinfo, deadline: Date, timeout: Double, address: String) throws -> Int32 {
        let fd = socket(info.ai_family, info.ai_socktype, info.ai_protocol)
        guard fd >= 0 else {
            throw TransportError.connectFailed(address: address, reason: String(cString: strerror(errno)))
        }
        var keep = false
        defer { if !keep { close(fd) } }
        _ = fcntl(fd, F_SETFD, FD_CLOEXEC)
        _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL, 0) | O_NONBLOCK)

        if systemConnect(fd, info.ai_addr, info.ai_addrlen) != 0 {
            guard errno == EINPROGRESS else {
                throw TransportError.connectFailed(address: address, reason: reason(errno))
            }
            while true {
                let remaining = deadline.timeIntervalSinceNow
                guard remaining > 0 else {
                    throw TransportError.noAnswer(address: address, seconds: timeout, during: "connecting")
                }
                var pfd = pollfd(fd: fd, events: Int16(POLLOUT), revents: 0)
                let ready = poll(&pfd, 1, Int32(min(remaining * 1000, Double(Int32.max))) + 1)
                if ready < 0 && errno == EINTR { continue }
                if ready > 0 { break }
                if ready < 0 {
                    throw TransportError.connectFailed(address: address, reason: reason(errno))
                }
            }
            var soError: Int32 = 0
            var length = socklen_t(MemoryLayout<Int32>.size)
            getsockopt(fd, SOL_SOCKET, SO_ERROR, &soError, &length)
            if soError != 0 {
                throw TransportError.connectFailed(address: address, reason: reason(soError))
            }
        }
        var one: Int32 = 1
        setsockopt(fd, Int32(IPPROTO_TCP), TCP_NODELAY, &one, socklen_t(MemoryLayout<Int32>.size))
        keep = true
        return fd
    }

    /// strerror in the lower-case style OpenSSH uses ("connection refused").
    private static func reason(_ code: Int32) -> String {
        let text = String(cString: strerror(code))
        guard let first = text.first else { return text }
        return first.lowercased() + text.dropFirst()
    }
}

#if canImport(Glibc)
private let systemConnect = Glibc.connect
#elseif canImport(Darwin)
private let systemConnect = Darwin.connect
#endif
