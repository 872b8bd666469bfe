import Foundation
import Reports
import TerminalText

/// Renders reports as XML: display text in elements named after column keys, raw values as
/// attributes.
///
/// ```xml
/// <?xml version="1.0" encoding="UTF-8"?>
/// <report>
///   <table>
///     <title>Changes</title>
///     <headers>
///       <owner>Owner</owner>
///       <createdOn>Created</createdOn>
///     </headers>
///     <content>
///       <row>
///         <owner>alice</owner>
///         <createdOn epoch="1763700000" iso="2025-11-21T04:40:00Z">4 days</createdOn>
///         <reviews value="2">+2</reviews>
///         <approvals>Code-Review=+2<votes label="Code-Review">2</votes></approvals>
///         <children>
///           <row>…</row>
///         </children>
///       </row>
///     </content>
///   </table>
///   <list>
///     <title>Review summary</title>
///     <headers><total>Total reviews</total></headers>
///     <content><total value="18">18</total></content>
///   </list>
/// </report>
/// ```
///
/// Numbers, percentages (as the fraction) and durations (seconds) get `value`; dates get
/// `epoch` and `iso`; label votes get one `<votes label="…">2,1</votes>` child per label.
/// `<children>` appears only on rows that have some. A key that is not a valid XML name is
/// made one (invalid characters become `_`, a leading digit gets a `_` prefix). Text is escaped
/// and characters XML cannot hold, or that could control a terminal, become visible marks.
public struct XMLRenderer: Sendable {
    /// "Now" for the relative ages in element text.
    public var now: Date

    /// Creates an XML renderer.
    public init(now: Date) {
        self.now = now
    }

    /// The report as an XML document ending in a newline.
    public func render(_ report: Report) -> String {
        var lines = ["<?xml version=\"1.0\" encoding=\"UTF-8\"?>", "<report>"]
        for part in report.parts {
            switch part {
            case .table(let table): lines += self.lines(for: table, depth: 1)
            case .list(let list): lines += self.lines(for: list, depth: 1)
            case .compound: break
            }
        }
        lines.append("</report>")
        return lines.joined(separator: "\n") + "\n"
    }

    private func lines(for table: ReportTable, depth: Int) -> [String] {
        let columns = table.dataColumns
        var lines = [pad(depth) + "<table>", pad(depth + 1) + element("title", table.title)]
        lines += headerLines(columns.map { ($0.key, $0.label) }, depth: depth + 1)
        if table.rows.isEmpty {
            lines.append(pad(depth + 1) + "<content/>")
        } else {
            lines.append(pad(depth + 1) + "<content>")
            for row in table.rows { lines += rowLines(row, columns: columns, depth: depth + 2) }
            lines.append(pad(depth + 1) + "</content>")
        }
        lines.append(pad(depth) + "</table>")
        return lines
    }

    private func rowLines(_ row: ReportRow, columns: [ReportColumn], depth: Int) -> [String] {
        var lines = [pad(depth) + "<row>"]
        for column in columns {
            var display = row[column.key].value.displayText(now: now)
            if column.truncationWidth > 0 {
                display = truncate(display, toWidth: column.truncationWidth)
            }
            lines.append(pad(depth + 1) + field(column.key, row[column.key].value, display: display))
        }
        if !row.children.isEmpty {
            lines.append(pad(depth + 1) + "<children>")
            for child in row.children { lines += rowLines(child, columns: columns, depth: depth + 2) }
            lines.append(pad(depth + 1) + "</children>")
        }
        lines.append(pad(depth) + "</row>")
        return lines
    }

    private func lines(for list: ReportList, depth: Int) -> [String] {
        var lines = [pad(depth) + "<list>", pad(depth + 1) + element("title", list.title)]
        lines += headerLines(list.entries.map { ($0.key, $0.label) }, depth: depth + 1)
        if list.entries.isEmpty {
            lines.append(pad(depth + 1) + "<content/>")
        } else {
            lines.append(pad(depth + 1) + "<content>")
            for entry in list.entries {
                let display = entry.cell.value.displayText(now: now)
                lines.append(pad(depth + 2) + field(entry.key, entry.cell.value, display: display))
            }
            lines.append(pad(depth + 1) + "</content>")
        }
        lines.append(pad(depth) + "</list>")
        return lines
    }

    private func headerLines(_ headers: [(key: String, label: String)], depth: Int) -> [String] {
        guard !headers.isEmpty else { return [pad(depth) + "<headers/>"] }
        return [pad(depth) + "<headers>"]
            + headers.map { pad(depth + 1) + element($0.key, $0.label) }
            + [pad(depth) + "</headers>"]
    }

    private func field(_ key: String, _ value: CellValue, display: String) -> String {
        let name = Self.elementName(key)
        let attributes = value.xmlAttributes.map { " \($0.0)=\"\(Self.escape($0.1))\"" }.joined()
        var inner = Self.escape(display)
        if case .votes(let labels) = value {
            inner += labels.map { label in
                "<votes label=\"\(Self.escape(label.label))\">"
                    + label.votes.map(String.init).joined(separator: ",") + "</votes>"
            }.joined()
        }
        return "<\(name)\(attributes)>\(inner)</\(name)>"
    }

    private func element(_ key: String, _ text: String) -> String {
        let name = Self.elementName(key)
        return "<\(name)>\(Self.escape(text))</\(name)>"
    }

    private func pad(_ depth: Int) -> String {
        String(repeating: "  ", count: depth)
    }

    /// Escapes markup characters; characters XML 1.0 forbids and terminal controls are made
    /// visible (as sanitizing does), bidi controls become character references.
    ///
    /// Public so that streamed XML (`watch -m xml`) escapes exactly like reports do.
    public static func escape(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&apos;"
            case "\n", "\t": result.unicodeScalars.append(scalar)
            case "\r": result += "&#13;"
            default:
                let value = scalar.value
                if value < 0x20 || (0x7F..<0xA0).contains(value) || value == 0xFFFE || value == 0xFFFF {
                    result += markupEscaped(sanitizeLine(String(scalar)))
                } else if (0x202A...0x202E).contains(value) || (0x2066...0x2069).contains(value) {
                    result += "&#x" + String(value, radix: 16, uppercase: true) + ";"
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result
    }

    /// Markup characters only, for text that is already free of controls.
    private static func markupEscaped(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;")
            .replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;")
    }

    /// A valid XML element name for a column key.
    static func elementName(_ key: String) -> String {
        var name = String(String.UnicodeScalarView(key.unicodeScalars.map { scalar in
            let allowed = scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)
                || scalar == "-" || scalar == "_" || scalar == "."
            return allowed ? scalar : "_"
        }))
        if name.isEmpty { name = "_" }
        if let first = name.unicodeScalars.first,
           ("0"..."9").contains(first) || first == "-" || first == "." {
            name = "_" + name
        }
        if name.lowercased().hasPrefix("xml") { name = "_" + name }
        return name
    }
}
