import Testing
@testable import GerritModel

@Suite struct GerritQueryTests {
    @Test(arguments: [
        ("openstack/nova", "openstack/nova"),
        ("Code-Review>=1", "Code-Review>=1"),
        ("^platform/.*", "^platform/.*"),
        ("jane.doe@example.org", "jane.doe@example.org"),
        ("Jüri", "Jüri"),
        ("fix the build", #""fix the build""#),
        ("", #""""#),
        ("a:b", #""a:b""#),
        ("(x)", #""(x)""#),
        ("{braces}", #""{braces}""#),
        ("-leading", #""-leading""#),
        ("AND", #""AND""#),
        ("or", #""or""#),
        (#"say "hi""#, #"{say "hi"}"#),
        (#"C:\path"#, #"{C:\path}"#),
        (#"{"both"}"#, #""{\"both\"}""#),
        (#"{back\slash}"#, #""{back\\slash}""#),
    ])
    func valuesAreQuotedOnlyWhenNeeded(value: String, quoted: String) {
        #expect(GerritQuery.quote(value) == quoted)
    }

    @Test func termsRenderAsOperatorColonValue() {
        #expect(GerritQuery.status("open").rendered == "status:open")
        #expect(GerritQuery.topic("").rendered == #"topic:"""#)
        #expect(GerritQuery.message("fix the build").rendered == #"message:"fix the build""#)
        #expect(GerritQuery.label("Code-Review", .atLeast, 1).rendered == "label:Code-Review>=1")
        #expect(GerritQuery.label("Code-Review", .equal, 2).rendered == "label:Code-Review=+2")
        #expect(GerritQuery.label("Verified", .equal, -1).rendered == "label:Verified=-1")
        #expect(GerritQuery.label("Verified", .equal, 0).rendered == "label:Verified=0")
        #expect(GerritQuery.newerThan("2d").rendered == "-age:2d")
        #expect(GerritQuery.age("1w").rendered == "age:1w")
        #expect(GerritQuery.limit(500).rendered == "limit:500")
        #expect(GerritQuery.change(1001).rendered == "change:1001")
        #expect(GerritQuery.is("wip").rendered == "is:wip")
        #expect(GerritQuery.file("src/a b.c").rendered == #"file:"src/a b.c""#)
        #expect(GerritQuery.resumeSortKey("0017e78f0000027d").rendered == "resume_sortkey:0017e78f0000027d")
    }

    @Test func combinatorsAddParenthesesOnlyWhereNeeded() {
        let q = GerritQuery.allOf(
            .limit(500),
            .anyOf(.branch("master"), .branch("stable")),
            .not(.reviewer("me")),
            .not(.anyOf(.owner("a"), .owner("b"))),
            .raw("is:open OR is:merged"),
            .status("open"))
        #expect(q.rendered == "limit:500 AND (branch:master OR branch:stable) AND NOT reviewer:me AND NOT (owner:a OR owner:b) AND (is:open OR is:merged) AND status:open")
        #expect(q.description == q.rendered)
        let or = GerritQuery.anyOf(.allOf(.project("p"), .status("open")), .change(7))
        #expect(or.rendered == "(project:p AND status:open) OR change:7")
    }

    @Test func emptyPartsVanish() {
        #expect(GerritQuery.and([]).rendered == "")
        #expect(GerritQuery.allOf(.or([]), .status("open")).rendered == "status:open")
        #expect(GerritQuery.allOf(.anyOf(.project("p"))).rendered == "project:p")
        #expect(GerritQuery.not(.and([])).rendered == "")
        #expect(GerritQuery.allOf(.raw("  "), .is("open")).rendered == "is:open")
    }

    @Test func renderingIsDeterministic() {
        let make = { GerritQuery.allOf(.project("a b"), .anyOf(.owner(#"x"y"#), .topic("{t}")), .not(.hashtag("h"))) }
        #expect(make().rendered == make().rendered)
        #expect(make() == make())
        #expect(make().rendered == #"project:"a b" AND (owner:{x"y} OR topic:"{t}") AND NOT hashtag:h"#)
    }
}
