import Foundation
import GalleyCore
import Testing
import TestSupport

@Suite("pandoc and unzip read Galley EPUBs")
struct PandocReadBackTests {
    /// Letters and digits only, so that wrapping and punctuation styles do not matter.
    private func words(_ text: String) -> String {
        String(text.unicodeScalars.filter { $0.properties.isAlphabetic || $0.properties.numericType != nil }.map(Character.init))
    }

    @Test("pandoc -f epub -t plain gives back the seed article's text, and unzip -t passes")
    func seed() throws {
        guard ExternalTool.find("pandoc") != nil else {
            Issue.record("pandoc is missing: install the Debian package 'pandoc'")
            return
        }
        guard ExternalTool.find("unzip") != nil else {
            Issue.record("unzip is missing: install the Debian package 'unzip'")
            return
        }
        let document = try EPUBFixtures.seedDocument()
        let directory = try PackagePaths.temporaryDirectory("pandoc")
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = try EPUBFixtures.files([("seed", try EPUBFixtures.epub(document))], in: directory)[0]
        let unzip = try ExternalTool.run("unzip", ["-t", file.path])
        #expect(unzip.status == 0, "\(unzip.text)")
        let pandoc = try ExternalTool.run("pandoc", ["-f", "epub", "-t", "plain", "--wrap=none", file.path])
        #expect(pandoc.status == 0, "\(pandoc.standardError)")
        let body = words(document.plainText)
        let readBack = words(pandoc.text)
        #expect(readBack.contains(body), "pandoc's text differs from the document's body")
    }
}
