import Foundation
import GalleyCore
import GalleyEPUB
import TestSupport

/// Builds EPUBs for tests and reads them back.
enum EPUBFixtures {
    /// 2021-04-08T00:00:00Z.
    static let timestamp: Int64 = 1_617_840_000

    /// The profile the tests write with (the `ereader` profile lives in another module).
    static let profile = RenderProfile(name: "ereader", baseFontSize: 11, scale: 1.25, lineHeight: 1.5, measure: 60)

    /// Writes `document` as EPUB bytes.
    static func epub(
        _ document: Document, timestamp: Int64? = EPUBFixtures.timestamp, options: EPUBWriter.Options = .init(),
        resources: [String: [UInt8]] = [:]
    ) throws -> [UInt8] {
        var context = ConversionContext(timestamp: timestamp, targetFormat: "epub")
        if !resources.isEmpty { context.loadResource = { resources[$0] } }
        let output = try EPUBWriter(options: options).write(document, profile: profile, context: &context)
        return output.bytes
    }

    /// Writes EPUBs into a new temporary folder and returns their URLs.
    static func files(_ epubs: [(name: String, bytes: [UInt8])], in directory: URL) throws -> [URL] {
        try epubs.map { epub in
            let url = directory.appendingPathComponent(epub.name + ".epub")
            try Data(epub.bytes).write(to: url)
            return url
        }
    }

    /// One entry's text, read with `unzip -p`.
    static func entry(_ name: String, in file: URL) throws -> String {
        try ExternalTool.run("unzip", ["-p", file.path, name]).text
    }

    /// The seed article as a document: the first line is the title, blank lines separate
    /// paragraphs (a plain reading, independent of the text reader).
    static func seedDocument() throws -> Document {
        let text = try String(contentsOf: seedFile, encoding: .utf8)
        var paragraphs = text.components(separatedBy: "\n\n").map {
            $0.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        }.filter { !$0.isEmpty }
        let title = paragraphs.removeFirst()
        return Document(
            metadata: Metadata(
                title: title, date: "2021-04-08", source: "Xinhua", url: "http://www.china.org.cn/world/2021-04/08/content_77385478.htm",
                language: "en"),
            blocks: paragraphs.map { .paragraph([.text($0)]) })
    }

    /// The seed article (Samples/text, a copy of the corpus seed).
    static let seedFile = PackagePaths.sample("text/seed-xinhua-iraq.txt")

    /// Whether slow suites should run in full (`GALLEY_SLOW=1`).
    static var isSlow: Bool { ProcessInfo.processInfo.environment["GALLEY_SLOW"] == "1" }
}
