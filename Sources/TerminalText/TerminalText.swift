// TerminalText: display widths, truncation, sanitizing server text. Placeholder.
