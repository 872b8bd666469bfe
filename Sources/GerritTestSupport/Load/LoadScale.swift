import Foundation

/// How big the load tests' world is (issue G, item 4).
///
/// `make test` runs them small, so the suite stays quick; `make load` sets
/// `GERRYMANDER_LOAD=full` for the dataset of the issue: 20,000 open changes carrying more than
/// 200,000 comments. Figures the tests measure are printed (`G4 figure: …`) for BENCHMARKS.md and
/// never asserted: speed belongs to benchmarks.
public enum LoadScale {
    /// Whether the full-size run was asked for.
    public static var isFull: Bool {
        ProcessInfo.processInfo.environment["GERRYMANDER_LOAD"] == "full"
    }

    /// Changes in the simulated dataset: about 73% of the simulator's changes are open, so
    /// 27,400 give 20,000 open ones (and 2,000 give about 1,460).
    public static var changeCount: Int { isFull ? 27_400 : 2_000 }

    /// How long a load step may take before the test gives up (a hang, not a speed limit).
    public static var patience: Duration { isFull ? .seconds(900) : .seconds(120) }

    /// The executable `name`: from `GERRYMANDER_LOAD_BIN` when set (`make load` points it at a
    /// release build, whose figures mean something), else the debug build beside the tests.
    public static func binary(_ name: String, file: StaticString = #filePath) throws -> BinaryRunner {
        if let folder = ProcessInfo.processInfo.environment["GERRYMANDER_LOAD_BIN"], !folder.isEmpty {
            return BinaryRunner(executable: URL(fileURLWithPath: folder).appendingPathComponent(name))
        }
        return try BinaryRunner(product: name, file: file)
    }

    /// Prints a measured figure in one greppable line.
    public static func report(_ figure: String) {
        print("G4 figure (\(isFull ? "full" : "small") scale): \(figure)")
    }
}

extension LoadScale {
    /// Runs blocking work (a child process waited for) on a thread of its own, so a long load
    /// step never holds one of the two cooperative threads the whole test run shares.
    public static func offPool<T: Sendable>(_ body: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            let thread = Thread {
                continuation.resume(with: Result { try body() })
            }
            thread.name = "load test step"
            thread.start()
        }
    }

    /// The change numbers in Gerrit JSON query output (change rows only).
    public static func changeNumbers(inQueryOutput output: String) -> [Int] {
        output.split(separator: "\n").compactMap { line -> Int? in
            guard !line.contains("\"type\":\"stats\""),
                  let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] else { return nil }
            if let number = object["number"] as? Int { return number }
            return (object["number"] as? String).flatMap { Int($0) }
        }
    }
}
