@testable import GalleyPasses
import Testing

/// The phrase search and the packed words that the extraction's hot paths use instead of
/// `String.contains` and `Set<String>`.
@Suite struct ByteSearchTests {
    static func matches(_ set: ByteNeedleSet, in text: String, range: Range<Int>? = nil) -> [Int] {
        var found: [Int] = []
        set.forEachMatch(in: Array(text.utf8), range: range) { index in
            found.append(index)
            return true
        }
        return found
    }

    @Test func findsEveryOccurrenceInOrderOfPosition() {
        let set = ByteNeedleSet(["share", "sharing", "ha", "are"])
        // "sharing" holds "sharing" at 0 and "ha" at 1, but not "share" or "are".
        #expect(Self.matches(set, in: "sharing") == [1, 2])
        #expect(Self.matches(set, in: "share this") == [0, 2, 3])
        #expect(Self.matches(set, in: "ha ha") == [2, 2])
    }

    @Test func phrasesLongerThanOneWordAndAtTheVeryEnd() {
        let set = ByteNeedleSet(["newsletter abonnieren", "ab", "xy"])
        #expect(Self.matches(set, in: "jetzt newsletter abonnieren") == [0, 1])
        #expect(Self.matches(set, in: "newsletter abonniere") == [1])
        #expect(Self.matches(set, in: "zzxy") == [2])
        #expect(Self.matches(set, in: "x") == [])
        #expect(Self.matches(set, in: "") == [])
    }

    @Test func aRangeBoundsTheMatches() {
        let set = ByteNeedleSet(["comment", "nav"])
        // "nav" at 0 and "comment" at 4 lie outside 1..<10; "comment" is cut by the range's end.
        #expect(Self.matches(set, in: "nav-comments", range: 1..<10) == [])
        #expect(Self.matches(set, in: "nav-comments", range: 4..<11) == [0])
        #expect(Self.matches(set, in: "nav-comments", range: 0..<3) == [1])
        #expect(set.occursAny(in: Array("the nav bar".utf8)))
        #expect(!set.occursAny(in: Array("the navigator".utf8), range: 0..<5))
    }

    @Test func multiByteAndStopping() {
        let set = ByteNeedleSet(["©", "評論", "kommentar"])
        #expect(Self.matches(set, in: "© 2024 評論") == [0, 1])
        var seen = 0
        let finished = set.forEachMatch(in: Array("kommentar kommentar".utf8)) { _ in
            seen += 1
            return false
        }
        #expect(!finished && seen == 1)
    }

    @Test func packedWordsMatchWholeWordsOnly() {
        let set = PackedWordSet(words: ["nav", "breadcrumbs", "sixteen-letters!"])
        #expect(set.contains(PackedWord(ArraySlice("nav".utf8))))
        #expect(!set.contains(PackedWord(ArraySlice("navs".utf8))))
        #expect(set.contains(PackedWord(ArraySlice("breadcrumbs".utf8))))
        #expect(set.contains(PackedWord(ArraySlice("sixteen-letters!".utf8))))
        // Seventeen bytes: too long to pack, so in no set.
        #expect(!set.contains(PackedWord(ArraySlice("sixteen-letters!!".utf8))))
        #expect(PackedWord(literal: "tag") == PackedWord(ArraySlice("tag".utf8)))
    }
}
