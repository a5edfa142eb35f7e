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
        let documents = (0..<1000).map { seed -> Document in
            var generator = RandomDocumentGenerator(seed: UInt64(seed), maximumDepth: 4)
            return generator.document()
        }
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
            print("markdown benchmark \(flavor.rawValue): 1000 documents, \(String(format: "%.2f", megabytes)) MB in \(String(format: "%.3f", best)) s = \(String(format: "%.1f", megabytes / best)) MB/s, \(String(format: "%.0f", 1000 / best)) documents/s")
        }
    }
}
