import Foundation
import GalleyCore
import GalleyMarkdown
import Testing
import TestSupport

/// Writing speed: 1,000 random documents, written five times. Runs with GALLEY_BENCH=1, best in
/// a release build: `GALLEY_BENCH=1 swift test -c release --filter MarkdownBenchmarkTests`.
@Suite struct MarkdownBenchmarkTests {
    @Test func writingSpeed() throws {
        guard ProcessInfo.processInfo.environment["GALLEY_BENCH"] != nil else { return }
        let random = (0..<1000).map { seed -> Document in
            var generator = RandomDocumentGenerator(seed: UInt64(seed), maximumDepth: 4)
            return generator.document()
        }
        // News prose: paragraphs of ordinary words with a little emphasis and a link.
        let words = ["the", "coalition", "said", "on", "Tuesday", "that", "talks", "would", "resume", "after", "holiday,", "officials", "in", "Baghdad", "told", "reporters."]
        var random64 = SeededRandom(seed: 7)
        let prose = (0..<1000).map { _ -> Document in
            Document(blocks: (0..<12).map { _ in
                let text = (0..<60).map { _ in words[Int(random64.next() % UInt64(words.count))] }.joined(separator: " ")
                return .paragraph([.text(text), .text(" "), .emphasis([.text("quoted")]), .text(" and "),
                                   .link(Link(url: "https://example.com/a", content: [.text("a source")])), .text(".")])
            })
        }
        for (name, documents) in [("random", random), ("prose", prose)] {
        for flavor in MarkdownWriter.Options.Flavor.allCases {
            let writer = try MarkdownWriter(options: .init(flavor: flavor))
            var best = Double.infinity
            var bytes = 0
            for _ in 0..<5 {
                bytes = 0
                let start = DispatchTime.now().uptimeNanoseconds
                for document in documents { bytes += writer.render(document).count }
                let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
                best = min(best, seconds)
            }
            let megabytes = Double(bytes) / 1_000_000
            print("markdown benchmark \(name) \(flavor.rawValue): 1000 documents, \(String(format: "%.2f", megabytes)) MB in \(String(format: "%.3f", best)) s = \(String(format: "%.1f", megabytes / best)) MB/s, \(String(format: "%.0f", 1000 / best)) documents/s")
        }
        }
    }
}
