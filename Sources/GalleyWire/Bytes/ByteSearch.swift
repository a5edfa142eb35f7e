/// Substring search on UTF-8 bytes, folding ASCII letters only.
///
/// The standard library's `String.contains(_:)` builds a search table per call, which costs more
/// than the short lines wire readers look at; this is a plain first-byte scan.
enum ByteSearch {
    @inline(__always) static func fold(_ byte: UInt8) -> UInt8 {
        byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
    }

    /// The offset of the first occurrence of `needle` in `haystack` at or after `from`.
    static func firstOffset(of needle: [UInt8], in haystack: [UInt8], from: Int = 0, ignoringCase: Bool = false) -> Int? {
        guard let first = needle.first, haystack.count >= needle.count else { return nil }
        let firstFolded = ignoringCase ? fold(first) : first
        var start = from
        let last = haystack.count - needle.count
        while start <= last {
            let byte = ignoringCase ? fold(haystack[start]) : haystack[start]
            if byte == firstFolded {
                var offset = 1
                while offset < needle.count {
                    let a = haystack[start + offset]
                    let b = needle[offset]
                    if ignoringCase ? fold(a) != fold(b) : a != b { break }
                    offset += 1
                }
                if offset == needle.count { return start }
            }
            start += 1
        }
        return nil
    }

    /// The offset of the last occurrence of `needle` in `haystack`.
    static func lastOffset(of needle: [UInt8], in haystack: [UInt8]) -> Int? {
        guard !needle.isEmpty, haystack.count >= needle.count else { return nil }
        var start = haystack.count - needle.count
        while start >= 0 {
            if haystack[start] == needle[0], Array(haystack[start..<(start + needle.count)]) == needle { return start }
            start -= 1
        }
        return nil
    }

    /// Whether `text` contains `needle`, ignoring the case of ASCII letters.
    static func contains(_ text: String, _ needle: String) -> Bool {
        firstOffset(of: Array(needle.utf8), in: Array(text.utf8), ignoringCase: true) != nil
    }

    /// `text` with every occurrence of `target` replaced.
    static func replacing(_ target: String, with replacement: String, in text: String) -> String {
        let bytes = Array(text.utf8)
        let needle = Array(target.utf8)
        guard var found = firstOffset(of: needle, in: bytes) else { return text }
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count + 8)
        var position = 0
        let insert = Array(replacement.utf8)
        while true {
            output.append(contentsOf: bytes[position..<found])
            output.append(contentsOf: insert)
            position = found + needle.count
            guard let next = firstOffset(of: needle, in: bytes, from: position) else { break }
            found = next
        }
        output.append(contentsOf: bytes[position...])
        return String(decoding: output, as: UTF8.self)
    }
}
