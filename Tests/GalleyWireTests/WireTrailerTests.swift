@testable import GalleyWire
import Testing

@Suite("Trailers and take keys")
struct WireTrailerTests {
    @Test(arguments: [
        ("131137 GMT Nov 13", "2013-11-13T11:37:00Z"),
        ("212101 GMT Nov 18", "2018-11-21T21:01:00Z"),
        ("041012 MEZ Dez 25", "2025-12-04T09:12:00Z"),
        ("010030 MEZ Jan 24", "2023-12-31T23:30:00Z"),
        ("151200 MESZ Juli 2024", "2024-07-15T10:00:00Z"),
        ("AP-WF-02-20-16 0337GMT<", "2016-02-20T03:37:00Z"),
        ("AP-NY-11-13-13 0745GMT", "2013-11-13T07:45:00Z"),
        ("16:35ET 31-10-14", "2014-10-31T20:35:00Z"),
        ("09:00ET 15-01-14", "2014-01-15T14:00:00Z"),
        ("131137 Nov 13", "2013-11-13"),
    ])
    func readsTrailers(_ text: String, _ iso: String) throws {
        let trailer = try #require(WireTrailer.parse(text))
        #expect(trailer.isoString == iso)
    }

    @Test func leavesOutAYearItCannotKnow() throws {
        let trailer = try #require(WireTrailer.parse("131137 GMT Nov"))
        #expect(trailer.isoString == nil)
        #expect(trailer.resolved(year: nil, referenceMinute: nil).isoString == nil)
        #expect(trailer.resolved(year: 2013, referenceMinute: nil).isoString == "2013-11-13T11:37:00Z")
        // 2014-01-10: November lies within half a year before it.
        let january = (CivilDate(year: 2014, month: 1, day: 10)?.minuteNumber)
        #expect(trailer.resolved(year: nil, referenceMinute: january).isoString == "2013-11-13T11:37:00Z")
    }

    @Test(arguments: ["", "dpa wsz", "GMT Nov 13", "999999 GMT Nov 13", "AP-WF-13-45-16 0337GMT"])
    func rejectsWhatIsNoDate(_ text: String) {
        #expect(WireTrailer.parse(text)?.isoString == nil)
    }

    @Test(arguments: ["EXTRA", "REFILE", "1ST LEAD", "REFILE-UPDATE 1", "1ST LEAD, EXTRA", "(Achtung)", "Eilmeldung",
        "1. Zusammenfassung", "CORRECTED", "2nd Ld-Writethru"])
    func recognisesTakeKeys(_ line: String) {
        #expect(TakeKey.isTakeKey(line))
    }

    @Test(arguments: ["Peace talks on Yemen to take place in Sweden", "Impressum", "Germany-politics", "Update on talks"])
    func leavesHeadlinesAlone(_ line: String) {
        #expect(!TakeKey.isTakeKey(line))
    }

    @Test(arguments: [("f", 1), ("b", 2), ("u", 3), ("r", 4), ("d", 5), ("a", 6), ("F", 1)])
    func ranksANPAPriorities(_ code: String, _ rank: Int) {
        #expect(ANPAPriority.rank(code) == rank)
    }

    @Test func daylightSavingFollowsUSRules() throws {
        let summer = try #require(CivilDate(year: 2016, month: 7, day: 1, hour: 12))
        let winter = try #require(CivilDate(year: 2016, month: 12, day: 1, hour: 12))
        #expect(TimeZoneAbbreviation.seasonalOffset("ET", local: summer) == -240)
        #expect(TimeZoneAbbreviation.seasonalOffset("ET", local: winter) == -300)
    }
}
