import Foundation

extension ReportTable {
    /// Shapes the table for the user's `--field`, `--sort` and `--limit`.
    ///
    /// - Fields: when given, exactly those columns are shown, in the order given, with their
    ///   widths; the other columns are hidden and kept after them.
    /// - Sort: roots are sorted, and the children of each row among themselves. Numbers compare
    ///   numerically, dates by time, text case-insensitively; empty values come last in both
    ///   directions; equal rows keep their order.
    /// - Limit: keeps the first N rows in display order, nested children counted.
    /// - Throws: `TableOptionsError` for an unknown field or sort column.
    public func applying(_ options: TableOptions) throws(TableOptionsError) -> ReportTable {
        var shaped = self
        if !options.fields.isEmpty {
            shaped.columns = try Self.choose(options.fields, from: columns)
        }
        if let sort = options.sort {
            guard let column = columns.first(where: { $0.key == sort.key }), column.isSortable else {
                throw .unknownSortColumn(sort.key, known: columns.filter(\.isSortable).map(\.key))
            }
            shaped.rows = Self.sorted(rows, by: column.key, reversed: sort.reversed)
        }
        if let limit = options.limit {
            var remaining = max(0, limit)
            shaped.rows = Self.limited(shaped.rows, remaining: &remaining)
        }
        return shaped
    }

    private static func choose(
        _ fields: [FieldSpec], from columns: [ReportColumn]
    ) throws(TableOptionsError) -> [ReportColumn] {
        var chosen: [ReportColumn] = []
        for field in fields {
            guard var column = columns.first(where: { $0.key == field.key }) else {
                throw .unknownField(field.key, known: columns.map(\.key))
            }
            // A repeated --field updates the earlier choice rather than showing the column twice.
            chosen.removeAll { $0.key == column.key }
            column.isVisible = true
            if let width = field.width { column.truncationWidth = width }
            chosen.append(column)
        }
        let chosenKeys = Set(chosen.map(\.key))
        // Chosen fields are exactly what every format shows, identifiers included.
        let shown = chosen.map { column in
            var column = column
            column.isIdentifier = false
            return column
        }
        let hidden = columns.filter { !chosenKeys.contains($0.key) }.map { column in
            var column = column
            column.isVisible = false
            column.isIdentifier = false
            return column
        }
        return shown + hidden
    }

    private static func sorted(_ rows: [ReportRow], by key: String, reversed: Bool) -> [ReportRow] {
        // Keys and positions are sorted, not the rows: moving rows (dictionaries of cells)
        // around costs reference counting on every swap.
        let indexed = rows.enumerated().map { offset, row in
            (offset: offset, sortKey: SortKey(row[key].value))
        }
        let ordered = indexed.sorted { lhs, rhs in
            switch (lhs.sortKey, rhs.sortKey) {
            case (.none, .none): return lhs.offset < rhs.offset
            case (.none, _): return false
            case (_, .none): return true
            case (let left?, let right?):
                if left == right { return lhs.offset < rhs.offset }
                return reversed ? right < left : left < right
            }
        }
        return ordered.map { entry in
            var row = rows[entry.offset]
            if !row.children.isEmpty { row.children = sorted(row.children, by: key, reversed: reversed) }
            return row
        }
    }

    private static func limited(_ rows: [ReportRow], remaining: inout Int) -> [ReportRow] {
        var kept: [ReportRow] = []
        for row in rows {
            guard remaining > 0 else { break }
            remaining -= 1
            var row = row
            row.children = limited(row.children, remaining: &remaining)
            kept.append(row)
        }
        return kept
    }
}

/// The comparable form of a cell value; nil (empty) sorts last.
private enum SortKey: Comparable {
    case number(Double)
    case text(String, original: String)

    init?(_ value: CellValue) {
        if value.isEmpty { return nil }
        switch value {
        case .int(let number): self = .number(Double(number))
        case .double(let number), .percent(let number), .duration(let number):
            guard !number.isNaN else { return nil }
            self = .number(number)
        case .date(let date): self = .number(date.timeIntervalSince1970)
        case .vote(let vote?): self = .number(Double(vote))
        case .votes(let labels):
            // Strongest vote first: the most negative outranks, as in the summary rules.
            let all = labels.flatMap(\.votes)
            self = .number(Double(all.min() ?? 0))
        case .text(let text), .url(let text):
            self = .text(text.lowercased(), original: text)
        case .empty, .vote(nil): return nil
        }
    }

    static func < (lhs: SortKey, rhs: SortKey) -> Bool {
        switch (lhs, rhs) {
        case (.number(let left), .number(let right)): return left < right
        case (.number, .text): return true
        case (.text, .number): return false
        case (.text(let left, let leftOriginal), .text(let right, let rightOriginal)):
            return left == right ? leftOriginal < rightOriginal : left < right
        }
    }
}
