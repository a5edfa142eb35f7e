import Foundation
import PackagePlugin

/// `swift package --allow-writing-to-package-directory render-samples`: converts every sample in
/// Samples/ to every output format into Samples/output/, the way a user would with the driver.
@main
struct RenderSamples: CommandPlugin {
    /// One conversion: which inputs, which passes, which outputs.
    struct Job {
        let folder: String
        let extensions: [String]
        let arguments: [String]
        let targets: [String]
    }

    static let jobs = [
        Job(folder: "text", extensions: ["txt"], arguments: ["--pipeline", "Samples/pipelines/seed.json"],
            targets: ["json", "markdown", "html", "text", "print", "epub", "email"]),
        Job(folder: "html", extensions: ["html"], arguments: ["--pipeline", "Samples/pipelines/article.json"],
            targets: ["json", "markdown", "html", "text", "print", "epub", "email"]),
        Job(folder: "wire", extensions: ["tst", "anpa", "ipt", "wire", "txt"], arguments: ["-f", "wire", "--pass", "typography"],
            targets: ["json", "text", "markdown"]),
    ]

    static let extensions = [
        "json": "json", "markdown": "md", "html": "html", "text": "txt", "print": "print.html",
        "epub": "epub", "email": "eml",
    ]

    func performCommand(context: PluginContext, arguments: [String]) async throws {
        let galley = try context.tool(named: "galley").url
        let root = context.package.directoryURL
        let output = root.appending(path: "Samples/output")
        try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
        let writers = Set(try run(galley, ["list", "writers"], in: root).output
            .split(separator: "\n").compactMap { $0.split(separator: " ").first.map(String.init) })
        let passes = try run(galley, ["list", "passes"], in: root).output
        var failures = 0
        var written = 0
        for job in Self.jobs {
            let folder = root.appending(path: "Samples/\(job.folder)")
            let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path())) ?? []
            for name in names.sorted() where job.extensions.contains((name as NSString).pathExtension) {
                let stem = (name as NSString).deletingPathExtension
                for target in job.targets {
                    guard writers.contains(target) else {
                        print("skipped \(job.folder)/\(name) -> \(target): this build has no \(target) writer")
                        continue
                    }
                    let missing = Self.passNames(in: job.arguments, root: root).filter { !passes.contains($0) }
                    guard missing.isEmpty else {
                        print("skipped \(job.folder)/\(name): passes not in this build: \(missing.joined(separator: ", "))")
                        break
                    }
                    let destination = "Samples/output/\(job.folder)/\(stem).\(Self.extensions[target] ?? target)"
                    try FileManager.default.createDirectory(
                        at: root.appending(path: "Samples/output/\(job.folder)"), withIntermediateDirectories: true)
                    let result = try run(
                        galley, ["convert", "Samples/\(job.folder)/\(name)", "-t", target, "-o", destination] + job.arguments
                            + (target == "html" ? ["--standalone"] : []),
                        in: root, environment: ["SOURCE_DATE_EPOCH": "1700000000"])
                    if result.status == 0 {
                        written += 1
                        print("wrote \(destination)")
                    } else {
                        failures += 1
                        print("FAILED \(job.folder)/\(name) -> \(target): \(result.error)")
                    }
                }
            }
        }
        print("render-samples: \(written) files written to Samples/output, \(failures) failed")
        if failures > 0 { throw RenderError.failures(failures) }
    }

    enum RenderError: Error { case failures(Int) }

    /// The passes a job's arguments name, directly or through its pipeline file.
    static func passNames(in arguments: [String], root: URL) -> [String] {
        var names: [String] = []
        for (index, argument) in arguments.enumerated() where index + 1 < arguments.count {
            if argument == "--pass" { names.append(String(arguments[index + 1].split(separator: "=")[0])) }
            if argument == "--pipeline",
                let data = try? Data(contentsOf: root.appending(path: arguments[index + 1])),
                let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
                let passes = object["passes"] as? [Any]
            {
                for pass in passes {
                    if let name = pass as? String { names.append(name) }
                    if let spec = pass as? [String: Any], let name = spec["name"] as? String { names.append(name) }
                }
            }
        }
        return names
    }

    struct Result {
        let status: Int32
        let output: String
        let error: String
    }

    func run(_ tool: URL, _ arguments: [String], in directory: URL, environment: [String: String] = [:]) throws -> Result {
        let process = Process()
        process.executableURL = tool
        process.arguments = arguments
        process.currentDirectoryURL = directory
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        let output = Pipe()
        let error = Pipe()
        process.standardOutput = output
        process.standardError = error
        try process.run()
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        let errorData = error.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus, output: String(decoding: outputData, as: UTF8.self),
            error: String(decoding: errorData, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))
    }
}
