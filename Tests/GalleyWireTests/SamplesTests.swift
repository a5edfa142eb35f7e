import Foundation
import GalleyCore
import GalleyWire
import Testing

/// The invented stories of `Samples/wire` (several stories in one file, a truncated feed, 8-bit
/// copy, a writethru, plain agency copy, ANPA with a table) meet `Samples/wire/expected.json`.
@Suite("Sample stories")
struct SamplesTests {
    static func expectations() throws -> [String: [String: Any]] {
        let data = try Data(contentsOf: WireFixtures.samples.appendingPathComponent("expected.json"))
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        return object.filter { !$0.key.hasPrefix("_") }.compactMapValues { $0 as? [String: Any] }
    }

    static let files = [
        "feed-dpa-english.ipt", "dpa-german-latin1.ipt", "anpa-writethru.tst", "anpa-table.tst",
        "truncated-feed.tst", "plain-xinhua.wire", "plain-reuters.wire", "dpa-refile-byline.ipt",
        "anpa-alert-digest.tst",
    ]

    @Test(arguments: files)
    func sampleMeetsExpectations(_ file: String) throws {
        let expected = try SamplesTests.expectations()
        let bytes = try #require(WireFixtures.bytes(WireFixtures.samples.appendingPathComponent(file)))
        let (documents, diagnostics) = try WireFixtures.read(bytes)
        if let whole = expected[file] {
            if let count = whole["stories"] as? Int {
                #expect(documents.count == count, "\(file): \(documents.count) stories")
            }
            for code in (whole["warnings"] as? [String]) ?? [] {
                #expect(diagnostics.contains { $0.code == code }, "\(file): no \(code) in \(diagnostics)")
            }
        }
        for (index, document) in documents.enumerated() {
            let key = documents.count == 1 ? file : "\(file)#\(index + 1)"
            guard let story = expected[key], story["stories"] == nil else { continue }
            for check in DevCorpusTests.checks(key, document, story) {
                #expect(check.holds, "\(check.description) — \(check.detail)")
            }
        }
    }

    @Test func everySampleHasExpectations() throws {
        let expected = try SamplesTests.expectations()
        let names = try FileManager.default.contentsOfDirectory(atPath: WireFixtures.samples.path)
            .filter { $0 != "expected.json" }
        for name in names {
            #expect(expected.keys.contains { $0 == name || $0.hasPrefix(name + "#") }, "\(name) has no expectations")
            #expect(SamplesTests.files.contains(name), "\(name) is not in the test's list")
        }
    }

    @Test func germanTrailerTakesItsYearFromTheTimestamp() throws {
        let bytes = try #require(WireFixtures.bytes(WireFixtures.samples.appendingPathComponent("dpa-german-latin1.ipt")))
        // 2025-11-20T00:00:00Z: a 4 December 10:12 MEZ trailer lies within half a year.
        let (documents, _) = try WireFixtures.read(bytes, timestamp: 1_763_596_800)
        #expect(documents.first?.metadata.date == "2025-12-04T09:12:00Z")
    }
}
