import Foundation
import GalleyCore
import GalleyWire

/// Locates the development stories and the samples, and reads stories for the tests.
enum WireFixtures {
    /// The package root, from this file's path (Tests/GalleyWireTests/Support/WireFixtures.swift).
    static var packageRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
    }

    /// `../shared/corpus/wire-dev` next to the package: agency copy stays out of the repository.
    ///
    /// A checkout in a nested work tree finds the folder one or two levels further up; the
    /// first existing candidate wins, and the nearest is named when none exists.
    static var devCorpus: URL {
        var directory = packageRoot.deletingLastPathComponent()
        var candidates: [URL] = []
        for _ in 0..<3 {
            candidates.append(directory.appendingPathComponent("shared/corpus/wire-dev"))
            directory = directory.deletingLastPathComponent()
        }
        return candidates.first { FileManager.default.fileExists(atPath: $0.path) } ?? candidates[0]
    }

    /// `Samples/wire` in the package.
    static var samples: URL { packageRoot.appendingPathComponent("Samples/wire") }

    static func bytes(_ url: URL) -> [UInt8]? {
        (try? Data(contentsOf: url)).map { [UInt8]($0) }
    }

    /// Every story of `bytes`, with the diagnostics reported while reading.
    static func read(_ bytes: [UInt8], options: WireReader.Options = .init(), timestamp: Int64? = nil)
        throws -> (documents: [Document], diagnostics: [Diagnostic])
    {
        var context = ConversionContext(sourceName: "test", timestamp: timestamp)
        let documents = try WireReader(options: options).readAll(Input(bytes: bytes), context: &context)
        return (documents, context.takeDiagnostics())
    }

    /// The body's text as a text writer would show it: blocks and table cells, one per line.
    static func bodyText(_ document: Document) -> String {
        var lines: [String] = []
        for block in document.blocks {
            if case .table(let table) = block {
                for row in table.allRows {
                    lines.append(row.cells.map { $0.blocks.map(\.plainText).joined(separator: " ") }
                        .joined(separator: " | "))
                }
            } else {
                lines.append(block.plainText)
            }
        }
        return lines.joined(separator: "\n")
    }

    /// Case-folded text with runs of white space made single spaces (as check-wire compares).
    static func normalized(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ").lowercased()
    }
}
