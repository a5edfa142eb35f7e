import GalleyCore
import GalleyWire
import Testing

@Suite("DatelineParser")
struct DatelineParserTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var text: String
        var place: String?
        var date: String?
        var source: String?
        var printed: String
        var rest: String
        var testDescription: String { printed }
    }

    static let cases = [
        Case(text: "BAGHDAD, April 7 (Xinhua) -- The United States and Iraq agreed", place: "BAGHDAD",
            date: "April 7", source: "Xinhua", printed: "BAGHDAD, April 7 (Xinhua)", rest: "The United States and Iraq agreed"),
        Case(text: "ATLANTA (AP) _ Luol Deng scored 30 points", place: "ATLANTA", source: "AP",
            printed: "ATLANTA (AP)", rest: "Luol Deng scored 30 points"),
        Case(text: "Berlin (dpa) - Negotiations between German conservatives", place: "Berlin", source: "dpa",
            printed: "Berlin (dpa)", rest: "Negotiations between German conservatives"),
        Case(text: "LONDON (Reuters) - Marine insurers have raised", place: "LONDON", source: "Reuters",
            printed: "LONDON (Reuters)", rest: "Marine insurers have raised"),
        Case(text: "CHATHAM, Mass. (AP) _ A lobster died.", place: "CHATHAM, Mass.", source: "AP",
            printed: "CHATHAM, Mass. (AP)", rest: "A lobster died."),
        Case(text: "ROSCOE, South Dakota (AP) _ Robert Malsam", place: "ROSCOE, South Dakota", source: "AP",
            printed: "ROSCOE, South Dakota (AP)", rest: "Robert Malsam"),
        Case(text: "WASHINGTON, Nov. 13 (AP) — Senators met", place: "WASHINGTON", date: "Nov. 13", source: "AP",
            printed: "WASHINGTON, Nov. 13 (AP)", rest: "Senators met"),
        Case(text: "Frankfurt/Main (dpa) - Die Bahn erhöht", place: "Frankfurt/Main", source: "dpa",
            printed: "Frankfurt/Main (dpa)", rest: "Die Bahn erhöht"),
        Case(text: "Berlin (KNA) Die Bundestags-Kinderkommission hat", place: "Berlin", source: "KNA",
            printed: "Berlin (KNA)", rest: "Die Bundestags-Kinderkommission hat"),
        Case(text: "PARIS, 13 November (AFP) - Le gouvernement", place: "PARIS", date: "13 November", source: "AFP",
            printed: "PARIS, 13 November (AFP)", rest: "Le gouvernement"),
        Case(text: "Rio de Janeiro (dpa-AFX) - Petrobras", place: "Rio de Janeiro", source: "dpa-AFX",
            printed: "Rio de Janeiro (dpa-AFX)", rest: "Petrobras"),
        Case(text: "WASHINGTON — The Senate voted", place: "WASHINGTON", printed: "WASHINGTON", rest: "The Senate voted"),
    ]

    @Test(arguments: cases)
    func readsDatelines(_ test: Case) throws {
        let match = try #require(DatelineParser.parse(test.text))
        #expect(match.dateline.place == test.place)
        #expect(match.dateline.date == test.date)
        #expect(match.dateline.source == test.source)
        #expect(match.dateline.text == test.printed)
        #expect(match.rest == test.rest)
    }

    @Test(arguments: [
        "The president (left) said on Tuesday that talks would go on.",
        "Negotiations between German conservatives headed by Chancellor Angela Merkel and the left-leaning Social Democrats (SPD) on forming",
        "\"We will (not) stop,\" she said.",
        "Shares of Apple (AAPL)-based funds rose.",
        "It rained.",
        "",
        "(AP) _ a story without place",
        "Deng had 11 rebounds (a season high) - and McRoberts had 10 assists.",
    ])
    func leavesOtherParagraphsAlone(_ text: String) {
        #expect(DatelineParser.parse(text) == nil)
    }
}

@Suite("SignOff")
struct SignOffTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var text: String
        var rest: String
        var removed: [String]
        var endsStory: Bool
        var reporters: [String] = []
        var testDescription: String { removed.joined(separator: " ") }
    }

    static let cases = [
        Case(text: "mainly providing training to the Iraqi forces. Enditem", rest: "mainly providing training to the Iraqi forces.",
            removed: ["Enditem"], endsStory: true),
        Case(text: "The talks went on. END", rest: "The talks went on.", removed: ["END"], endsStory: true),
        Case(text: "Enditem", rest: "", removed: ["Enditem"], endsStory: true),
        Case(text: "Talks resume next week. -- Xinhua", rest: "Talks resume next week.", removed: ["-- Xinhua"],
            endsStory: false),
        Case(text: "the brokers said. (Reporting by Helen Park and Omar Said; Editing by Mark Jones)",
            rest: "the brokers said.", removed: ["(Reporting by Helen Park and Omar Said; Editing by Mark Jones)"],
            endsStory: false, reporters: ["Helen Park", "Omar Said"]),
        Case(text: "dpa wsz jln npr", rest: "", removed: ["dpa wsz jln npr"], endsStory: false),
        Case(text: "It ended. (end)", rest: "It ended.", removed: ["(end)"], endsStory: true),
    ]

    @Test(arguments: cases)
    func stripsSignOffs(_ test: Case) throws {
        let match = try #require(SignOff.strip(test.text))
        #expect(match.rest == test.rest)
        #expect(match.removed == test.removed)
        #expect(match.endsStory == test.endsStory)
        #expect(match.reporters == test.reporters)
    }

    @Test(arguments: [
        "The war ends", "He said the end was near.", "the talks on the end of the war", "Hawks: Host Milwaukee on Saturday night.",
        "It will be decided by the end of the week.", "in the city of light",
    ])
    func leavesSentencesAlone(_ text: String) {
        #expect(SignOff.strip(text) == nil)
    }
}

@Suite("SourceDateLine")
struct SourceDateLineTests {
    @Test(arguments: [
        ("Xinhua, April 8, 2021", "Xinhua", "2021-04-08"),
        ("0 Comment(s)Print E-mail Xinhua, April 8, 2021", "Xinhua", "2021-04-08"),
        ("dpa, 13 November 2013", "dpa", "2013-11-13"),
        ("China Daily | Nov. 13, 2013", "China Daily", "2013-11-13"),
    ])
    func readsSourceAndDate(_ line: String, _ source: String, _ date: String) throws {
        let match = try #require(SourceDateLine.parse(line))
        #expect(match.source == source)
        #expect(match.date == date)
    }

    @Test(arguments: ["April 31, 2021 was no day", "Xinhua, April 8", "The talks ended on April", "Xinhua, February 30, 2021"])
    func rejectsOtherLines(_ line: String) {
        #expect(SourceDateLine.parse(line) == nil)
    }
}

@Suite("DatelineParser dates")
struct DatelineDateTests {
    @Test func resolvesTheDateWithAYear() throws {
        let match = try #require(DatelineParser.parse("BAGHDAD, April 7 (Xinhua) -- Talks."))
        #expect(match.isoDate(fallbackYear: 2021) == "2021-04-07")
        #expect(match.isoDate(fallbackYear: nil) == nil)
        let dated = try #require(DatelineParser.parse("PARIS, 13 November 2013 (AFP) - Talks."))
        #expect(dated.isoDate(fallbackYear: 1999) == "2013-11-13")
    }
}
