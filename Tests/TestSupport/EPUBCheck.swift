import Foundation

/// Runs the reference validator, epubcheck, on EPUB files.
///
/// Debian's `/usr/bin/epubcheck` wrapper needs binfmt support, so the jar is run with `java -jar`.
/// A JVM takes a second or two to start: files are checked two at a time.
public enum EPUBCheck {
    public static let jar = "/usr/share/java/epubcheck.jar"

    /// One message epubcheck reported.
    public struct Message: CustomStringConvertible {
        public var id: String
        public var severity: String
        public var text: String
        public var location: String
        public var description: String { "\(severity) \(id) \(location): \(text)" }
    }

    /// What epubcheck said about one file.
    public struct Report {
        public var file: String
        public var messages: [Message]
        public var errors: [Message] { messages.filter { ["ERROR", "FATAL"].contains($0.severity) } }
        public var warnings: [Message] { messages.filter { $0.severity == "WARNING" } }
    }

    public struct Missing: Error, CustomStringConvertible {
        public var description: String
    }

    /// Checks that java and the epubcheck jar exist; throws an error saying what to install.
    public static func requireTools() throws {
        guard ExternalTool.find("java") != nil else {
            throw Missing(description: "java is missing: install the Debian package 'epubcheck' (it pulls in a JRE)")
        }
        guard FileManager.default.fileExists(atPath: jar) else {
            throw Missing(description: "\(jar) is missing: install the Debian package 'epubcheck'")
        }
    }

    /// A small Java program that validates many files in one JVM (epubcheck's start-up —
    /// loading schemas, compiling Schematron — costs seconds per JVM). Written out and compiled
    /// with `javac` when there is one; without it each file gets its own `java -jar`.
    static let batchSource = """
        public class EPUBCheckBatch {
            public static void main(String[] args) {
                for (String file : args) {
                    new com.adobe.epubcheck.tool.EpubChecker().run(new String[] {file, "--json", file + ".json"});
                }
            }
        }
        """

    /// Validates every file, in two JVMs running side by side, and returns the reports in the
    /// files' order.
    public static func check(_ files: [URL]) throws -> [Report] {
        try requireTools()
        guard !files.isEmpty else { return [] }
        let directory = files[0].deletingLastPathComponent()
        var classPath: String?
        if ExternalTool.find("javac") != nil {
            let source = directory.appendingPathComponent("EPUBCheckBatch.java")
            try batchSource.write(to: source, atomically: true, encoding: .utf8)
            let compiled = try ExternalTool.run("javac", ["-cp", jar, "-d", directory.path, source.path])
            if compiled.status == 0 { classPath = jar + ":" + directory.path }
        }
        let halves = [files.enumerated().filter { $0.offset % 2 == 0 }.map(\.element),
                      files.enumerated().filter { $0.offset % 2 == 1 }.map(\.element)]
        let batchClassPath = classPath
        final class Box: @unchecked Sendable { var failure: (any Error)? }
        let box = Box()
        let workers = halves.map { group in
            Thread {
                do {
                    if let classPath = batchClassPath {
                        if !group.isEmpty { _ = try ExternalTool.run("java", ["-cp", classPath, "EPUBCheckBatch"] + group.map(\.path)) }
                    } else {
                        for file in group { _ = try ExternalTool.run("java", ["-jar", jar, file.path, "--json", file.path + ".json"]) }
                    }
                } catch { box.failure = error }
            }
        }
        workers.forEach { $0.start() }
        while workers.contains(where: { !$0.isFinished }) { usleep(20_000) }
        if let failure = box.failure { throw failure }
        return try files.map(readReport)
    }

    private static func readReport(_ file: URL) throws -> Report {
        let data = (try? Data(contentsOf: URL(fileURLWithPath: file.path + ".json"))) ?? Data()
        guard let json = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
            let messages = json["messages"] as? [[String: Any]]
        else {
            throw Missing(description: "epubcheck wrote no JSON report for \(file.lastPathComponent)")
        }
        return Report(
            file: file.lastPathComponent,
            messages: messages.map { message in
                let locations = (message["locations"] as? [[String: Any]]) ?? []
                let location = locations.first.map { "\($0["path"] ?? "?"):\($0["line"] ?? "?"):\($0["column"] ?? "?")" } ?? ""
                return Message(
                    id: message["ID"] as? String ?? "?", severity: message["severity"] as? String ?? "?",
                    text: message["message"] as? String ?? "", location: location)
            })
    }
}
