#if canImport(Glibc)
import Glibc
#endif

// galley-bench: Galley's own figures, measured in-process on one core with the monotonic clock.
// The inputs are read into memory before any clock starts. Prints one JSON object on stdout.
do {
    let arguments = try BenchArguments(Array(CommandLine.arguments.dropFirst()))
    let report: BenchReport
    switch arguments.command {
    case "parse":
        let pages = try BenchFiles(roots: arguments.roots, suffixes: [".html", ".htm"], limit: arguments.limit)
        report = try ParseBenchmark(pages: pages, repeatCount: arguments.repeatCount).run()
    case "extract":
        let pages = try BenchFiles(roots: arguments.roots, suffixes: [".html", ".htm"], limit: arguments.limit)
        report = try ExtractBenchmark(pages: pages, repeatCount: arguments.repeatCount).run()
    case "wire":
        let files = try BenchFiles(
            roots: arguments.roots, suffixes: [".tst", ".anpa", ".ipt", ".wire", ".txt"], limit: arguments.limit)
        report = try WireBenchmark(files: files, repeatCount: arguments.repeatCount).run()
    default:
        throw BenchError(BenchArguments.usage)
    }
    print(report.json)
} catch {
    let message = Array("galley-bench: \(error)\n".utf8)
    _ = message.withUnsafeBytes { write(2, $0.baseAddress, $0.count) }
    exit(2)
}
