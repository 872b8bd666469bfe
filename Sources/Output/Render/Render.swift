import Reports

/// Renders a report in the context's output mode.
///
/// The result always ends with a newline. Only text mode with `context.color` contains escape
/// codes; server text is sanitized or escaped in every mode.
public func render(_ report: Report, context: RenderContext) -> String {
    switch context.mode {
    case .text: return TextRenderer(now: context.now, color: context.color).render(report)
    case .json: return JSONRenderer(now: context.now).render(report)
    case .xml: return XMLRenderer(now: context.now).render(report)
    case .csv: return CSVRenderer(now: context.now).render(report)
    }
}
