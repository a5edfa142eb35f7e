// The e-mail formatter: an RFC 5322 message with a plain-text and an HTML alternative.

import GalleyCore
import GalleyHTML

/// Writes a document as an e-mail message ready for `sendmail -t`.
///
/// The message (RFC 5322, CRLF line endings, MIME 1.0) has From, To, Cc, Subject (by default the
/// title), Date, Message-ID and MIME-Version headers, then a `multipart/alternative` body: first
/// `text/plain; charset=utf-8; format=flowed` (RFC 3676), last `text/html; charset=utf-8` with
/// every style inlined into `style` attributes (mail clients drop `<style>`); both parts are
/// quoted-printable. Header text that is not ASCII becomes RFC 2047 encoded-words; header lines
/// are folded within 78 characters. Attachments (`--attach epub`) wrap the alternatives in
/// `multipart/mixed` and are base64 in 76-character lines.
///
/// The same document, options and ``ConversionContext/timestamp`` always give the same bytes:
/// Date comes from the timestamp (else from the article's date; else it is left for the mail
/// transport to add), Message-ID and MIME boundaries from a hash of the content.
///
/// Without `--mail-to` the message has no recipient and the writer warns (`email.no-recipient`):
/// it is a draft that `sendmail -t` refuses. Without `--mail-from` the From header is left out and
/// the writer warns (`email.no-sender`): `sendmail -t` then adds the sending user's own address,
/// which is better than inventing one.
public struct EmailWriter: Writer {
    /// Who the message is from and to, and what to attach.
    public struct Options: Sendable, Hashable {
        /// The sender (`--mail-from`). Default none.
        public var from: MailAddress?
        /// The recipients (`--mail-to`, repeatable). Default none.
        public var to: [MailAddress] = []
        /// Copy recipients (`--mail-cc`, repeatable). Default none.
        public var cc: [MailAddress] = []
        /// The subject (`--mail-subject`); `nil` uses the title. Default `nil`.
        public var subject: String?
        /// Formats to attach (`--attach`), each made by a provider in ``attachmentProviders``.
        /// Default none.
        public var attachments: [String] = []
        /// The writers that can make attachments, injected by whoever registers the writer.
        /// Default none.
        public var attachmentProviders: [EmailAttachmentProvider] = []
        /// Pass raw HTML from the input through the sanitizer instead of dropping it. Default `false`.
        public var allowsRawHTML = false

        /// The defaults.
        public init() {}

        /// Checks that every requested attachment has a provider.
        ///
        /// - Throws: A usage error naming the format and the formats that can be attached.
        public func validate() throws {
            let known = attachmentProviders.map(\.format)
            for format in attachments where !known.contains(format) {
                throw GalleyError(
                    .usage, code: "email.unknown-attachment", message: "--attach \(format) is not available in this build",
                    hint: known.isEmpty ? "nothing can be attached here" : "attachable formats: \(known.joined(separator: ", "))")
            }
        }
    }

    /// The writer's options.
    public var options: Options

    /// Creates a writer.
    public init(options: Options = Options()) {
        self.options = options
    }

    /// Writes the message as bytes (ASCII, CRLF line endings).
    public func write(_ document: Document, profile: RenderProfile, context: inout ConversionContext) throws
        -> Output
    {
        .bytes(try message(for: document, profile: profile, context: &context))
    }

    /// The message's bytes.
    ///
    /// - Throws: A usage error when an attachment is requested that no provider makes, or what
    ///   the attachment's provider throws.
    public func message(for document: Document, profile: RenderProfile, context: inout ConversionContext) throws
        -> [UInt8]
    {
        try options.validate()
        if options.to.isEmpty {
            context.warn("email.no-recipient", "the message has no To address; sendmail -t will refuse it (use --mail-to)")
        }
        if options.from == nil {
            context.warn("email.no-sender", "the message has no From address; the mail transport will add one (use --mail-from)")
        }
        let text = plainText(document, profile: profile)
        let html = htmlText(document, profile: profile, context: &context)
        var attachments: [(provider: EmailAttachmentProvider, bytes: [UInt8])] = []
        for format in options.attachments {
            guard let provider = options.attachmentProviders.first(where: { $0.format == format }) else { continue }
            attachments.append((provider, try provider.make(document, &context)))
        }
        var digest = ContentDigest()
        digest.add(String(context.timestamp ?? 0).utf8)
        digest.add(text.utf8)
        digest.add(html.utf8)
        for attachment in attachments { digest.add(attachment.bytes) }
        var assembler = MIMEAssembler(digest: digest.hex)
        assembler.addHeaders(headers(document, digest: digest.hex, timestamp: context.timestamp))
        assembler.addBody(text: text, html: html, attachments: attachments.map {
            MIMEAssembler.Attachment(
                contentType: $0.provider.contentType, filename: Self.fileName(document, extension: $0.provider.fileExtension),
                bytes: $0.bytes)
        })
        return assembler.bytes
    }

    /// The plain-text alternative, format=flowed, lines ending in LF.
    func plainText(_ document: Document, profile: RenderProfile) -> String {
        var renderer = MailTextRenderer(linkStyle: profile.links)
        renderer.render(document)
        // RFC 3676 recommends lines of at most 78 characters, 72 or fewer where possible.
        return FlowedText.format(renderer.lines, width: min(max(profile.measure, 20), 78))
    }

    /// The HTML alternative: a standalone page without `<style>`, styles inlined.
    func htmlText(_ document: Document, profile: RenderProfile, context: inout ConversionContext) -> String {
        var html = HTMLWriter.Options()
        html.isStandalone = true
        html.allowsRawHTML = options.allowsRawHTML
        html.includesHeader = true
        html.includesFooter = true
        html.includesDefaultStyle = false
        html.links = .profile
        var page = HTMLWriter(options: html).render(document, profile: profile, context: &context)
        if let source = document.metadata.source, !source.isEmpty {
            page = PrintWriter.addingSource(source, toHeaderOf: page)
        }
        return CSSInliner(profile: profile).inline(page)
    }

    /// The top-level headers, in the order mail programs show them.
    func headers(_ document: Document, digest: String, timestamp: Int64?) -> [MailHeader] {
        var headers: [MailHeader] = []
        if let from = options.from { headers.append(MailHeader("From", words: from.headerWords)) }
        if !options.to.isEmpty { headers.append(MailHeader("To", words: Self.addressList(options.to))) }
        if !options.cc.isEmpty { headers.append(MailHeader("Cc", words: Self.addressList(options.cc))) }
        headers.append(MailHeader("Subject", text: subject(document)))
        let seconds = timestamp ?? document.metadata.date.flatMap(MailDate.seconds(iso:))
        if let seconds { headers.append(MailHeader("Date", words: [MailDate.format(seconds)])) }
        let domain = options.from?.domain ?? "galley.invalid"
        let stamp = seconds.map { "\($0)." } ?? ""
        headers.append(MailHeader("Message-ID", words: ["<\(stamp)\(digest)@\(domain)>"]))
        if let language = document.metadata.language, !language.isEmpty, EncodedWord.isPlain(language),
            !language.contains(" ")
        {
            headers.append(MailHeader("Content-Language", words: [language]))
        }
        headers.append(MailHeader("MIME-Version", words: ["1.0"]))
        return headers
    }

    /// The subject: the option, else the title, else the subtitle, else "Article".
    func subject(_ document: Document) -> String {
        for candidate in [options.subject, document.metadata.title, document.metadata.subtitle] {
            if let candidate, !MailHeader.singleLine(candidate).isEmpty { return candidate }
        }
        return "Article"
    }

    /// Mailboxes separated by commas, as header words.
    static func addressList(_ addresses: [MailAddress]) -> [String] {
        var words: [String] = []
        for (index, address) in addresses.enumerated() {
            var mailbox = address.headerWords
            if index < addresses.count - 1, let last = mailbox.popLast() { mailbox.append(last + ",") }
            words += mailbox
        }
        return words
    }

    /// An attachment's file name from the slug or title: lower-case letters, digits and hyphens.
    static func fileName(_ document: Document, extension fileExtension: String) -> String {
        let base = document.metadata.slug ?? document.metadata.title ?? ""
        var name: [UInt8] = []
        for byte in base.lowercased().utf8 {
            let isPlain = (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
            if isPlain {
                name.append(byte)
            } else if name.last != UInt8(ascii: "-"), !name.isEmpty {
                name.append(UInt8(ascii: "-"))
            }
            if name.count >= 60 { break }
        }
        while name.last == UInt8(ascii: "-") { name.removeLast() }
        return (name.isEmpty ? "article" : String(decoding: name, as: UTF8.self)) + "." + fileExtension
    }
}
