/// What a command is done with just before the process exits, kept instead of freed.
///
/// A report's values are many small allocations (every change, patch set, approval, string and
/// table cell); freeing them one by one on the way out cost a warm `changes` over 2,000 changes
/// 45 M of its 257 M instructions (callgrind), for memory the kernel takes back at exit anyway.
/// Only for the one-shot commands, never for the UI or `watch`, which live on.
enum SkippedTeardown {
    private final class Holder {
        let values: [Any]
        init(_ values: [Any]) { self.values = values }
    }

    /// Keeps `values` alive until the process exits.
    static func keep(_ values: Any...) {
        _ = Unmanaged.passRetained(Holder(values))
    }
}
