import GalleyCore
import GalleyHTML
import GalleyMarkdown

/// `parse`: the HTML parser alone, the whole HTML reader (encoding, parse, DOM → AST), and the
/// Markdown writer on the reader's documents; single core, in-process, inputs in memory.
struct ParseBenchmark {
    let pages: BenchFiles
    let repeatCount: Int

    func run() throws -> BenchReport {
        let decoded = pages.files.map { page in HTMLEncoding.decode(page.bytes, as: HTMLEncoding.sniff(page.bytes).encoding) }
        var sink = 0
        var parseTimes: [Double] = []
        var readTimes: [Double] = []
        var writeTimes: [Double] = []
        let reader = HTMLReader()
        let writer = try MarkdownWriter()
        var documents: [Document] = []
        for round in 0..<repeatCount {
            parseTimes.append(BenchClock.seconds {
                for utf8 in decoded { sink &+= HTMLParser().parse(utf8).errors.count }
            })
            var read: [Document] = []
            read.reserveCapacity(pages.files.count)
            readTimes.append(try BenchClock.seconds {
                for page in pages.files {
                    var context = ConversionContext(sourceName: page.path)
                    read.append(try reader.read(Input(bytes: page.bytes, name: page.path), context: &context))
                }
            })
            if round == 0 { documents = read }
            read = []
            writeTimes.append(BenchClock.seconds {
                for document in documents { sink &+= writer.render(document).count }
            })
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
        report.add("markdownShare", 100 * write / (read + write))
        report.add("checksum", sink & 0xffff)
        return report
    }
}
