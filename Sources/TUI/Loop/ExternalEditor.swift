/// Lets the user write text in their own editor (`$VISUAL`/`$EDITOR`): how the loop carries
/// out `HostRequest.editText` while the terminal is handed over.
public protocol ExternalEditor: Sendable {
    /// Opens `text` in the editor and returns what was saved, or why it could not run.
    func edit(_ text: String) -> Result<String, EditorFailure>
}

/// Why the editor gave nothing back.
public struct EditorFailure: Error, Hashable, Sendable {
    public var message: String
    public init(_ message: String) { self.message = message }
}
