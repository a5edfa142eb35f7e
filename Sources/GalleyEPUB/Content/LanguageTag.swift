/// Checks language tags against the shape of BCP 47 (RFC 5646 section 2.1), without a registry.
enum LanguageTag {
    /// The language used when the document does not say: `en`.
    ///
    /// `und` ("undetermined") would be the honest value, but reading systems pick hyphenation,
    /// fonts and text-to-speech from it and many treat `und` badly; articles without a declared
    /// language are mostly English, and `--meta language=…` overrides it.
    static let fallback = "en"

    /// `tag` when it is well formed: a 2–8 letter primary subtag, then subtags of 1–8 letters or
    /// digits, separated by `-` (underscores are accepted and turned into `-`). Otherwise `nil`.
    static func wellFormed(_ tag: String?) -> String? {
        guard let tag else { return nil }
        let normalized = tag.trimmingASCIIWhitespace().replacingUnderscores()
        let subtags = normalized.split(separator: "-", omittingEmptySubsequences: false)
        guard let primary = subtags.first, (2...8).contains(primary.utf8.count),
            primary.utf8.allSatisfy(isLetter), normalized.utf8.count <= 64
        else { return nil }
        for subtag in subtags.dropFirst() {
            guard (1...8).contains(subtag.utf8.count), subtag.utf8.allSatisfy({ isLetter($0) || isDigit($0) }) else {
                return nil
            }
        }
        return normalized
    }

    private static func isLetter(_ byte: UInt8) -> Bool {
        (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }
}

extension String {
    fileprivate func trimmingASCIIWhitespace() -> String {
        let bytes = Array(utf8)
        let isSpace: (UInt8) -> Bool = { $0 == 0x20 || ($0 >= 0x09 && $0 <= 0x0D) }
        guard let start = bytes.firstIndex(where: { !isSpace($0) }), let end = bytes.lastIndex(where: { !isSpace($0) })
        else { return "" }
        return String(decoding: bytes[start...end], as: UTF8.self)
    }

    fileprivate func replacingUnderscores() -> String {
        String(decoding: utf8.map { $0 == UInt8(ascii: "_") ? UInt8(ascii: "-") : $0 }, as: UTF8.self)
    }
}
