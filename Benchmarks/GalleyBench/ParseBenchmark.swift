import GalleyCore
import GalleyHTML
import GalleyMarkdown

/// `parse`: the HTML parser alone, then HTML → Markdown conversions page by page with the whole
/// HTML reader (encoding, parse, DOM → AST), the Markdown writer and the freeing of each document
/// timed apart; single core, in-process, inputs in memory.
struct ParseBenchmark {
    let pages: BenchFiles
    let repeatCount: Int

    func run() throws -> BenchReport {
        let decoded = pages.files.map { page in HTMLEncoding.decode(page.bytes, as: HTMLEncoding.sniff(page.bytes).encoding) }
        var sink = 0
        var parseTimes: [Double] = []
        var readTimes: [Double] = []
        var writeTimes: [Double] = []
        var freeTimes: [Double] = []
        let reader = HTMLReader()
        let writer = try MarkdownWriter()
        for _ in 0..<repeatCount {
            parseTimes.append(BenchClock.seconds {
                for utf8 in decoded { sink &+= HTMLParser().parse(utf8).errors.count }
            })
            // One conversion after another, as `galley convert` does them: each page is read and
            // then written at once, and the two steps are timed apart.
            var read: UInt64 = 0
            var write: UInt64 = 0
            var free: UInt64 = 0
            for page in pages.files {
                let start = BenchClock.nanoseconds()
                var context = ConversionContext(sourceName: page.path)
                let document = try reader.read(Input(bytes: page.bytes, name: page.path), context: &context)
                let middle = BenchClock.nanoseconds()
                // Freeing the document's tree is timed on its own: it is neither step's work (the
                // driver leaves it to the process's end), and without the extended lifetime the
                // compiler frees it right after its last use, inside the writer's time.
                let end = withExtendedLifetime(document) {
                    sink &+= writer.render(document).count
                    return BenchClock.nanoseconds()
                }
                _ = consume document
                let freed = BenchClock.nanoseconds()
                read += middle - start
                write += end - middle
                free += freed - end
            }
            readTimes.append(Double(read) / 1e9)
            writeTimes.append(Double(write) / 1e9)
            freeTimes.append(Double(free) / 1e9)
        }
        let megabytes = Double(pages.byteCount) / 1e6
        let parse = BenchClock.median(parseTimes)
        let read = BenchClock.median(readTimes)
        let write = BenchClock.median(writeTimes)
        var report = BenchReport()
        report.add("pages", pages.files.count)
        report.add("bytes", pages.byteCount)
        report.add("parseMBps", megabytes / parse)
        report.add("astMBps", megabytes / read)
        report.add("markdownMBps", megabytes / (read + write))
        report.add("markdownPagesPerSecond", Double(pages.files.count) / (read + write))
        report.add("parseSeconds", parse)
        report.add("readSeconds", read)
        report.add("writeSeconds", write)
        report.add("freeSeconds", BenchClock.median(freeTimes))
        report.add("markdownShare", 100 * write / (read + write))
        report.add("checksum", sink & 0xffff)
        return report
    }
}
