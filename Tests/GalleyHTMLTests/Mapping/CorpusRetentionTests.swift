import Foundation
import GalleyCore
import Testing

@testable import GalleyHTML

/// Reads every page of the extraction corpus whole and checks that its text keeps the snippets
/// the manifest says an article must contain ("with"): the reader may not lose text.
///
/// Slow (about a minute in debug builds): runs only with `GALLEY_SLOW=1`. The corpus is looked up
/// at `$GALLEY_CORPUS` or `shared/corpus/extraction-dev` next to the package or its parent;
/// pages are decompressed with `gzip`.
@Suite("Extraction corpus: text retention", .enabled(if: ProcessInfo.processInfo.environment["GALLEY_SLOW"] == "1"))
struct CorpusRetentionTests {
    static var corpus: URL? {
        let root = HTML5LibEncodingFixtures.packageRoot
        var candidates: [URL] = []
        if let variable = ProcessInfo.processInfo.environment["GALLEY_CORPUS"] { candidates.append(URL(fileURLWithPath: variable)) }
        candidates.append(root.appendingPathComponent("../shared/corpus/extraction-dev"))
        candidates.append(root.appendingPathComponent("../../shared/corpus/extraction-dev"))
        return candidates.first { FileManager.default.fileExists(atPath: $0.appendingPathComponent("manifest.json").path) }
    }

    /// Whitespace-collapsed, NFC text (the scoring script's normalisation).
    static func normalized(_ text: String) -> String {
        text.precomposedStringWithCanonicalMapping.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    static func gunzip(_ url: URL) throws -> [UInt8] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["gzip", "-dc", url.path]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Array(data)
    }

    @Test func keepsNinetyNinePercentOfSnippets() throws {
        let corpus = try #require(Self.corpus, "extraction corpus not found: set GALLEY_CORPUS to shared/corpus/extraction-dev")
        let manifestData = try Data(contentsOf: corpus.appendingPathComponent("manifest.json"))
        let manifest = try #require(try JSONSerialization.jsonObject(with: manifestData) as? [String: [String: Any]])
        var total = 0
        var kept = 0
        var missing: [String] = []
        for id in manifest.keys.sorted() {
            let bytes = try Self.gunzip(corpus.appendingPathComponent("html/\(id).html.gz"))
            var context = ConversionContext()
            let url = manifest[id]?["url"] as? String
            let document = try HTMLReader().read(Input(bytes: bytes, name: id, url: url), context: &context)
            let text = Self.normalized((document.metadata.title ?? "") + "\n" + document.plainText)
            for snippet in manifest[id]?["with"] as? [String] ?? [] {
                let wanted = Self.normalized(snippet)
                guard !wanted.isEmpty else { continue }
                total += 1
                if text.contains(wanted) { kept += 1 } else { missing.append("\(id): \(wanted.prefix(60))") }
            }
        }
        let share = Double(kept) / Double(max(total, 1))
        #expect(share >= 0.99, "kept \(kept) of \(total) snippets; first missing:\n\(missing.prefix(20).joined(separator: "\n"))")
    }
}
