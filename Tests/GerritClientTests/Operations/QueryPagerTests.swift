@testable import GerritClient
import GerritModel
import GerritRemote
import Testing

@Suite struct QueryPagerTests {
    @Test func newServersPageWithStartUntilMoreChangesIsFalse() {
        var pager = QueryPager(query: "status:open", limit: nil)
        let first = pager.nextRequest()
        #expect(first == .init(page: 1, start: nil, queryText: "limit:500 status:open", rowBudget: nil, pageLimit: 500))
        #expect(pager.finishPage(rows: 500, lastSortKey: nil, stats: QueryStats(rowCount: 500, moreChanges: true),
                                 requestedLimit: nil) == .nextPage)
        #expect(pager.nextRequest().start == 500)
        #expect(pager.finishPage(rows: 500, lastSortKey: nil, stats: QueryStats(rowCount: 500, moreChanges: true),
                                 requestedLimit: nil) == .nextPage)
        #expect(pager.nextRequest().start == 1000)
        #expect(pager.finishPage(rows: 234, lastSortKey: nil, stats: QueryStats(rowCount: 234, moreChanges: false),
                                 requestedLimit: nil) == .done)
    }

    @Test func oldServersResumeFromTheStatsRowKey() {
        var pager = QueryPager(query: "status:open project:a", limit: nil)
        _ = pager.nextRequest()
        #expect(pager.finishPage(rows: 500, lastSortKey: "00aa", stats: QueryStats(rowCount: 500, resumeSortKey: "00ab"),
                                 requestedLimit: nil) == .nextPage)
        let second = pager.nextRequest()
        #expect(second.start == nil)
        #expect(second.queryText == "limit:500 resume_sortkey:00ab (status:open project:a)")
        #expect(pager.finishPage(rows: 12, lastSortKey: "0001", stats: QueryStats(rowCount: 12), requestedLimit: nil) == .done)
    }

    @Test func aLimitIsPushedIntoEveryPageAndStopsPaging() {
        var pager = QueryPager(query: "is:open OR is:merged", limit: 734)
        // A page never asks for more than Gerrit's default cap; the rest comes on later pages.
        #expect(pager.nextRequest().queryText == "limit:500 (is:open OR is:merged)")
        #expect(pager.finishPage(rows: 500, lastSortKey: nil, stats: QueryStats(rowCount: 500, moreChanges: true),
                                 requestedLimit: 500) == .nextPage)
        let second = pager.nextRequest()
        #expect(second.queryText == "limit:234 (is:open OR is:merged)")
        #expect(second.start == 500)
        #expect(second.rowBudget == 234)
        #expect(pager.finishPage(rows: 234, lastSortKey: nil, stats: QueryStats(rowCount: 234, moreChanges: true),
                                 requestedLimit: 234) == .done)
    }

    @Test func aFullPageWithoutPagingHintsAsksForTheVersion() {
        var pager = QueryPager(query: "status:open", limit: nil)
        _ = pager.nextRequest()
        #expect(pager.finishPage(rows: 500, lastSortKey: "0abc", stats: QueryStats(rowCount: 500),
                                 requestedLimit: nil) == .needsVersion)
        #expect(pager.resolve(serverStyle: .sortKey) == .nextPage)
        #expect(pager.nextRequest().queryText == "limit:500 resume_sortkey:0abc status:open")
        // Resolved by version, paging goes on until a page is empty.
        #expect(pager.finishPage(rows: 500, lastSortKey: "0abd", stats: QueryStats(rowCount: 500),
                                 requestedLimit: nil) == .nextPage)
        #expect(pager.nextRequest().queryText == "limit:500 resume_sortkey:0abd status:open")
        #expect(pager.finishPage(rows: 0, lastSortKey: nil, stats: QueryStats(rowCount: 0), requestedLimit: nil) == .done)
    }

    @Test func aLeadingDashIsNeverReadAsAnOption() {
        var pager = QueryPager(query: "-age:2m", limit: nil)
        #expect(pager.nextRequest().queryText == "limit:500 -age:2m")
        var limited = QueryPager(query: "-age:2m", limit: 5)
        #expect(limited.nextRequest().queryText == "limit:5 -age:2m")
    }

    @Test func anEmptyQueryStillSendsTheLimitNeverAnEmptyWord() {
        // Gerrit refuses an empty query ("query is required"); the original sent limit:500 pages.
        var pager = QueryPager(query: "  ", limit: nil)
        #expect(pager.nextRequest().queryText == "limit:500")
        #expect(pager.finishPage(rows: 500, lastSortKey: nil, stats: QueryStats(rowCount: 500, moreChanges: true),
                                 requestedLimit: 500) == .nextPage)
        let second = pager.nextRequest()
        #expect(second.queryText == "limit:500" && second.start == 500)
        var limited = QueryPager(query: "", limit: 20)
        #expect(limited.nextRequest().queryText == "limit:20")
    }

    @Test func aShortPageWithoutHintsIsTheLastOne() {
        var pager = QueryPager(query: "status:open", limit: nil)
        _ = pager.nextRequest()
        #expect(pager.finishPage(rows: 17, lastSortKey: nil, stats: QueryStats(rowCount: 17), requestedLimit: nil) == .done)
        var missingStats = QueryPager(query: "status:open", limit: nil)
        _ = missingStats.nextRequest()
        #expect(missingStats.finishPage(rows: 500, lastSortKey: nil, stats: nil, requestedLimit: nil) == .done)
    }

    @Test func versionsPickThePagingStyle() {
        #expect(GerritVersion(parsing: "gerrit version 2.8.6")?.pagingStyle == .sortKey)
        #expect(GerritVersion(parsing: "gerrit version 2.10")?.pagingStyle == .start)
        #expect(GerritVersion(parsing: "gerrit version v3.9.1-12-gabc1234")?.patch == 1)
        #expect(GerritVersion(parsing: "gerrit version 3.9.1-12-gabc1234")?.raw == "3.9.1-12-gabc1234")
        #expect(GerritVersion(parsing: "gerrit version unknown") == nil)
    }
}
