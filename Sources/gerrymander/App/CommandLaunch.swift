import ArgumentParser
import Dispatch
import Foundation

/// A parsed command, ready to run, with what its failures are reported against.
struct CommandLaunch {
    var command: any AsyncParsableCommand
    var failure: GerrymanderFailure
    /// The settings `main` read, if the command may use them as they are.
    var settings: AppSettings.Preloaded?

    /// Starts the concurrency runtime, runs the command on it and exits with its status.
    static func runAndExit(_ launch: sending CommandLaunch) -> Never {
        Task.detached {
            let status = await launch.run()
            exit(status.rawValue)
        }
        dispatchMain()
    }

    /// Runs the command; every failure becomes a message and an exit status.
    func run() async -> ExitStatus {
        var command = command
        do {
            try await AppSettings.$preloaded.withValue(settings) {
                try await command.run()
            }
            return .success
        } catch {
            return failure.status(for: error)
        }
    }
}
