import GalleyCore
@testable import GalleyRender
import Testing
import TestSupport

@Suite("MIME encodings")
struct MIMEEncodingTests {
    static let samples = [
        "", "plain ascii", "trailing space ", "trailing tab\t", "a = b", ".leading dot", "From the start",
        String(repeating: "x", count: 200), String(repeating: "é", count: 100), String(repeating: "北京😀", count: 40),
        "line one\nline two\r\nline three\n", String(repeating: "ab ", count: 60),
        String(repeating: "x", count: 75) + "From here. And " + String(repeating: "y", count: 60) + ".dot",
    ]

    /// Decodes quoted-printable as RFC 2045 defines it.
    static func decode(_ encoded: [UInt8]) -> [UInt8] {
        var output: [UInt8] = []
        var lines = encoded.split(separator: 0x0A, omittingEmptySubsequences: false).map { $0.last == 0x0D ? $0.dropLast() : $0 }
        if lines.last?.isEmpty == true { lines.removeLast() }
        for line in lines {
            var index = line.startIndex
            var isSoft = false
            while index < line.endIndex {
                if line[index] == UInt8(ascii: "=") {
                    if index + 1 == line.endIndex { isSoft = true; break }
                    let hex = String(decoding: line[(index + 1)...(index + 2)], as: UTF8.self)
                    output.append(UInt8(hex, radix: 16) ?? 0)
                    index += 3
                } else {
                    output.append(line[index])
                    index += 1
                }
            }
            if !isSoft { output.append(0x0A) }
        }
        return output
    }

    @Test("Quoted-printable round-trips, keeps lines within 76 and never splits a character", arguments: samples)
    func quotedPrintable(text: String) {
        let encoded = QuotedPrintable.encode(text)
        var expected = text.replacing("\r\n", with: "\n")
        if !expected.isEmpty, !expected.hasSuffix("\n") { expected += "\n" }
        #expect(String(decoding: Self.decode(encoded), as: UTF8.self) == expected)
        for line in encoded.split(separator: 0x0A) {
            #expect(line.last == 0x0D)
            #expect(line.count - 1 <= 76)
            let content = line.dropLast()
            #expect(content.last != 0x20 && content.last != 0x09, "unencoded trailing whitespace")
            // A soft-broken line must end with a whole character: decode it alone and check UTF-8.
            let decoded = Self.decode(Array(content) + [0x0D, 0x0A])
            #expect(String(validating: decoded, as: UTF8.self) != nil, "split UTF-8 sequence")
            #expect(!content.starts(with: Array("From ".utf8)) && content.first != UInt8(ascii: "."))
        }
    }

    @Test("Encoded-words stay within 75 characters and split between characters", arguments: samples.filter { !$0.isEmpty })
    func encodedWords(text: String) throws {
        let words = EncodedWord.encode(text)
        #expect(!words.isEmpty)
        for word in words {
            #expect(word.utf8.count <= 75)
            #expect(word.hasPrefix("=?utf-8?B?") && word.hasSuffix("?="))
        }
    }

    @Test("Flowed text never writes a soft line that reads as a signature separator")
    func signatureSeparator() {
        let long = String(repeating: "b", count: 25)
        let text = FlowedText.format([TextLine(depth: 0, text: String(repeating: "a", count: 20) + " -- " + long, isFlowed: true)], width: 22)
        #expect(!text.split(separator: "\n").contains("-- "))
        #expect(text == String(repeating: "a", count: 20) + " \n-- \(long)\n")
    }

    @Test("Folded headers keep lines within 78 characters")
    func folding() {
        let header = MailHeader("Subject", text: String(repeating: "Gespräche über Zölle ", count: 12))
        let lines = header.folded.split(separator: "\r\n")
        #expect(lines.count > 3)
        for line in lines { #expect(line.utf8.count <= 78) }
        for line in lines.dropFirst() { #expect(line.hasPrefix(" ")) }
        let injected = MailHeader("Subject", text: "Hello\r\nBcc: eve@example.com")
        #expect(injected.folded == "Subject: Hello Bcc: eve@example.com\r\n")
    }

    @Test("Display names are plain, quoted or encoded as they need", arguments: [
        ("Ana Reader <ana@example.com>", "Ana Reader <ana@example.com>"),
        ("\"Doe, Jane\" <jane@example.org>", "\"Doe, Jane\" <jane@example.org>"),
        ("Dr. \"Q\" Smith <q@example.org>", "\"Dr. \\\"Q\\\" Smith\" <q@example.org>"),
        ("bob@example.com", "bob@example.com"),
        ("<bob@example.com>", "bob@example.com"),
        ("Jürgen Weiß <jw@example.de>", "=?utf-8?B?SsO8cmdlbiBXZWnDnw==?= <jw@example.de>"),
    ])
    func displayNames(input: String, header: String) throws {
        let address = try MailAddress(parsing: input, option: "mail-to")
        #expect(address.headerWords.joined(separator: " ") == header)
    }

    @Test("RFC 5322 dates from timestamps and ISO dates", arguments: [
        (Int64(0), "Thu, 1 Jan 1970 00:00:00 +0000"), (Int64(1_700_000_000), "Tue, 14 Nov 2023 22:13:20 +0000"),
        (Int64(951_782_400), "Tue, 29 Feb 2000 00:00:00 +0000"),
    ])
    func dates(seconds: Int64, text: String) {
        #expect(MailDate.format(seconds) == text)
    }

    @Test("ISO 8601 dates with times and offsets")
    func isoDates() {
        #expect(MailDate.seconds(iso: "2023-11-14T22:13:20Z") == 1_700_000_000)
        #expect(MailDate.seconds(iso: "2023-11-14T23:13:20+01:00") == 1_700_000_000)
        #expect(MailDate.seconds(iso: "2023-11-14") == 1_699_920_000)
        #expect(MailDate.seconds(iso: "14 November") == nil)
    }

    @Test("Random documents become messages Python parses without defects", arguments: [UInt64(1), 2, 3, 4, 5, 6])
    func randomDocuments(seed: UInt64) throws {
        var generator = RandomDocumentGenerator(seed: seed)
        let document = generator.document()
        let message = try EmailWriterTests.message(document)
        for line in message.split(separator: 0x0A) { #expect(line.count <= 999) }
        let report = try #require(try MailCheck.parse(message))
        #expect(report.defects.isEmpty, "\(report.defects)")
        #expect(report.parts.map(\.type) == ["multipart/alternative", "text/plain", "text/html"])
    }
}
