/// What the synchronous first half of a run decided.
enum GerrymanderLaunch {
    /// Nothing left to do: exit with this status (output already printed).
    case finished(ExitStatus)
    /// A parsed command that needs the concurrency runtime to run.
    case run(CommandLaunch)
}
