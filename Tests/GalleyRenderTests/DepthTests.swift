import GalleyCore
import GalleyRender
import Testing

@Suite("Documents at the maximum depth")
struct DepthTests {
    /// Block quotes nested to the maximum depth around emphasis nested just as deep.
    static let deep: Document = {
        var inline: [Inline] = [.text("deep text")]
        for _ in 0..<Document.maximumDepth / 2 { inline = [.emphasis(inline)] }
        var block: Block = .paragraph(inline)
        for _ in 0..<Document.maximumDepth / 2 { block = .blockQuote([block]) }
        return Document(metadata: Metadata(title: "Deep"), blocks: [block])
    }()

    @Test("Print and e-mail write deeply nested documents")
    func deep() throws {
        var context = ConversionContext(timestamp: 0)
        let page = PrintWriter().render(Self.deep, profile: BuiltinProfiles.printA4, context: &context)
        #expect(page.contains("deep text"))
        let message = try EmailWriter().write(Self.deep, profile: BuiltinProfiles.email, context: &context).bytes
        for line in message.split(separator: 0x0A) { #expect(line.count <= 78) }
        let report = try #require(try MailCheck.parse(message))
        #expect(report.defects.isEmpty)
        #expect(report.parts.first { $0.type == "text/plain" }?.text?.contains("deep text") == true)
    }
}
