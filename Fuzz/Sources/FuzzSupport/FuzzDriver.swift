import Foundation

@_silgen_name("LLVMFuzzerRunDriver")
private func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
) -> CInt

/// Hands control to libFuzzer, which calls `body` with each input it tries.
///
/// libFuzzer's own `main` cannot be used from SwiftPM (it wants the executable's entry point),
/// so targets link `libclang_rt.fuzzer_no_main` and call its driver from their `main.swift`.
/// A crash, a trap or an AddressSanitizer report in `body` is a finding; returning is not.
/// - Parameter body: one fuzz input; it must not keep the buffer.
public func runFuzzer(_ body: @escaping @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt) -> Never {
    var argc = CommandLine.argc
    var argv = CommandLine.unsafeArgv
    exit(LLVMFuzzerRunDriver(&argc, &argv, body))
}

/// The fuzz input as bytes.
public func fuzzBytes(_ data: UnsafePointer<UInt8>?, _ count: Int) -> [UInt8] {
    guard let data, count > 0 else { return [] }
    return Array(UnsafeBufferPointer(start: data, count: count))
}

/// The fuzz input as text, with invalid UTF-8 repaired (as the readers receive file text).
public func fuzzText(_ data: UnsafePointer<UInt8>?, _ count: Int) -> String {
    String(decoding: fuzzBytes(data, count), as: UTF8.self)
}
