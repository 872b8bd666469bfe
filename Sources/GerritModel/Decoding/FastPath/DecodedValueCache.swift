import Foundation

/// Values the fast decoder made before, found again by their raw JSON bytes.
///
/// Gerrit repeats itself: every vote, message and comment carries its author's full account, a
/// patch set lists the same file paths as the one before it. Handing back the value made the
/// first time skips making its strings again and lets every copy share one storage, which is
/// most of the memory a decoded change holds. Direct-mapped (a slot per hash, the newest wins),
/// so it stays small and never needs clearing. One per `GerritLineDecoder`, shared by its
/// copies; the lock makes that safe, and a decoder is used by one task at a time, so it is free.
final class DecodedValueCache: @unchecked Sendable {
    // @unchecked: `storage` is only touched inside `lock`.
    private let lock = NSLock()
    private var storage = Storage()

    /// Runs `body` with the cache to itself.
    func withStorage<T>(_ body: (inout Storage) -> T) -> T {
        lock.lock()
        defer { lock.unlock() }
        return body(&storage)
    }

    struct Storage {
        // Made on first use: a decoder is created per page or per event line, and most of
        // them never take the fast path.
        private var accounts: [AccountSlot?] = []
        private var strings: [StringSlot?] = []
        private static let accountSlots = 1 << 10
        private static let stringSlots = 1 << 12

        struct AccountSlot {
            var hash: UInt64
            var bytes: [UInt8]
            var account: Account
        }

        struct StringSlot {
            var hash: UInt64
            var text: String
        }

        /// The account made from exactly these bytes before, if it is still here.
        mutating func account(_ bytes: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Account? {
            guard !accounts.isEmpty, let slot = accounts[Int(hash & UInt64(accounts.count - 1))], slot.hash == hash,
                  slot.bytes.count == bytes.count else { return nil }
            return slot.bytes.withUnsafeBufferPointer { DecodedValueCache.sameBytes($0, bytes) } ? slot.account : nil
        }

        mutating func remember(_ account: Account, bytes: UnsafeBufferPointer<UInt8>, hash: UInt64) {
            if accounts.isEmpty { accounts = Array(repeating: nil, count: Self.accountSlots) }
            accounts[Int(hash & UInt64(accounts.count - 1))] = AccountSlot(hash: hash, bytes: Array(bytes), account: account)
        }

        /// The string whose UTF-8 is exactly these (plain ASCII) bytes, made before.
        mutating func string(_ bytes: UnsafeBufferPointer<UInt8>, hash: UInt64) -> String? {
            guard !strings.isEmpty, let slot = strings[Int(hash & UInt64(strings.count - 1))], slot.hash == hash else {
                return nil
            }
            var text = slot.text
            return text.withUTF8 { DecodedValueCache.sameBytes($0, bytes) } ? text : nil
        }

        mutating func remember(_ text: String, hash: UInt64) {
            if strings.isEmpty { strings = Array(repeating: nil, count: Self.stringSlots) }
            strings[Int(hash & UInt64(strings.count - 1))] = StringSlot(hash: hash, text: text)
        }
    }

    static func sameBytes(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
        guard a.count == b.count else { return false }
        guard let x = a.baseAddress, let y = b.baseAddress else { return true }
        return memcmp(x, y, a.count) == 0
    }

    /// A fast hash of raw bytes (eight at a time), good enough to pick a slot.
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var h: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(bytes.count)
        guard let base = bytes.baseAddress else { return h }
        let raw = UnsafeRawPointer(base)
        var i = 0
        while bytes.count - i >= 8 {
            let word = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
            h = (h ^ word) &* 0xFF51_AFD7_ED55_8CCD
            h ^= h >> 32
            i += 8
        }
        var tail: UInt64 = 0
        var shift: UInt64 = 0
        while i < bytes.count {
            tail |= UInt64(bytes[i]) << shift
            shift += 8
            i += 1
        }
        h = (h ^ tail) &* 0xC4CE_B9FE_1A85_EC53
        return h ^ (h >> 29)
    }
}
