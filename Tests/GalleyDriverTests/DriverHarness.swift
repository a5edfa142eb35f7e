import Foundation
import Testing
import TestSupport

/// Runs the built driver in a temporary directory, which goes with the test's driver.
final class Driver: Sendable {
    let directory: URL

    init(_ label: String = "driver") throws {
        directory = try PackagePaths.temporaryDirectory(label)
        #expect(
            FileManager.default.isExecutableFile(atPath: PackagePaths.driver.path),
            "the driver is not built at \(PackagePaths.driver.path); run swift build first")
    }

    deinit {
        try? FileManager.default.removeItem(at: directory)
    }

    @discardableResult
    func run(_ arguments: [String], input: String = "", environment: [String: String] = [:]) throws -> ExternalTool.Result {
        try ExternalTool.run(
            PackagePaths.driver.path, arguments, input: Data(input.utf8), environment: environment, directory: directory)
    }

    func path(_ name: String) -> String { directory.appendingPathComponent(name).path }

    func write(_ name: String, _ text: String, executable: Bool = false) throws {
        try text.write(toFile: path(name), atomically: true, encoding: .utf8)
        if executable { try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: path(name)) }
    }

    func read(_ name: String) throws -> String { try String(contentsOfFile: path(name), encoding: .utf8) }

    func exists(_ name: String) -> Bool { FileManager.default.fileExists(atPath: path(name)) }

    /// The names in the directory, hidden ones included (to catch left-over temporary files).
    func listing() throws -> [String] { try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted() }
}
