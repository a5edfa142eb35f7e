#if canImport(Glibc)
import Glibc
#endif
import Dispatch
import Galley
import GalleyCore
import Synchronization

/// `galley batch`: every file below the input directories, converted in parallel into a mirror tree.
struct BatchCommand {
    let invocation: Invocation
    let registry: Registry
    let diagnostics: DiagnosticPrinter

    struct Job: Sendable {
        let input: String
        let outputStem: String
    }

    /// Returns the exit status: 0 when every file converted, else the worst failure's code.
    func run() throws -> Int32 {
        guard !invocation.inputs.isEmpty else {
            throw GalleyError(.usage, code: "usage.batch-input", message: "batch needs at least one input directory", hint: "galley batch INDIR -o OUTDIR -t FORMAT")
        }
        guard let outputRoot = invocation.output, outputRoot != "-" else {
            throw GalleyError(.usage, code: "usage.batch-output", message: "batch needs an output directory", hint: "give -o OUTDIR")
        }
        let converter = try Converter(invocation, registry: registry, defaultOutput: nil)
        let jobs = try collectJobs(converter: converter)
        let ext = converter.writer.extensions.first ?? converter.writer.name
        let workers = min(invocation.jobs ?? System.coreCount, max(jobs.count, 1))
        let state = Mutex(BatchState())
        // The output folders made so far: a folder is made once, not once per file in it.
        let madeDirectories = Mutex(Set<String>())
        let showsProgress = FileSystem.isStandardErrorTerminal && !invocation.isQuiet
        let start = System.seconds()
        let printer = diagnostics
        let root = outputRoot.hasSuffix("/") ? String(outputRoot.dropLast()) : outputRoot

        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            while let index = state.withLock({ $0.takeNext(limit: jobs.count) }) {
                let job = jobs[index]
                let failure = Self.convert(
                    job, converter: converter, root: root, ext: ext, printer: printer, madeDirectories: madeDirectories)
                state.withLock { batch in
                    batch.finished += 1
                    if let failure {
                        batch.failed += 1
                        batch.worst = max(batch.worst, failure.kind.exitCode)
                        printer.printError(failure)
                    }
                    if showsProgress {
                        printer.progress("[\(batch.finished)/\(jobs.count)] \(job.input)")
                    }
                }
            }
        }
        FileSystem.flushAll()
        let summary = state.withLock { $0 }
        if showsProgress { printer.progress(nil) }
        if !invocation.isQuiet {
            let elapsed = System.seconds() - start
            let rate = elapsed > 0 ? Double(summary.finished) / elapsed : 0
            printer.line(
                "galley: \(summary.finished - summary.failed) converted, \(summary.failed) failed, in \(System.format(elapsed)) s (\(Int(rate)) files/s, \(workers) jobs)")
        }
        return summary.worst
    }

    struct BatchState {
        var next = 0
        var finished = 0
        var failed = 0
        var worst: Int32 = 0

        mutating func takeNext(limit: Int) -> Int? {
            guard next < limit else { return nil }
            defer { next += 1 }
            return next
        }
    }

    func collectJobs(converter: Converter) throws -> [Job] {
        var jobs: [Job] = []
        for root in invocation.inputs {
            guard FileSystem.isDirectory(root) else {
                jobs.append(Job(input: root, outputStem: ConvertCommand.stem(of: root)))
                continue
            }
            let trimmedRoot = root.hasSuffix("/") ? String(root.dropLast()) : root
            for relative in try FileSystem.files(below: trimmedRoot) {
                if invocation.from == nil {
                    guard let ext = Converter.pathExtension(relative), registry.reader(forExtension: ext) != nil
                    else { continue }
                }
                jobs.append(Job(input: "\(trimmedRoot)/\(relative)", outputStem: Self.removingExtension(relative)))
            }
        }
        return jobs
    }

    /// `sub/page.html` → `sub/page`; a dot in a folder name is not an extension.
    static func removingExtension(_ path: String) -> String {
        let nameStart = path.lastIndex(of: "/").map { path.index(after: $0) } ?? path.startIndex
        guard let dot = path[nameStart...].lastIndex(of: "."), dot > nameStart else { return path }
        return String(path[..<dot])
    }

    /// Converts one file; returns the error instead of throwing so that the batch goes on.
    static func convert(
        _ job: Job, converter: Converter, root: String, ext: String, printer: DiagnosticPrinter,
        madeDirectories: borrowing Mutex<Set<String>>
    ) -> GalleyError? {
        var context = converter.makeContext(sourceName: job.input)
        do {
            let documents = try converter.read(job.input, context: &context)
            var outputs: [[UInt8]] = []
            for document in documents {
                outputs.append(try converter.process(document, context: &context))
            }
            printer.print(context.takeDiagnostics())
            let target = "\(root)/\(job.outputStem)"
            let directory = FileSystem.parentDirectory(of: target)
            if !madeDirectories.withLock({ $0.contains(directory) }) {
                try FileSystem.makeDirectories(directory)
                madeDirectories.withLock { _ = $0.insert(directory) }
            }
            for (index, bytes) in outputs.enumerated() {
                let path = outputs.count == 1 ? "\(target).\(ext)" : "\(target)-\(index + 1).\(ext)"
                try FileSystem.writeAtomically(bytes, to: path, flushing: false)
            }
            return nil
        } catch let error as GalleyError {
            printer.print(context.takeDiagnostics())
            return error.naming(source: job.input)
        } catch {
            return GalleyError(.input, code: "input.failed", message: "\(error)", source: job.input)
        }
    }
}

/// Facts about the machine and time, for the driver only.
enum System {
    static var coreCount: Int { max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN)))) }

    static func seconds() -> Double {
        var now = timespec()
        clock_gettime(CLOCK_MONOTONIC, &now)
        return Double(now.tv_sec) + Double(now.tv_nsec) / 1e9
    }

    static func format(_ seconds: Double) -> String {
        let hundredths = Int((seconds * 100).rounded())
        let fraction = hundredths % 100
        return "\(hundredths / 100).\(fraction < 10 ? "0" : "")\(fraction)"
    }
}
