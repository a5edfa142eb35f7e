import Foundation
import Testing

/// Runs the independent CommonMark implementation the tests compare against: cmark-gfm.
///
/// Install it with `apt-get install cmark-gfm` (Debian package `cmark-gfm`). When it is
/// missing, every test that needs it fails with that hint instead of passing silently.
enum CmarkGFM {
    /// Where the executable is, or `nil`.
    static let path: String? = {
        let candidates = ["/usr/bin/cmark-gfm", "/usr/local/bin/cmark-gfm"]
            + (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":").map { "\($0)/cmark-gfm" }
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0) }
    }()

    static let missingMessage = "cmark-gfm is not installed: install the Debian package cmark-gfm (apt-get install cmark-gfm)"

    /// The XML AST cmark-gfm gives for `markdown`, with the GFM extensions on when `isGFM`.
    static func xml(_ markdown: [UInt8], isGFM: Bool, sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
        let executable = try #require(path, Comment(rawValue: missingMessage), sourceLocation: sourceLocation)
        var arguments = ["-t", "xml", "--unsafe"]
        if isGFM { arguments += ["-e", "table", "-e", "strikethrough", "-e", "autolink", "-e", "footnotes"] }
        return try run(executable, arguments, input: markdown)
    }

    /// The HTML cmark-gfm gives for `markdown`.
    static func html(_ markdown: [UInt8], isGFM: Bool) throws -> String {
        let executable = try #require(path, Comment(rawValue: missingMessage))
        var arguments = ["--unsafe"]
        if isGFM { arguments += ["-e", "table", "-e", "strikethrough", "-e", "autolink", "-e", "footnotes"] }
        return try run(executable, arguments, input: markdown)
    }

    private static func run(_ executable: String, _ arguments: [String], input: [UInt8]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let stdin = Pipe()
        let stdout = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        try process.run()
        // Write on another thread so that a large output cannot block the writer.
        let writer = Thread {
            stdin.fileHandleForWriting.write(Data(input))
            try? stdin.fileHandleForWriting.close()
        }
        writer.start()
        let data = stdout.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }
}
