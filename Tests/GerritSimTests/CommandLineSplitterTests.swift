import Testing
@testable import GerritSim

@Suite struct CommandLineSplitterTests {
    @Test func splitsOnWhitespace() throws {
        #expect(try CommandLineSplitter.split("gerrit  query\t--format=JSON status:open") ==
                ["gerrit", "query", "--format=JSON", "status:open"])
    }

    @Test func singleQuotesKeepEverythingLiterally() throws {
        #expect(try CommandLineSplitter.split(#"gerrit review -m 'a "b" \n $x' 1,2"#) ==
                ["gerrit", "review", "-m", #"a "b" \n $x"#, "1,2"])
    }

    @Test func doubleQuotesAllowEscapedQuoteAndBackslash() throws {
        #expect(try CommandLineSplitter.split(#"-m "say \"hi\" C:\\dir \n""#) == ["-m", #"say "hi" C:\dir \n"#])
    }

    @Test func backslashEscapesOutsideQuotes() throws {
        #expect(try CommandLineSplitter.split(#"a\ b c\"d"#) == ["a b", #"c"d"#])
    }

    @Test func adjacentPartsJoinIntoOneWord() throws {
        #expect(try CommandLineSplitter.split(#"message:"fix bug"x 'y'"z""#) == ["message:fix bugx", "yz"])
    }

    @Test func emptyQuotedWordIsKept() throws {
        #expect(try CommandLineSplitter.split(#"a "" b"#) == ["a", "", "b"])
    }

    @Test func unterminatedQuoteIsAnError() {
        #expect(throws: CommandLineSplitter.SplitError.self) { try CommandLineSplitter.split("a 'b") }
    }

    @Test func quoteRoundTripsHostileText() throws {
        let text = "Line 1 \"quoted\" $HOME `id` \\ back\n\nÜnïcödé 王伟 🚀 'single'"
        #expect(try CommandLineSplitter.split("gerrit review -m \(CommandLineSplitter.quote(text)) 1,1") ==
                ["gerrit", "review", "-m", text, "1,1"])
    }
}
