import GalleyCore
import GalleyHTML
import GalleyPasses
import GalleyText

/// `extract`: HTML → `extract` → plain text, as `galley -t text --pass extract` does it, in-process
/// on one core, with the time spent in the pass itself.
struct ExtractBenchmark {
    let pages: BenchFiles
    let repeatCount: Int

    func run() throws -> BenchReport {
        let reader = HTMLReader()
        let pass = ExtractMainContent()
        let writer = TextWriter()
        var totals: [Double] = []
        var passTimes: [Double] = []
        var sink = 0
        for _ in 0..<repeatCount {
            var inPass = 0.0
            totals.append(try BenchClock.seconds {
                for page in pages.files {
                    var context = ConversionContext(sourceName: page.path)
                    let document = try reader.read(Input(bytes: page.bytes, name: page.path), context: &context)
                    var extracted = document
                    inPass += try BenchClock.seconds { extracted = try pass.run(document, context: &context) }
                    sink &+= try writer.write(extracted, profile: .standard, context: &context).bytes.count
                }
            })
            passTimes.append(inPass)
        }
        let total = BenchClock.median(totals)
        let inPass = BenchClock.median(passTimes)
        var report = BenchReport()
        report.add("pages", pages.files.count)
        report.add("bytes", pages.byteCount)
        report.add("pagesPerSecond", Double(pages.files.count) / total)
        report.add("seconds", total)
        report.add("passShare", 100 * inPass / total)
        report.add("checksum", sink & 0xffff)
        return report
    }
}
