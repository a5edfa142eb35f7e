import Foundation
import Testing

/// Parses YAML with PyYAML (Debian package `python3-yaml`), an independent YAML reader.
enum PythonYAML {
    /// The JSON form of the YAML document PyYAML reads from `yaml`.
    static func json(_ yaml: String) throws -> String {
        let python = try #require(
            ["/usr/bin/python3", "/usr/local/bin/python3"].first { FileManager.default.isExecutableFile(atPath: $0) },
            "python3 is not installed: install the Debian packages python3 and python3-yaml")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: python)
        process.arguments = ["-c", "import sys, json, yaml; print(json.dumps(yaml.safe_load(sys.stdin.read()), sort_keys=True, ensure_ascii=False))"]
        let stdin = Pipe()
        let stdout = Pipe()
        let stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        stdin.fileHandleForWriting.write(Data(yaml.utf8))
        try stdin.fileHandleForWriting.close()
        let data = stdout.fileHandleForReading.readDataToEndOfFile()
        let errors = String(decoding: stderr.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        try #require(!errors.contains("No module named 'yaml'"), "PyYAML is missing: install the Debian package python3-yaml")
        #expect(process.terminationStatus == 0, "PyYAML could not read the front matter: \(errors)")
        return String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
