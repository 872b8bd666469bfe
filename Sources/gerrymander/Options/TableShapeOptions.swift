import ArgumentParser
import Config
import Reports

/// `-l/--limit`, `--sort` and `--field`: which rows and columns a report table shows.
struct TableShapeOptions: ParsableArguments {
    @Option(name: [.customShort("l"), .customLong("limit")],
            help: ArgumentHelp("Show at most N rows (dependency rows count); sent to the server where the report allows.", valueName: "n"))
    var limit: Int?

    @Option(name: .customLong("sort"),
            help: ArgumentHelp("Sort rows by column KEY; KEY:rev sorts descending. Numbers sort numerically, empty cells last.", valueName: "key[:rev]"))
    var sort: String?

    @Option(name: .customLong("field"),
            help: ArgumentHelp("Show column KEY, in the order given, cut at WIDTH cells (0: never cut). Repeatable; commas allowed.", valueName: "key[:width]"))
    var field: [String] = []

    func validate() throws {
        if let limit, limit < 0 { throw ValidationError("--limit must be 0 or more (got \(limit)).") }
    }

    /// The choices as ``TableOptions``; `defaultSort` applies when `--sort` is not given.
    ///
    /// - Throws: `CLIError` (usage) for a malformed `--field`.
    func tableOptions(defaultSort: SortSpec?) throws -> TableOptions {
        var fields: [FieldSpec] = []
        for item in field.flatMap({ $0.split(separator: ",") }) {
            let text = item.trimmingWhitespace()
            guard !text.isEmpty else { continue }
            do {
                fields.append(try FieldSpec(parsing: text))
            } catch {
                throw CLIError.usage("--field: \(error.description)")
            }
        }
        let sortSpec = sort.map { SortSpec(parsing: $0.trimmingWhitespace()) } ?? defaultSort
        return TableOptions(fields: fields, sort: sortSpec, limit: limit)
    }
}

extension TableShapeOptions {
    /// The options above, for `FastArguments`: keep the two lists together.
    static let fastOptions: [FastArguments.Option] = [
        .value("-l", "--limit"), .value("--sort"), .value("--field", repeating: true),
    ]

    /// The options as ArgumentParser would set them from `arguments`.
    static func fast(_ arguments: FastArguments) throws -> TableShapeOptions {
        var options = TableShapeOptions()
        options.limit = try arguments.int("limit")
        options.sort = arguments.value("sort")
        options.field = arguments.values("field")
        try options.validate()
        return options
    }
}
