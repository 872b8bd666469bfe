#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Whether this process's stdout is a terminal: the `isTTY` for `ColorMode.resolve` and
/// `Pager.choose`.
public func standardOutputIsTerminal() -> Bool {
    isatty(STDOUT_FILENO) == 1
}
