import ArgumentParser

/// The options every report command shares, in the original's help order: output (`-m`,
/// `--color`, `--no-color`), table shape (`-l`, `--sort`, `--field`), cache (`--no-cache`,
/// `--refresh`) and projects (`-p`, `-g`, `--all-groups`).
///
/// Include it with `@OptionGroup var report: ReportOptions`; change-list commands add
/// ``ChangeFilterOptions``. Every key can also come from a `[command-NAME]` config section.
struct ReportOptions: ParsableArguments {
    @OptionGroup var output: OutputOptions
    @OptionGroup var table: TableShapeOptions
    @OptionGroup var cache: CacheOptions
    @OptionGroup var projects: ProjectOptions
}

extension ReportOptions {
    /// The options of the groups above, for `FastArguments`.
    static let fastOptions: [FastArguments.Option] = OutputOptions.fastOptions + TableShapeOptions.fastOptions
        + CacheOptions.fastOptions + ProjectOptions.fastOptions

    /// The options as ArgumentParser would set them from `arguments`.
    static func fast(_ arguments: FastArguments) throws -> ReportOptions {
        var options = ReportOptions()
        options.output = try OutputOptions.fast(arguments)
        options.table = try TableShapeOptions.fast(arguments)
        options.cache = try CacheOptions.fast(arguments)
        options.projects = try ProjectOptions.fast(arguments)
        try options.validate()
        return options
    }
}
