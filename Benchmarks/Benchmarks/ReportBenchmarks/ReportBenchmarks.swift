// Each report over the 20,000-change dataset, from decoded changes to the text a terminal gets:
// the rules (Reports), the table with its default sort, and the text renderer (Output).
import Benchmark
import BenchmarkFixtures
import Config
import Foundation
import GerritModel
import Output
import Reports

/// What every report benchmark starts from: the decoded dataset and the settings.
struct ReportInput: @unchecked Sendable {
    // @unchecked: set up once, then only read by the benchmark's own thread.
    var all: [Change]
    var open: [Change]
    var settings: Settings

    static func load() -> ReportInput {
        let all = BenchmarkFixtures.fullChanges(count: BenchmarkFixtures.largeSize)
        return ReportInput(all: all, open: all.filter(\.isOpen), settings: BenchmarkFixtures.settings())
    }
}

let now = BenchmarkFixtures.now
let me = "berrange"

func text(_ report: Report, sort: SortSpec? = nil) -> String {
    let shaped = (try? report.applying(TableOptions(sort: sort))) ?? report
    return render(shaped, context: RenderContext(now: now))
}

let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(
        metrics: [.wallClock, .cpuTotal, .mallocCountTotal, .peakMemoryResidentDelta],
        timeUnits: .milliseconds, warmupIterations: 1, maxDuration: .seconds(10), maxIterations: 20)
    let size = BenchmarkFixtures.largeSize

    for category in TodoCategory.allCases {
        Benchmark("\(category.commandName) over \(size) changes") { (benchmark: Benchmark, input: ReportInput) in
            let classifier = TodoClassifier(me: me, bots: input.settings.organization.bots)
            // The server already answered status:open (and reviewer:me for mine).
            let kept = input.open.filter { classifier.includes($0, in: category, now: now) }
            let table = ChangesReport.table(kept, title: "Changes To Do List")
            blackHole(text(.table(table), sort: ChangesReport.defaultSort))
        } setup: {
            ReportInput.load()
        }
    }

    Benchmark("changes over \(size) changes") { (benchmark: Benchmark, input: ReportInput) in
        let table = ChangesReport.table(input.all)
        blackHole(text(.table(table), sort: ChangesReport.defaultSort))
    } setup: {
        ReportInput.load()
    }

    Benchmark("patchreviewstats over \(size) changes") { (benchmark: Benchmark, input: ReportInput) in
        let settings = input.settings
        let stats = PatchReviewStats(changes: input.all, now: now, days: 30, bots: BotMatcher(settings: settings),
                                     teams: TeamDirectory(settings: settings, groups: settings.organization.groups))
        blackHole(text(stats.report))
    } setup: {
        ReportInput.load()
    }

    Benchmark("patchreviewrate over \(size) changes") { (benchmark: Benchmark, input: ReportInput) in
        let settings = input.settings
        let rate = PatchReviewRate(changes: input.all, now: now, bots: BotMatcher(settings: settings),
                                   teams: TeamDirectory(settings: settings, groups: settings.organization.groups))
        blackHole(text(rate.report))
    } setup: {
        ReportInput.load()
    }

    Benchmark("openreviewstats over \(size) changes") { (benchmark: Benchmark, input: ReportInput) in
        let stats = OpenReviewStats(changes: input.open, now: now, days: 7)
        blackHole(text(stats.report))
    } setup: {
        ReportInput.load()
    }

    Benchmark("comments of each of \(size) changes") { (benchmark: Benchmark, input: ReportInput) in
        let options = CommentThreads.Options(bots: BotMatcher(settings: input.settings))
        var bytes = 0
        for change in input.all {
            bytes += text(CommentThreads(change: change, options: options).report).utf8.count
        }
        blackHole(bytes)
    } setup: {
        ReportInput.load()
    }
}
