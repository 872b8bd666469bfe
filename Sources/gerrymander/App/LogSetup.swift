import Foundation
import Logging

/// Bootstraps swift-log once, in `main`: warnings by default, debug with `-d`, errors only with `-q`.
///
/// Loggers are cheap when their level filters a message out, so `-d` costs nothing when off.
enum LogSetup {
    static func bootstrap(debug: Bool, quiet: Bool) {
        let level: Logger.Level = debug ? .debug : (quiet ? .error : .warning)
        LoggingSystem.bootstrap { label in
            var handler = StreamLogHandler.standardError(label: label)
            handler.logLevel = level
            return handler
        }
    }
}
