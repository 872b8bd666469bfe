import ArgumentParser

/// `--no-cache` and `--refresh`: how a report uses the query cache.
struct CacheOptions: ParsableArguments {
    @Flag(inversion: .prefixedNo, help: "Use the query cache (--no-cache asks the server every time).")
    var cache = true

    @Flag(inversion: .prefixedNo, help: "Ask the server again and overwrite the cached answer.")
    var refresh = false
}
