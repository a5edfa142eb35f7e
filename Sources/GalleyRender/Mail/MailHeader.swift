// Header fields, RFC 5322 section 2.2: https://www.rfc-editor.org/rfc/rfc5322#section-2.2.3

/// One header field, folded into lines of at most 78 characters where its words allow.
struct MailHeader: Sendable, Hashable {
    /// The recommended line length (RFC 5322 section 2.1.1), without CRLF.
    static let foldWidth = 78

    var name: String
    /// The value's words; the header is folded only between them.
    var words: [String]

    init(_ name: String, words: [String]) {
        self.name = name
        self.words = words
    }

    /// A header whose value is free text: plain words, or encoded-words when it is not ASCII.
    init(_ name: String, text: String) {
        let text = Self.singleLine(text)
        self.name = name
        if EncodedWord.isPlain(text) {
            words = text.split(separator: " ").map(String.init)
        } else {
            words = EncodedWord.encode(text)
        }
    }

    /// The folded field with its final CRLF.
    var folded: String {
        var output = name + ":"
        var lineLength = output.utf8.count
        for word in words where !word.isEmpty {
            let length = word.utf8.count
            if lineLength + 1 + length > Self.foldWidth, lineLength > name.utf8.count + 1 {
                output += "\r\n"
                lineLength = 0
            }
            output += " " + word
            lineLength += 1 + length
        }
        return output + "\r\n"
    }

    /// `text` with every run of whitespace and control characters (C0, DEL and C1; CR and LF
    /// included, which could otherwise start a new header) turned into one space, trimmed. The
    /// text part of the message uses it for captions, cells and alt text too.
    static func singleLine(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if scalar.properties.isWhitespace || scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) {
                pendingSpace = !scalars.isEmpty
                continue
            }
            if pendingSpace { scalars.append(" ") }
            pendingSpace = false
            scalars.append(scalar)
        }
        return String(scalars)
    }
}
