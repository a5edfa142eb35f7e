import GalleyCore
import GalleyText
import Testing
import TestSupport

/// Every generated document writes as tidy text that the reader takes back without complaint.
@Suite struct RandomDocumentTextTests {
    @Test(arguments: [RenderProfile.LinkStyle.footnotes, .urls, .inline])
    func generatedDocumentsWriteTidyText(links: RenderProfile.LinkStyle) throws {
        for seed in UInt64(0)..<300 {
            var generator = RandomDocumentGenerator(seed: seed)
            let document = generator.document()
            var context = ConversionContext()
            let output = try TextWriter(options: .init(columns: 40, isStandalone: true, links: links))
                .write(document, profile: .standard, context: &context)
            guard case .text(let text) = output else {
                Issue.record("seed \(seed): not text")
                return
            }
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            guard text.hasSuffix("\n"), !text.hasSuffix("\n\n") || text == "\n",
                !lines.contains(where: { $0.hasSuffix(" ") })
            else {
                Issue.record("seed \(seed): untidy output\n\(text)")
                return
            }
            _ = try TextReader().read(Input(text), context: &context)
        }
    }
}
