import Testing
@testable import Config

@Suite struct IniDocumentTests {
    let location = ConfigLocation(file: "/home/tester/x.ini", displayFile: "~/x.ini", line: 0)

    func parse(_ text: String) throws(ConfigError) -> IniDocument {
        try IniDocument.parse(text, location: location)
    }

    @Test func equalsAndColonBothSeparateKeyFromValue() throws {
        let doc = try parse("[s]\na = 1\nb: 2\nc=x=y\nd : http://h:8080\n")
        #expect(try doc.value("a", in: "s")?.value == "1")
        #expect(try doc.value("b", in: "s")?.value == "2")
        #expect(try doc.value("c", in: "s")?.value == "x=y")
        // Split at the first of = or :, as configparser does.
        #expect(try doc.value("d", in: "s")?.value == "http://h:8080")
    }

    @Test func commentLinesAreSkippedButInlineHashesAreKept() throws {
        let doc = try parse("# top\n; also\n[s]\n  # indented comment\na = b # not a comment\n;c = d\n")
        #expect(try doc.value("a", in: "s")?.value == "b # not a comment")
        #expect(try doc.value("c", in: "s") == nil)
    }

    @Test func keysAreCaseInsensitiveAndSectionsAreNot() throws {
        let doc = try parse("[Server]\nHostName = h\n[server]\nhostname = lower\n")
        #expect(try doc.value("HOSTNAME", in: "Server")?.value == "h")
        #expect(try doc.value("hostname", in: "server")?.value == "lower")
        #expect(doc.sectionNames == ["Server", "server"])
    }

    @Test func continuationLinesJoinWithNewlinesAndKeepBlankLinesInside() throws {
        let doc = try parse("[s]\nlist = a,\n  b,\n\n  c\n\nnext = 1\n")
        let value = try #require(try doc.value("list", in: "s"))
        #expect(value.value == "a,\nb,\n\nc")
        #expect(value.list == ["a", "b", "c"])
        #expect(value.location.line == 2)
        #expect(try doc.value("next", in: "s")?.location.line == 7)
    }

    @Test func everyValueKnowsItsLine() throws {
        let doc = try parse("\n[s]\n\na = 1\n# c\nb = 2\n")
        #expect(try doc.value("a", in: "s")?.location.description == "~/x.ini:4")
        #expect(try doc.value("b", in: "s")?.location.line == 6)
        #expect(doc.section("s")?.location.line == 2)
    }

    @Test func duplicateKeysLaterWinsAndBothAreKept() throws {
        let doc = try parse("[s]\na = 1\nb = x\nA = 2\n")
        #expect(try doc.value("a", in: "s")?.value == "2")
        #expect(try doc.value("a", in: "s")?.location.line == 4)
        #expect(doc.section("s")?.occurrences(of: "a").map(\.location.line) == [2, 4])
        #expect(doc.section("s")?.keys == ["a", "b"])
    }

    @Test func repeatedSectionsMerge() throws {
        let doc = try parse("[s]\na = 1\n[t]\n[s]\nb = 2\n")
        #expect(doc.sectionNames == ["s", "t"])
        #expect(try doc.values(in: "s").map(\.key) == ["a", "b"])
    }

    @Test func interpolationUsesTheSectionThenDefault() throws {
        let doc = try parse("""
        [DEFAULT]
        base = openstack
        [s]
        dir = /srv
        path = %(dir)s/%(BASE)s/nova
        """)
        #expect(try doc.value("path", in: "s")?.value == "/srv/openstack/nova")
        #expect(try doc.value("base", in: "s")?.value == "openstack")
        // Defaults are visible but are not the section's own keys.
        #expect(try doc.values(in: "s").map(\.key) == ["dir", "path"])
    }

    @Test func doublePercentIsALiteralPercent() throws {
        let doc = try parse("[s]\nq = message:\"100%% done\"\n")
        #expect(try doc.value("q", in: "s")?.value == "message:\"100% done\"")
    }

    @Test func aLonePercentIsAnErrorAtItsLine() throws {
        let doc = try parse("[s]\n\nq = 100% done\n")
        #expect(throws: ConfigError.self) { try doc.value("q", in: "s") }
        do {
            _ = try doc.value("q", in: "s")
        } catch {
            #expect(error.description.hasPrefix("~/x.ini:3: [s] q: a % must be followed by % or (name)s"))
        }
    }

    @Test func missingInterpolationNameIsAnError() throws {
        let doc = try parse("[s]\np = %(nope)s\n")
        do {
            _ = try doc.value("p", in: "s")
            Issue.record("expected an error")
        } catch {
            #expect(error.description == "~/x.ini:2: [s] p: \"%(nope)s\" refers to a key that is not in [s] or [DEFAULT]")
        }
    }

    @Test func selfReferenceStopsWithAnError() throws {
        let doc = try parse("[s]\na = %(b)s\nb = %(a)s\n")
        #expect(throws: ConfigError.self) { try doc.value("a", in: "s") }
    }

    @Test func keyBeforeAnySectionIsAnError() {
        do {
            _ = try parse("a = 1\n")
            Issue.record("expected an error")
        } catch {
            #expect(error.description == "~/x.ini:1: \"a = 1\" comes before any [section] header")
        }
    }

    @Test func lineWithoutSeparatorIsAnError() {
        do {
            _ = try parse("[s]\njust words\n")
            Issue.record("expected an error")
        } catch {
            #expect(error.line == 2)
            #expect(error.section == "s")
            #expect(error.description.contains("is not a [section] header, a comment or key = value"))
        }
    }

    @Test func crlfAndByteOrderMarkAreTolerated() throws {
        let doc = try parse("\u{FEFF}[s]\r\na = 1\r\n")
        #expect(try doc.value("a", in: "s")?.value == "1")
    }

    @Test func emptyValueIsKept() throws {
        let doc = try parse("[s]\na =\n")
        #expect(try doc.value("a", in: "s")?.value == "")
    }
}
