import ArgumentParser

/// `--no-cache` and `--refresh`: how a report uses the query cache.
struct CacheOptions: ParsableArguments {
    @Flag(inversion: .prefixedNo, help: "Use the query cache (--no-cache asks the server every time).")
    var cache = true

    @Flag(inversion: .prefixedNo, help: "Ask the server again and overwrite the cached answer.")
    var refresh = false
}

extension CacheOptions {
    /// The options above, for `FastArguments`: keep the two lists together.
    static let fastOptions: [FastArguments.Option] = [.invertible("cache"), .invertible("refresh")]

    /// The options as ArgumentParser would set them from `arguments`.
    static func fast(_ arguments: FastArguments) throws -> CacheOptions {
        var options = CacheOptions()
        options.cache = arguments.flag("cache", otherwise: true)
        options.refresh = arguments.flag("refresh")
        try options.validate()
        return options
    }
}
