import GerritClient
import Store

// The TUI keeps drafts, unsent reviews and its seen marks in a private file in the cache folder.
extension PrivateFile: LocalStateStorage {}
