import GalleyCore
import GalleyWire

/// `wire`: wire files (ANPA, IPTC 7901, plain) → stories, in-process on one core. The files are
/// small, so each round reads them all as many times as it takes to fill half a second.
struct WireBenchmark {
    let files: BenchFiles
    let repeatCount: Int

    func run() throws -> BenchReport {
        let reader = WireReader()
        var storiesPerRound = 0
        func round() throws -> Int {
            var stories = 0
            for file in files.files {
                var context = ConversionContext(sourceName: file.path)
                stories += try reader.readAll(Input(bytes: file.bytes, name: file.path), context: &context).count
            }
            return stories
        }
        storiesPerRound = try round()
        var loops = 1
        while try BenchClock.seconds({ for _ in 0..<loops { _ = try round() } }) < 0.5, loops < 1 << 20 { loops *= 2 }
        var rates: [Double] = []
        for _ in 0..<repeatCount {
            let seconds = try BenchClock.seconds { for _ in 0..<loops { _ = try round() } }
            rates.append(Double(storiesPerRound * loops) / seconds)
        }
        var report = BenchReport()
        report.add("files", files.files.count)
        report.add("bytes", files.byteCount)
        report.add("stories", storiesPerRound)
        report.add("storiesPerSecond", BenchClock.median(rates))
        report.add("megabytesPerSecond", BenchClock.median(rates) / Double(max(storiesPerRound, 1)) * Double(files.byteCount) / 1e6)
        return report
    }
}
