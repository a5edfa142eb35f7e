import Foundation
import GalleyCore
import GalleyText
import Testing

/// The seed article: `Samples/` holds it in the package; the shared corpus holds the original.
@Suite struct SeedTests {
    static let seedName = "000_68f2a8bcaf0079e8.txt"

    /// Fails the test with a message saying where the seed was looked for.
    struct MissingSeed: Error, CustomStringConvertible {
        var candidates: [String]
        var description: String {
            "The seed article \(SeedTests.seedName) is missing: put it in Samples/ (looked in \(candidates.joined(separator: ", ")))"
        }
    }

    /// The seed's bytes, from `../shared/corpus/seed` next to the package root or `Samples/`.
    static func seed() throws -> [UInt8] {
        // #filePath is <root>/Tests/GalleyTextTests/SeedTests.swift.
        let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().path
        let candidates = [
            packageRoot + "/Samples/" + seedName, packageRoot + "/../shared/corpus/seed/" + seedName,
            packageRoot + "/../../shared/corpus/seed/" + seedName,
        ]
        for path in candidates {
            if let data = FileManager.default.contents(atPath: path) { return [UInt8](data) }
        }
        throw MissingSeed(candidates: candidates)
    }

    @Test func seedReadsAsTitleAndCleanParagraphs() throws {
        var context = ConversionContext()
        let document = try TextReader().read(Input(bytes: try Self.seed(), name: Self.seedName), context: &context)
        #expect(document.metadata.title == "U.S., Iraq agree to redeploy U.S.-led coalition forces outside Iraq")
        let paragraphs = document.blocks.compactMap { block -> String? in
            if case .paragraph(let content) = block { return content.plainText }
            return nil
        }
        #expect(paragraphs.count >= 12)
        // Every long line of the seed is one body paragraph, whole and on its own.
        let seedText = String(decoding: try Self.seed(), as: UTF8.self)
        let bodyLines = seedText.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { $0.count > 100 }
        #expect(bodyLines.count == 11)
        for line in bodyLines { #expect(paragraphs.contains(line), "missing paragraph: \(line.prefix(60))") }
        #expect(paragraphs.contains { $0.hasPrefix("BAGHDAD, April 7 (Xinhua) -- The United States and Iraq agreed") })
        #expect(paragraphs.contains("0 Comment(s)Print E-mail Xinhua, April 8, 2021"))
        #expect(paragraphs.contains("Adjust font size:"))
        #expect(!paragraphs.contains { $0.contains("U.S.-led coalition forces outside Iraq") && $0.count < 80 })
    }

    @Test func seedRoundTripsThroughTheWriter() throws {
        var context = ConversionContext()
        let document = try TextReader().read(Input(bytes: try Self.seed()), context: &context)
        let output = try TextWriter(options: .init(isStandalone: true)).write(document, profile: .standard, context: &context)
        guard case .text(let text) = output else { return }
        let again = try TextReader().read(Input(text), context: &context)
        #expect(again.metadata.title == document.metadata.title)
        #expect(again.blocks.count >= 12)
    }
}
