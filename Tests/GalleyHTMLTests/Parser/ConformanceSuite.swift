import Foundation

/// Finds the html5lib-tests suite and reads the skip list, for the conformance tests.
enum ConformanceSuite {
    /// The package root, from this file's path.
    static let packageRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// Where the suite is looked for, in order: `$HTML5LIB_TESTS`, `../shared/html5lib-tests` and
    /// `../../shared/html5lib-tests` relative to the package root.
    static var candidates: [URL] {
        var list: [URL] = []
        if let path = ProcessInfo.processInfo.environment["HTML5LIB_TESTS"], !path.isEmpty {
            list.append(URL(fileURLWithPath: path))
        }
        list.append(packageRoot.appendingPathComponent("../shared/html5lib-tests").standardized)
        list.append(packageRoot.appendingPathComponent("../../shared/html5lib-tests").standardized)
        return list
    }

    /// The suite folder, or `nil` when none of the candidates exists.
    static var root: URL? {
        candidates.first { FileManager.default.fileExists(atPath: $0.appendingPathComponent("tree-construction").path) }
    }

    /// A message naming every place searched.
    static var notFoundMessage: String {
        "html5lib-tests not found; looked in " + candidates.map(\.path).joined(separator: ", ")
            + " (set HTML5LIB_TESTS to the suite folder)"
    }

    /// Files in `folder` of the suite with the extension `ext`, sorted.
    static func files(_ folder: String, ext: String) -> [URL] {
        guard let root else { return [] }
        let directory = root.appendingPathComponent(folder)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return names.filter { $0.hasSuffix("." + ext) }.sorted().map { directory.appendingPathComponent($0) }
    }

    /// Case identifiers listed in Fixtures/conformance-skips.txt (`id # reason` per line).
    static var skips: Set<String> {
        let url = packageRoot.appendingPathComponent("Tests/GalleyHTMLTests/Parser/Fixtures/conformance-skips.txt")
        guard let text = try? String(contentsOf: url, encoding: .utf8) else { return [] }
        var result: Set<String> = []
        for line in text.split(separator: "\n") {
            let id = line.split(separator: "#", maxSplits: 1).first.map { $0.trimmingCharacters(in: .whitespaces) } ?? ""
            if !id.isEmpty { result.insert(id) }
        }
        return result
    }

    static var isVerbose: Bool { ProcessInfo.processInfo.environment["GALLEY_CONFORMANCE_VERBOSE"] == "1" }
}
