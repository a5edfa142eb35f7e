import Foundation
import GalleyCore
import GalleyEPUB
import Testing
import TestSupport

@Suite("epubcheck accepts every EPUB", .serialized)
struct EPUBValidationTests {
    /// Writes the EPUBs, runs epubcheck on all of them and expects no error and no warning.
    private func expectValid(_ epubs: [(name: String, bytes: [UInt8])], label: String) throws {
        let directory = try PackagePaths.temporaryDirectory("epubcheck")
        defer { try? FileManager.default.removeItem(at: directory) }
        let files = try EPUBFixtures.files(epubs, in: directory)
        let reports = try EPUBCheck.check(files)
        #expect(reports.count == files.count)
        let errors = reports.reduce(0) { $0 + $1.errors.count }
        let warnings = reports.reduce(0) { $0 + $1.warnings.count }
        print("epubcheck \(label): \(reports.count) EPUBs checked, \(errors) errors, \(warnings) warnings")
        for report in reports {
            let problems = report.errors + report.warnings
            #expect(problems.isEmpty, "\(report.file): \(problems.prefix(8).map(\.description).joined(separator: "\n"))")
        }
    }

    @Test("the seed article")
    func seed() throws {
        let document = try EPUBFixtures.seedDocument()
        try expectValid([("seed", try EPUBFixtures.epub(document))], label: "seed")
    }

    @Test("hand-written documents with every node kind, in each chapter mode and without a timestamp")
    func everyNode() throws {
        let document = SampleDocuments.everyNode
        var epubs: [(String, [UInt8])] = []
        for chapters in EPUBWriter.Options.Chapters.allCases {
            for includesTitlePage in [true, false] {
                let options = EPUBWriter.Options(chapters: chapters, includesTitlePage: includesTitlePage)
                epubs.append((
                    "every-node-\(chapters.rawValue)-\(includesTitlePage)",
                    try EPUBFixtures.epub(document, options: options, resources: SampleDocuments.resources)))
            }
        }
        epubs.append(("every-node-no-timestamp", try EPUBFixtures.epub(document, timestamp: nil, resources: SampleDocuments.resources)))
        epubs.append(("every-node-no-resources", try EPUBFixtures.epub(document)))
        try expectValid(epubs, label: "every node kind")
    }

    @Test("hostile documents")
    func hostile() throws {
        let epubs = try HostileDocuments.all.map { ($0.name, try EPUBFixtures.epub($0.document)) }
        try expectValid(epubs, label: "hostile")
    }

    @Test("seeded random documents (15; 100 with GALLEY_SLOW=1)")
    func random() throws {
        let count = EPUBFixtures.isSlow ? 100 : 15
        let epubs = try (0..<count).map { seed in
            var generator = RandomDocumentGenerator(seed: UInt64(seed))
            return ("random-\(seed)", try EPUBFixtures.epub(generator.document(), resources: SampleDocuments.resources))
        }
        try expectValid(epubs, label: "random")
    }
}
