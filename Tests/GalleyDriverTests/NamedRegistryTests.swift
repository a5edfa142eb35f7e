import Galley
import GalleyCore
import Testing

/// The standard registry cut down to a conversion's names finds what the whole one finds.
@Suite struct NamedRegistryTests {
    static let standard = Registry.standard

    @Test func everyReaderNameFindsTheSameReader() throws {
        for descriptor in Self.standard.readers {
            for name in [descriptor.name] + descriptor.aliases {
                let named = try #require(Registry.standard(reader: name, writer: "markdown", passes: []), "\(name)")
                #expect(named.reader(named: name)?.name == Self.standard.reader(named: name)?.name, "\(name)")
                #expect(named.readers.count == 1)
            }
        }
    }

    @Test func everyWriterNameFindsTheSameWriter() throws {
        for descriptor in Self.standard.writers {
            for name in [descriptor.name] + descriptor.aliases {
                let named = try #require(Registry.standard(reader: "html", writer: name, passes: []), "\(name)")
                let writer = try #require(named.writer(named: name), "\(name)")
                let expected = try #require(Self.standard.writer(named: name), "\(name)")
                #expect(writer.name == expected.name, "\(name)")
                #expect(writer.options.map(\.name) == expected.options.map(\.name), "\(name)")
                #expect(writer.defaultProfile == expected.defaultProfile, "\(name)")
                #expect(named.writers.count == 1)
            }
        }
    }

    @Test func passesAndProfilesAreTheStandardOnes() throws {
        let names = Self.standard.passes.map(\.name)
        let named = try #require(Registry.standard(reader: "html", writer: "json", passes: names + [names[0]]))
        #expect(Set(named.passes.map(\.name)) == Set(names))
        for name in names {
            #expect(named.pass(named: name)?.argument == Self.standard.pass(named: name)?.argument, "\(name)")
        }
        #expect(named.profiles.map(\.profile) == Self.standard.profiles.map(\.profile))
    }

    @Test func unknownNamesLeaveItToTheWholeRegistry() {
        #expect(Registry.standard(reader: "rtf", writer: "markdown", passes: []) == nil)
        #expect(Registry.standard(reader: "html", writer: "docx", passes: []) == nil)
        #expect(Registry.standard(reader: "html", writer: "markdown", passes: ["normalise"]) == nil)
    }

    @Test func theWholeRegistryListsInItsOrder() {
        #expect(Self.standard.readers.map(\.name) == ["html", "json", "wire", "anpa", "iptc7901", "text"])
        #expect(
            Self.standard.writers.map(\.name)
                == ["json", "text", "markdown", "commonmark", "html", "epub", "print", "email"])
        #expect(
            Self.standard.profiles.map(\.profile.name)
                == ["small", "medium", "large", "x-large", "print-a4", "print-letter", "email", "ereader"])
    }
}
