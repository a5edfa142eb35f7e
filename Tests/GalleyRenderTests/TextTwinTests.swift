import GalleyCore
import GalleyRender
import GalleyText
import Testing

@Suite("The text writer as the print page's plain-text twin")
struct TextTwinTests {
    @Test("With a print profile the text writer wraps at the measure and lists link targets at the end",
          arguments: [BuiltinProfiles.printA4, BuiltinProfiles.printLetter])
    func textTwin(profile: RenderProfile) throws {
        var context = ConversionContext()
        let output = try TextWriter().write(RenderFixtures.article, profile: profile, context: &context)
        let text = String(decoding: output.bytes, as: UTF8.self)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        for line in lines where !line.hasPrefix("    ") && !line.contains("://") {
            #expect(line.count <= profile.measure, "longer than the measure: \(line)")
        }
        let statement = try #require(lines.firstIndex { $0.contains("https://example.com/statement") })
        let background = try #require(lines.firstIndex { $0.contains("Background") })
        #expect(statement > background, "link targets should be listed after the body")
        #expect(text.contains("the statement[1]") || text.contains("the statement [1]"))
    }
}
