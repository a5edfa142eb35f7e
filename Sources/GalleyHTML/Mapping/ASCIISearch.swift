/// Byte-level searches for ASCII markers in attribute values (`style`, image sources): the
/// mapper's hot paths never search with `String` methods, which compare by grapheme.
enum ASCIISearch {
    /// Whether `haystack` contains `needle`, a lower-case ASCII marker, comparing ASCII letters
    /// without regard to case and skipping the bytes for which `skipping` is true (so that
    /// `display: none` matches `display:none`).
    static func contains(
        _ haystack: UnsafeBufferPointer<UInt8>, lowercased needle: [UInt8], skipping: (UInt8) -> Bool = { _ in false }
    ) -> Bool {
        guard let first = needle.first else { return true }
        let count = haystack.count
        // Candidates start with `first` in either case; the scan jumps to the next one.
        let upper = first >= 0x61 && first <= 0x7A ? first - 0x20 : first
        var start = ByteScan.firstIndex(of: first, upper, upper, in: haystack, from: 0)
        while start < count {
            if HTMLEncoding.lowercased(haystack[start]) == first {
                var index = start + 1
                var matched = 1
                while matched < needle.count, index < count {
                    let byte = haystack[index]
                    index += 1
                    if skipping(byte) { continue }
                    guard HTMLEncoding.lowercased(byte) == needle[matched] else { break }
                    matched += 1
                }
                if matched == needle.count { return true }
            }
            start = ByteScan.firstIndex(of: first, upper, upper, in: haystack, from: start + 1)
        }
        return false
    }

    /// Whether `text` contains any of `needles` (lower-case ASCII markers), ignoring ASCII case and
    /// the bytes for which `skipping` is true.
    static func contains(
        _ text: String, anyOf needles: [[UInt8]], skipping: (UInt8) -> Bool = { _ in false }
    ) -> Bool {
        var text = text
        return text.withUTF8 { bytes in needles.contains { contains(bytes, lowercased: $0, skipping: skipping) } }
    }

    /// Whether `bytes` starts with `prefix`, a lower-case ASCII marker, ignoring ASCII case.
    static func hasPrefix(_ bytes: UnsafeBufferPointer<UInt8>, lowercased prefix: StaticString) -> Bool {
        guard bytes.count >= prefix.utf8CodeUnitCount else { return false }
        let marker = UnsafeBufferPointer(start: prefix.utf8Start, count: prefix.utf8CodeUnitCount)
        for index in marker.indices where HTMLEncoding.lowercased(bytes[index]) != marker[index] { return false }
        return true
    }

    /// Whether `bytes` starts with the bytes of `prefix` (case counts).
    static func hasPrefix(_ bytes: UnsafeBufferPointer<UInt8>, exactly prefix: StaticString) -> Bool {
        guard bytes.count >= prefix.utf8CodeUnitCount else { return false }
        let marker = UnsafeBufferPointer(start: prefix.utf8Start, count: prefix.utf8CodeUnitCount)
        for index in marker.indices where bytes[index] != marker[index] { return false }
        return true
    }

    /// The bounds of `bytes` without leading and trailing ASCII whitespace.
    static func trimmedBounds(_ bytes: UnsafeBufferPointer<UInt8>) -> Range<Int> {
        var start = 0
        var end = bytes.count
        while start < end, HTMLEncoding.isASCIIWhitespace(bytes[start]) { start += 1 }
        while end > start, HTMLEncoding.isASCIIWhitespace(bytes[end - 1]) { end -= 1 }
        return start..<end
    }
}
