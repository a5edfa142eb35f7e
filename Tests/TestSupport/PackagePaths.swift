import Foundation

/// Where things are, relative to this package's root (found from this file's path).
public enum PackagePaths {
    /// The package root.
    public static let root: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The shared folder beside the checkout (`../shared`), or `$GALLEY_SHARED`.
    public static var shared: URL {
        if let override = ProcessInfo.processInfo.environment["GALLEY_SHARED"] {
            return URL(fileURLWithPath: override)
        }
        return root.deletingLastPathComponent().appendingPathComponent("shared")
    }

    /// `Samples/<relative>`.
    public static func sample(_ relative: String) -> URL {
        root.appendingPathComponent("Samples").appendingPathComponent(relative)
    }

    /// The debug build of the driver, which `swift build --build-tests` produces.
    public static var driver: URL {
        for configuration in ["debug", "release"] {
            let candidate = root.appendingPathComponent(".build/\(configuration)/galley")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        return root.appendingPathComponent(".build/debug/galley")
    }

    /// A new empty temporary directory for one test.
    public static func temporaryDirectory(_ label: String = "test") throws -> URL {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("galley-\(label)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
