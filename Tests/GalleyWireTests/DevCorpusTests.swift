import Foundation
import GalleyCore
import GalleyWire
import Testing

/// Every expectation of `../shared/corpus/wire-dev/expected.json` holds.
///
/// The stories are agency copy and stay out of the repository; the suite reads them from the
/// shared corpus next to the package and records an issue when the folder is missing.
@Suite("Development stories")
struct DevCorpusTests {
    /// One check of expected.json: a story, a label, and whether it held.
    struct Check: CustomStringConvertible {
        var story: String
        var label: String
        var holds: Bool
        var detail: String
        var description: String { "\(story): \(label)" }
    }

    static func expectations() -> [String: [String: Any]]? {
        guard let data = try? Data(contentsOf: WireFixtures.devCorpus.appendingPathComponent("expected.json")),
            let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any]
        else { return nil }
        return object.filter { !$0.key.hasPrefix("_") }.compactMapValues { $0 as? [String: Any] }
    }

    @Test func corpusIsPresent() {
        if DevCorpusTests.expectations() == nil {
            Issue.record("""
                The development stories are missing: expected \(WireFixtures.devCorpus.path)/expected.json \
                (the shared corpus lives next to the package as ../shared/corpus/wire-dev)
                """)
        }
    }

    @Test(arguments: ["IPTC7901.txt", "dpa_two_line.txt", "dpa_copyright.txt", "anpa-2.tst", "anpa-3.tst",
        "ap_anpa-1.tst", "ap_anpa-2.tst", "ap_anpa-3.tst"])
    func storyMeetsExpectations(_ name: String) throws {
        guard let all = DevCorpusTests.expectations() else { return }  // corpusIsPresent records it
        let expected = try #require(all[name], "expected.json has no entry for \(name)")
        let bytes = try #require(WireFixtures.bytes(WireFixtures.devCorpus.appendingPathComponent(name)))
        let (documents, _) = try WireFixtures.read(bytes)
        let document = try #require(documents.first)
        for check in DevCorpusTests.checks(name, document, expected) {
            #expect(check.holds, "\(check.description) — \(check.detail)")
        }
    }

    static func checks(_ name: String, _ document: Document, _ expected: [String: Any]) -> [Check] {
        let meta = document.metadata
        let norm = WireFixtures.normalized
        let body = norm(WireFixtures.bodyText(document))
        var checks: [Check] = []
        func add(_ label: String, _ holds: Bool, _ detail: String) {
            checks.append(Check(story: name, label: label, holds: holds, detail: detail))
        }
        for (key, value) in (expected["meta"] as? [String: Any]) ?? [:] {
            let got = metaValue(meta, key)
            if let number = value as? Int {
                add("meta.\(key)", got == String(number), "got \(got ?? "nil"), want \(number)")
            } else if let text = value as? String {
                add("meta.\(key)", norm(got ?? "") == norm(text), "got \(got ?? "nil"), want \(text)")
            }
        }
        for author in (expected["authors"] as? [String]) ?? [] {
            add("author \(author)", meta.authors.contains { norm($0) == norm(author) }, "got \(meta.authors)")
        }
        if let slug = expected["slugContains"] as? String {
            add("slug", norm(meta.slug ?? "").contains(norm(slug)), "got \(meta.slug ?? "nil")")
        }
        if let note = expected["editorNoteContains"] as? String {
            add("editorNote", norm(meta.editorNote ?? "").contains(norm(note)), "got \(meta.editorNote ?? "nil")")
        }
        for (key, value) in (expected["dateline"] as? [String: String]) ?? [:] {
            let got = key == "place" ? meta.dateline?.place : meta.dateline?.source
            let holds = key == "place" ? norm(got ?? "") == norm(value) : norm(got ?? "").contains(norm(value))
            add("dateline.\(key)", holds, "got \(got ?? "nil")")
        }
        for text in (expected["contains"] as? [String]) ?? [] {
            add("contains \(text.prefix(30))", body.contains(norm(text)), "not in the body")
        }
        for text in (expected["absent"] as? [String]) ?? [] {
            add("absent \(text.prefix(30))", !body.contains(norm(text)), "found in the body")
        }
        if let table = expected["table"] as? [String: Any], let wanted = table["rowContains"] as? [String] {
            add("table row", hasRow(document, containing: wanted.map(norm)), "no table row has \(wanted)")
        }
        return checks
    }

    static func metaValue(_ meta: Metadata, _ key: String) -> String? {
        switch key {
        case "title": return meta.title
        case "slug": return meta.slug
        case "version": return meta.version
        case "wordCount": return meta.wordCount.map(String.init)
        case "priority": return meta.priority.map(String.init)
        case "category": return meta.category
        case "source": return meta.source
        case "date": return meta.date
        case "editorNote": return meta.editorNote
        default: return nil
        }
    }

    /// Whether some table row holds the wanted cell texts in order.
    static func hasRow(_ document: Document, containing wanted: [String]) -> Bool {
        for block in document.blocks {
            guard case .table(let table) = block else { continue }
            for row in table.allRows {
                let cells = row.cells.map { WireFixtures.normalized($0.blocks.map(\.plainText).joined(separator: " ")) }
                var position = 0
                var holds = true
                for want in wanted {
                    guard let found = cells[position...].firstIndex(where: { $0.contains(want) }) else {
                        holds = false
                        break
                    }
                    position = found + 1
                    if position > cells.count { break }
                }
                if holds { return true }
            }
        }
        return false
    }
}
