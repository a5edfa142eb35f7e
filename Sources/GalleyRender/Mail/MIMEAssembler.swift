// MIME structure, RFC 2045 and RFC 2046: https://www.rfc-editor.org/rfc/rfc2046#section-5.1

/// Builds the message bytes: headers, then the multipart body.
struct MIMEAssembler {
    /// A file attached to the message.
    struct Attachment {
        var contentType: String
        var filename: String
        var bytes: [UInt8]
    }

    /// The content hash that makes the boundaries unique to this message. Boundaries start with
    /// `=_`, which neither quoted-printable nor base64 text can contain (RFC 2045 section 6.7
    /// notes this), so no body line can be mistaken for one.
    let digest: String
    private(set) var bytes: [UInt8] = []

    init(digest: String) {
        self.digest = digest
    }

    mutating func addHeaders(_ headers: [MailHeader]) {
        for header in headers { bytes += Array(header.folded.utf8) }
    }

    mutating func addBody(text: String, html: String, attachments: [Attachment]) {
        let alternative = "=_galley_alt_" + digest.prefix(16)
        if attachments.isEmpty {
            add(MailHeader("Content-Type", words: ["multipart/alternative;", "boundary=\"\(alternative)\""]))
            line("")
            addAlternatives(text: text, html: html, boundary: alternative)
            return
        }
        let mixed = "=_galley_mix_" + digest.prefix(16)
        add(MailHeader("Content-Type", words: ["multipart/mixed;", "boundary=\"\(mixed)\""]))
        line("")
        line("--" + mixed)
        add(MailHeader("Content-Type", words: ["multipart/alternative;", "boundary=\"\(alternative)\""]))
        line("")
        addAlternatives(text: text, html: html, boundary: alternative)
        for attachment in attachments {
            line("--" + mixed)
            add(MailHeader("Content-Type", words: [attachment.contentType + ";", "name=\"\(attachment.filename)\""]))
            add(MailHeader("Content-Disposition", words: ["attachment;", "filename=\"\(attachment.filename)\""]))
            add(MailHeader("Content-Transfer-Encoding", words: ["base64"]))
            line("")
            bytes += Base64.encodeLines(attachment.bytes)
        }
        line("--" + mixed + "--")
    }

    mutating func addAlternatives(text: String, html: String, boundary: String) {
        line("--" + boundary)
        add(MailHeader("Content-Type", words: ["text/plain;", "charset=utf-8;", "format=flowed"]))
        add(MailHeader("Content-Transfer-Encoding", words: ["quoted-printable"]))
        line("")
        bytes += QuotedPrintable.encode(text)
        line("--" + boundary)
        add(MailHeader("Content-Type", words: ["text/html;", "charset=utf-8"]))
        add(MailHeader("Content-Transfer-Encoding", words: ["quoted-printable"]))
        line("")
        bytes += QuotedPrintable.encode(html)
        line("--" + boundary + "--")
    }

    mutating func add(_ header: MailHeader) {
        bytes += Array(header.folded.utf8)
    }

    mutating func line(_ text: String) {
        bytes += Array(text.utf8)
        bytes += [0x0D, 0x0A]
    }
}
