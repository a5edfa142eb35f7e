@testable import GalleyPasses
import Testing

/// The stop-word lists' look-up by language tag, and the lower-casing shortcuts the extraction
/// uses instead of `String.lowercased()`.
@Suite struct StopWordsTests {
    @Test func everyListIsFoundByItsTagWithOrWithoutARegion() {
        for language in StopWords.all {
            #expect(StopWords.language(for: language.code)?.code == language.code)
            #expect(StopWords.language(for: language.code.uppercased() + "-XY")?.code == language.code)
            #expect(StopWords.language(for: language.code + "_Hant")?.code == language.code)
        }
        #expect(StopWords.language(for: "xx") == nil)
        #expect(StopWords.language(for: nil) == nil)
    }

    /// The scalars `UTF8Decoding.commonLowercase` answers for without Unicode's tables are
    /// lower-cased exactly as `String.lowercased()` does.
    @Test func lowerCasingShortcutsAgreeWithUnicode() {
        let ranges: [ClosedRange<UInt32>] = [0x80...0x7FF, 0x900...0xDFF, 0x3000...0x9FFF, 0xAC00...0xD7A3]
        var checked = 0
        var differing: [UInt32] = []
        for range in ranges {
            for value in range {
                guard UTF8Decoding.commonLowercase(value) != nil, let scalar = Unicode.Scalar(value) else { continue }
                let text = String(Character(scalar))
                checked += 1
                if UTF8Decoding.lowercased(text) != Array(text.lowercased().utf8) { differing.append(value) }
            }
        }
        #expect(checked > 40_000)
        #expect(differing.isEmpty, "lower-cased differently: \(differing.prefix(10).map { String($0, radix: 16) })")
    }
}
