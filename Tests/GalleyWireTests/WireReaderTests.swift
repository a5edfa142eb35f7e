import GalleyCore
@testable import GalleyWire
import Testing

@Suite("WireReader")
struct WireReaderTests {
    static let iptc = "\u{1}eca0124 3 i 93  dpa 1888\r\n\r\nYemen/conflict/\r\n\u{2}EXTRA\nPeace talks =\r\n\r\n"
        + "Washington (dpa) - Mattis says he expects talks.\r\n\r\ndpa grj rmo\r\n\r\n\u{3}212101 GMT Nov 18\r\n\u{4}"

    @Test func readsSeveralStoriesFromOneFeed() throws {
        let feed = Array((WireReaderTests.iptc + "\r\n" + WireReaderTests.iptc).utf8)
        let (documents, diagnostics) = try WireFixtures.read(feed)
        #expect(documents.count == 2)
        #expect(diagnostics.isEmpty)
        #expect(documents.allSatisfy { $0.metadata.title == "Peace talks" })
    }

    @Test func readWarnsWhenItDropsStories() throws {
        let feed = Array((WireReaderTests.iptc + WireReaderTests.iptc).utf8)
        var context = ConversionContext()
        let document = try WireReader().read(Input(bytes: feed), context: &context)
        #expect(document.metadata.slug == "Yemen/conflict")
        #expect(context.diagnostics.map(\.code) == ["wire.several-stories"])
    }

    struct Damage: CustomTestStringConvertible, Sendable {
        var name: String
        var bytes: [UInt8]
        var warning: String
        var testDescription: String { name }
    }

    static let damages: [Damage] = {
        let story = Array(iptc.utf8)
        let etx = story.firstIndex(of: 0x03) ?? 0
        return [
            Damage(name: "no ETX", bytes: Array(story[..<etx]), warning: "wire.missing-etx"),
            Damage(name: "no EOT", bytes: Array(story.dropLast()), warning: "wire.missing-eot"),
            Damage(name: "NUL bytes", bytes: story.flatMap { $0 == 0x0A ? [0x00, 0x0A] : [$0] }, warning: "wire.nul-bytes"),
            Damage(name: "no STX", bytes: story.filter { $0 != 0x02 }, warning: "wire.missing-stx"),
        ]
    }()

    @Test(arguments: damages)
    func recoversFromDamage(_ damage: Damage) throws {
        let (documents, diagnostics) = try WireFixtures.read(damage.bytes)
        let document = try #require(documents.first)
        #expect(diagnostics.contains { $0.code == damage.warning }, "\(diagnostics)")
        #expect(WireFixtures.bodyText(document).contains("Mattis says he expects talks."))
        #expect(document.metadata.wordCount == 93)
    }

    @Test func decodesLatin1WhenTheCopyIsNotUTF8() throws {
        // "Köln =" with ö as 0xF6, and windows-1252 quotes 0x93/0x94 in the text.
        let latin1: [UInt8] = Array("\u{1}eca1 4 i 3\r\n\u{2}K".utf8) + [0xF6] + Array("ln =\r\n\r\nText ".utf8)
            + [0x93] + Array("quoted".utf8) + [0x94] + Array(".\r\n\u{3}\u{4}".utf8)
        let (documents, _) = try WireFixtures.read(latin1)
        let document = try #require(documents.first)
        #expect(document.metadata.title == "Köln")
        #expect(WireFixtures.bodyText(document) == "Text \u{201C}quoted\u{201D}.")
    }

    @Test func keepsTheDatelineWhenAsked() throws {
        let (documents, _) = try WireFixtures.read(Array(WireReaderTests.iptc.utf8), options: .init(keepsDateline: true))
        let document = try #require(documents.first)
        #expect(WireFixtures.bodyText(document).hasPrefix("Washington (dpa) - Mattis"))
        #expect(document.metadata.dateline?.place == "Washington")
    }

    @Test func emptyInputGivesAnEmptyDocument() throws {
        let (documents, diagnostics) = try WireFixtures.read([])
        #expect(documents == [Document()])
        #expect(diagnostics.map(\.code) == ["wire.empty"])
    }

    @Test func descriptorsBuildReaders() throws {
        #expect(GalleyWireFormats.wire.name == "wire")
        #expect(GalleyWireFormats.wire.extensions == ["tst", "anpa", "ipt", "wire"])
        #expect(GalleyWireFormats.anpa.name == "anpa")
        #expect(GalleyWireFormats.iptc7901.name == "iptc7901")
        let reader = try GalleyWireFormats.iptc7901.make(OptionValues(["wire-encoding": ["iso-8859-1"], "keep-dateline": ["true"]]))
        let wire = try #require(reader as? WireReader)
        #expect(wire.options == WireReader.Options(format: .iptc7901, encoding: .latin1, keepsDateline: true))
        #expect(throws: GalleyError.self) {
            try GalleyWireFormats.wire.make(OptionValues(["wire-encoding": ["ebcdic"]]))
        }
    }
}

@Suite("IPTC 7901 teleprinter patterns")
struct TeleprinterPatternTests {
    @Test func ignoresZCZCAndNNNN() throws {
        let text = "\u{1}ZCZC eca0009 2 pl 40  dpa 0101\r\nPoland/politics/\r\n\u{2}Polish president signs budget =\r\n\r\n"
            + "Warsaw (dpa) - The president signed the budget.\r\n\r\nNNNN\r\n\u{3}031200 GMT Feb 25\r\n\u{4}"
        let (documents, _) = try WireFixtures.read(Array(text.utf8))
        let document = try #require(documents.first)
        #expect(document.metadata.extra["service"] == .string("eca"))
        #expect(document.metadata.priority == 2)
        #expect(WireFixtures.bodyText(document) == "The president signed the budget.")
        #expect(document.metadata.date == "2025-02-03T12:00:00Z")
    }
}

@Suite("German 7-bit copy")
struct German7BitTests {
    @Test func readsISO646DEWhenDeclared() throws {
        let text = "\u{1}bdt0001 4 pl 12  dpa 0001\r\nK|ln/\r\n\u{2}Stra~enbahn f{hrt wieder =\r\n\r\n"
            + "K|ln (dpa) - Die Stra~enbahn f{hrt wieder als ]berlandbahn.\r\n\u{3}\u{4}"
        let (documents, _) = try WireFixtures.read(Array(text.utf8), options: .init(encoding: .german7Bit))
        let document = try #require(documents.first)
        #expect(document.metadata.title == "Straßenbahn fährt wieder")
        #expect(document.metadata.slug == "Köln")
        #expect(document.metadata.dateline?.place == "Köln")
        #expect(WireFixtures.bodyText(document) == "Die Straßenbahn fährt wieder als Überlandbahn.")
    }
}
