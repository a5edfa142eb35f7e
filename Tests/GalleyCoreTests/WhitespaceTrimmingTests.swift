import GalleyCore
import Testing

@Suite struct WhitespaceTrimmingTests {
    @Test func trimmingWhitespaceTakesUnicodeSpacesFromBothEnds() {
        #expect(" \u{A0}\tJane Roe\u{2003}\n".trimmingWhitespace() == "Jane Roe")
        #expect("  ".trimmingWhitespace() == "")
        #expect("a b".trimmingWhitespace() == "a b")
        #expect("x, y"[...].trimmingWhitespace() == "x, y")
    }
}
