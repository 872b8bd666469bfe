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
