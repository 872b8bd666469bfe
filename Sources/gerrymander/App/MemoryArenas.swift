#if canImport(Glibc)
import Glibc
#endif

/// glibc's malloc gives every thread that allocates its own arena and keeps what each arena
/// once held. The UI decodes lists on several of Swift's worker threads, so a warm start with
/// 20,000 changes held 149–175 MB (an arena per worker, each sized for the largest list it
/// decoded) where one arena holds 146 MB every time. Small allocations keep their per-thread
/// cache (tcache), so the single arena costs little contention.
enum MemoryArenas {
    /// `M_ARENA_MAX` of `<malloc.h>`.
    static let arenaMaxParameter: Int32 = -8

    /// One arena for the rest of the process; call it first thing, before threads start (the
    /// async entry point already runs on one). The commands decode on one thread at a time, so
    /// only the UI's memory changes.
    /// `mallopt` is looked up at run time (the Glibc module does not import `<malloc.h>`); on a
    /// C library without it nothing changes.
    static func limitToOne() {
        #if canImport(Glibc)
        typealias MallocOption = @convention(c) (Int32, Int32) -> Int32
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "mallopt") else { return }
        let mallopt = unsafeBitCast(symbol, to: MallocOption.self)
        _ = mallopt(arenaMaxParameter, 1)
        #endif
    }
}
