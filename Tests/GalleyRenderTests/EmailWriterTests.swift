import Foundation
import GalleyCore
import GalleyRender
import Testing
import TestSupport

@Suite("E-mail writer")
struct EmailWriterTests {
    static let timestamp: Int64 = 1_700_000_000

    static func options(to: [String] = ["Bob Reader <bob@example.com>"], subject: String? = nil) throws -> EmailWriter.Options {
        var values = OptionValues()
        values.add("mail-from", "Ana Müller <ana@example.com>")
        for address in to { values.add("mail-to", address) }
        values.add("mail-cc", "\"Doe, Jane\" <jane@example.org>")
        if let subject { values.add("mail-subject", subject) }
        return try GalleyRenderFormats.emailOptions(from: values)
    }

    static func message(
        _ document: Document = RenderFixtures.article, options: EmailWriter.Options? = nil,
        profile: RenderProfile = BuiltinProfiles.email
    ) throws -> [UInt8] {
        var context = ConversionContext(timestamp: timestamp)
        return try EmailWriter(options: options ?? Self.options()).write(document, profile: profile, context: &context).bytes
    }

    static func lines(_ bytes: [UInt8]) -> [ArraySlice<UInt8>] {
        bytes.split(separator: 0x0A, omittingEmptySubsequences: false).dropLast()
    }

    @Test("Python's email package parses the message with no defect and both parts decode to the article")
    func pythonParsesWithoutDefects() throws {
        let message = try Self.message()
        let report = try #require(try MailCheck.parse(message))
        #expect(report.defects.isEmpty, "\(report.defects)")
        #expect(report.headers["Subject"] == RenderFixtures.article.metadata.title)
        #expect(report.headers["From"] == "Ana Müller <ana@example.com>")
        #expect(report.headers["To"] == "Bob Reader <bob@example.com>")
        #expect(report.headers["Cc"] == "\"Doe, Jane\" <jane@example.org>")
        #expect(report.headers["MIME-Version"] == "1.0")
        #expect(report.headers["Date"] == "Tue, 14 Nov 2023 22:13:20 +0000")
        let types = report.parts.map(\.type)
        #expect(types == ["multipart/alternative", "text/plain", "text/html"])
        let plain = try #require(report.parts.first { $0.type == "text/plain" })
        let html = try #require(report.parts.first { $0.type == "text/html" })
        #expect(plain.parameters["format"] == "flowed")
        #expect(plain.parameters["charset"] == "utf-8")
        #expect(plain.transferEncoding == "quoted-printable")
        #expect(html.transferEncoding == "quoted-printable")
        let plainText = MailCheck.collapsed(plain.text ?? "")
        let htmlText = MailCheck.collapsed(html.text ?? "")
        for sentence in RenderFixtures.articleSentences {
            #expect(plainText.contains(sentence), "text/plain lacks: \(sentence)")
            #expect(htmlText.contains(sentence), "text/html lacks: \(sentence)")
        }
        // The code block keeps its lines (space-stuffed on the wire), the trailing spaces of its
        // first line removed so that it does not flow into the next.
        #expect((plain.raw ?? "").contains("\n     let x = 1\n       indented line\n     From here on\n"))
        #expect((plain.text ?? "").contains("\n    let x = 1\n      indented line\n    From here on\n"))
        #expect(!(html.raw ?? "").contains("<style"))
    }

    @Test("Subjects round-trip through encoded-words", arguments: [
        "Talks resume", "Ελλάδα: Gespräche in Zürich gehen weiter — 北京 😀",
        String(repeating: "Überlänge ", count: 30), "=?utf-8?B?not-really?= an encoded word",
        "A subject with a very-long-word-\(String(repeating: "x", count: 120)) inside",
    ])
    func subjectRoundTrips(subject: String) throws {
        let message = try Self.message(options: Self.options(subject: subject))
        let report = try #require(try MailCheck.parse(message))
        #expect(report.defects.isEmpty, "\(report.defects)")
        #expect(report.headers["Subject"] == MailCheck.collapsed(subject))
    }

    @Test("Lines end in CRLF, stay within 78 characters and never exceed 998")
    func lineLimits() throws {
        var document = RenderFixtures.article
        document.metadata.title = String(repeating: "Ünïcödé title ", count: 20)
        document.blocks.append(.paragraph([.text(String(repeating: "x", count: 3000))]))
        let message = try Self.message(document, options: Self.options(to: (1...8).map { "Reader Number \($0) <reader\($0)@example.com>" }))
        for (index, byte) in message.enumerated() where byte == 0x0A {
            #expect(index > 0 && message[index - 1] == 0x0D, "bare LF at \(index)")
        }
        for line in Self.lines(message) {
            #expect(line.count <= 79, "line longer than 78: \(String(decoding: line, as: UTF8.self))")
        }
        #expect(message.allSatisfy { $0 < 0x80 }, "the message must be 7-bit")
        let report = try #require(try MailCheck.parse(message))
        #expect(report.defects.isEmpty, "\(report.defects)")
    }

    @Test("The same input gives the same bytes; other content gives another Message-ID")
    func deterministic() throws {
        let first = try Self.message()
        let second = try Self.message()
        #expect(first == second)
        var changed = RenderFixtures.article
        changed.blocks.append(.paragraph([.text("One more line.")]))
        let third = try Self.message(changed)
        func messageID(_ bytes: [UInt8]) -> String? {
            String(decoding: bytes, as: UTF8.self).split(separator: "\r\n").first { $0.hasPrefix("Message-ID:") }.map(String.init)
        }
        #expect(messageID(first) != nil)
        #expect(messageID(first) != messageID(third))
        #expect(messageID(first)?.hasSuffix("@example.com>") == true)
    }

    @Test("Without a timestamp the Date comes from the article's date")
    func dateFromArticle() throws {
        var context = ConversionContext()
        let bytes = try EmailWriter(options: Self.options()).write(RenderFixtures.article, profile: BuiltinProfiles.email, context: &context).bytes
        #expect(String(decoding: bytes, as: UTF8.self).contains("\r\nDate: Thu, 8 Apr 2021 00:00:00 +0000\r\n"))
    }

    @Test("Missing sender and recipient give a draft and warnings")
    func missingAddresses() throws {
        var context = ConversionContext(timestamp: Self.timestamp)
        let bytes = try EmailWriter().write(RenderFixtures.article, profile: BuiltinProfiles.email, context: &context).bytes
        let codes = context.diagnostics.map(\.code)
        #expect(codes.contains("email.no-recipient"))
        #expect(codes.contains("email.no-sender"))
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(!text.contains("\r\nTo:") && !text.hasPrefix("From:"))
        #expect(text.contains("@galley.invalid>"))
    }

    @Test("Long and non-ASCII display names fold and decode")
    func longDisplayNames() throws {
        let long = String(repeating: "Long, ", count: 12) + "Name"
        let accented = String(repeating: "Zoë Ångström ", count: 6) + "Zoë"
        let message = try Self.message(options: Self.options(to: ["\"\(long)\" <l@example.org>", "\(accented) <z@example.org>"]))
        let report = try #require(try MailCheck.parse(message))
        #expect(report.defects.isEmpty, "\(report.defects)")
        // Python keeps the folding space between adjacent encoded-words in a display name (RFC
        // 2047 drops it), so compare with whitespace runs collapsed.
        #expect(MailCheck.collapsed(report.headers["To"] ?? "") == "\"\(long)\" <l@example.org>, \(accented) <z@example.org>")
        for line in Self.lines(message) { #expect(line.count <= 79) }
    }

    @Test("Invalid addresses are usage errors naming the option", arguments: [
        ("mail-to", "not an address"), ("mail-to", "bob@example.com\r\nBcc: eve@example.com"), ("mail-from", "ana@@example.com"),
        ("mail-cc", "Ana <ana@exa mple.com>"), ("mail-to", "jürgen@example.com"),
    ])
    func invalidAddresses(option: String, value: String) throws {
        var values = OptionValues()
        values.add(option, value)
        let error = try #require(throws: GalleyError.self) { try GalleyRenderFormats.emailOptions(from: values) }
        #expect(error.kind == .usage)
        #expect(error.message.contains("--\(option)"))
        #expect(error.hint != nil)
    }

    @Test("--attach without a provider is refused; with one the EPUB is attached as base64 under multipart/mixed")
    func attachments() throws {
        var values = OptionValues()
        values.add("mail-to", "bob@example.com")
        values.add("attach", "epub")
        #expect(throws: GalleyError.self) { _ = try GalleyRenderFormats.email.make(values) }
        let payload = (0..<5000).map { UInt8(truncatingIfNeeded: $0 * 7) }
        let provider = EmailAttachmentProvider(format: "epub", contentType: "application/epub+zip", fileExtension: "epub") { _, _ in
            payload
        }
        let writer = try GalleyRenderFormats.email(attachmentProviders: [provider]).make(values)
        var context = ConversionContext(timestamp: Self.timestamp)
        let message = try writer.write(RenderFixtures.article, profile: BuiltinProfiles.email, context: &context).bytes
        let report = try #require(try MailCheck.parse(message))
        #expect(report.defects.isEmpty, "\(report.defects)")
        #expect(report.parts.map(\.type) == ["multipart/mixed", "multipart/alternative", "text/plain", "text/html", "application/epub+zip"])
        #expect(report.parts.last?.size == payload.count)
        #expect(report.parts.last?.parameters["name"] == "talks-resume.epub")
        for line in Self.lines(message) { #expect(line.count <= 78) }
    }

    @Test("The HTML part has its styles inline and no <style> element")
    func inlineStyles() throws {
        let text = String(decoding: try Self.message(), as: UTF8.self)
        let html = try #require(try MailCheck.parse(Array(text.utf8))?.parts.first { $0.type == "text/html" }?.raw)
        #expect(!html.contains("<style"))
        #expect(html.contains("<body style=\"font-family:"))
        #expect(html.contains("<h2 style=\"font-size:"))
        #expect(html.contains("<p style=\"margin:"))
        #expect(html.contains("<img style=\"max-width: 100%"))
    }

    @Test("Plain text is format=flowed: soft breaks end in a space and lines are space-stuffed")
    func flowed() throws {
        let report = try #require(try MailCheck.parse(try Self.message()))
        let raw = try #require(report.parts.first { $0.type == "text/plain" }?.raw)
        let lines = raw.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.contains { $0.hasSuffix(" ") }, "some line must be soft-broken")
        for line in lines {
            #expect(line.count <= 78)
            #expect(!line.hasPrefix("From "), "unstuffed From line: \(line)")
        }
        #expect(lines.contains { $0 == "> > We are not there yet, but we are closer than last week." }
            || lines.contains { $0.hasPrefix("> >") || $0.hasPrefix(">  >") })
    }
}

@Suite("E-mail plain text")
struct MailPlainTextTests {
    @Test("Dropped raw blocks leave no extra blank lines")
    func rawBlocksLeaveNoGap() throws {
        let document = Document(blocks: [
            .rawBlock(format: "html", text: "<div>x</div>"), .paragraph([.text("One.")]),
            .rawBlock(format: "html", text: "<div>y</div>"), .paragraph([.text("Two.")]),
        ])
        let report = try #require(try MailCheck.parse(try EmailWriterTests.message(document)))
        let text = try #require(report.parts.first { $0.type == "text/plain" }?.raw)
        #expect(text == "One.\n\nTwo.")
    }
}
