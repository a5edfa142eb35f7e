// Mailboxes, RFC 5322 section 3.4: https://www.rfc-editor.org/rfc/rfc5322#section-3.4

import GalleyCore

/// A mailbox: an optional display name and an address (`Ana Müller <ana@example.com>`).
public struct MailAddress: Sendable, Hashable {
    /// The name shown to people, or `nil`.
    public var displayName: String?
    /// The `local@domain` address (ASCII).
    public var address: String

    /// Creates a mailbox.
    public init(displayName: String? = nil, address: String) {
        self.displayName = displayName
        self.address = address
    }

    /// Parses `Name <local@domain>`, `"Doe, Jane" <jane@example.com>`, `<a@b>` or `a@b`.
    ///
    /// - Parameter option: The option the text came from, for messages (`mail-to`).
    /// - Throws: A usage error when the address is not a plain ASCII `local@domain`, or the text
    ///   holds line breaks or control characters.
    public init(parsing text: String, option: String) throws {
        if text.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) {
            throw Self.invalid(text, option: option, why: "it contains a line break or control character")
        }
        var trimmed = Substring(text).trimmingSpaces
        var name: String?
        if trimmed.hasSuffix(">"), let open = trimmed.lastIndex(of: "<") {
            var phrase = trimmed[..<open].trimmingSpaces
            if phrase.count >= 2, phrase.hasPrefix("\""), phrase.hasSuffix("\"") {
                phrase = phrase.dropFirst().dropLast()
                phrase = Substring(phrase.replacing("\\\"", with: "\"").replacing("\\\\", with: "\\"))
            }
            name = phrase.isEmpty ? nil : String(phrase)
            trimmed = trimmed[trimmed.index(after: open)..<trimmed.index(before: trimmed.endIndex)].trimmingSpaces
        }
        let address = String(trimmed)
        guard Self.isValidAddress(address) else {
            throw Self.invalid(text, option: option, why: "'\(address)' is not an address such as name@example.com")
        }
        self.init(displayName: name, address: address)
    }

    static func invalid(_ text: String, option: String, why: String) -> GalleyError {
        GalleyError(
            .usage, code: "email.invalid-address", message: "--\(option) '\(MailHeader.singleLine(text))' is not usable: \(why)",
            hint: "write --\(option) 'Name <name@example.com>' or --\(option) name@example.com")
    }

    /// The domain part of the address.
    var domain: String {
        address.split(separator: "@").last.map(String.init) ?? "localhost"
    }

    /// The header words for this mailbox: the display name (plain, quoted or encoded) and the
    /// address in angle brackets.
    var headerWords: [String] {
        guard let displayName, !displayName.isEmpty else { return [address] }
        let name = MailHeader.singleLine(displayName)
        let nameWords: [String]
        if !EncodedWord.isPlain(name) {
            nameWords = EncodedWord.encode(name)
        } else if name.utf8.allSatisfy(Self.isPhraseByte) {
            nameWords = name.split(separator: " ").map(String.init)
        } else {
            let escaped = name.replacing("\\", with: "\\\\").replacing("\"", with: "\\\"")
            // Split at its spaces so that a long name can fold inside the quotes (RFC 5322
            // allows folding whitespace in a quoted-string; unfolding gives the same text).
            nameWords = ("\"" + escaped + "\"").split(separator: " ").map(String.init)
        }
        return nameWords + ["<" + address + ">"]
    }

    /// atext (RFC 5322 section 3.2.3) and space: what a display name may hold unquoted.
    static func isPhraseByte(_ byte: UInt8) -> Bool {
        isAtext(byte) || byte == 0x20
    }

    static func isAtext(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
            UInt8(ascii: "0")...UInt8(ascii: "9"):
            return true
        default:
            return Array("!#$%&'*+-/=?^_`{|}~".utf8).contains(byte)
        }
    }

    /// A dot-atom local part and a domain of letters, digits and hyphens, 254 bytes at most.
    static func isValidAddress(_ address: String) -> Bool {
        let parts = address.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, address.utf8.count <= 254 else { return false }
        let isDotAtom = { (part: Substring, allows: (UInt8) -> Bool) -> Bool in
            !part.isEmpty && !part.hasPrefix(".") && !part.hasSuffix(".") && !part.contains("..")
                && part.utf8.allSatisfy { $0 == UInt8(ascii: ".") || allows($0) }
        }
        let isDomainByte = { (byte: UInt8) -> Bool in
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"):
                return true
            default: return false
            }
        }
        return isDotAtom(parts[0], isAtext) && isDotAtom(parts[1], isDomainByte)
    }
}

extension Substring {
    /// The text without leading and trailing spaces and tabs.
    var trimmingSpaces: Substring {
        var result = self
        while let first = result.first, first == " " || first == "\t" { result = result.dropFirst() }
        while let last = result.last, last == " " || last == "\t" { result = result.dropLast() }
        return result
    }
}
