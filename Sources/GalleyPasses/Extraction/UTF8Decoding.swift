/// Text work on UTF-8 bytes for the extraction's hot paths: decoding one scalar, lower-casing
/// and trimming without building intermediate `String`s.
enum UTF8Decoding {
    /// The scalar starting at `index` and its length in bytes; a malformed sequence reads as
    /// U+FFFD of length 1.
    static func scalar(in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (Unicode.Scalar, Int) {
        let lead = UInt32(bytes[index])
        let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1
        guard length > 1, index + length <= bytes.count else { return ("\u{FFFD}", 1) }
        var value = lead & (0xFF >> UInt32(length + 1))
        for offset in 1..<length { value = value << 6 | (UInt32(bytes[index + offset]) & 0x3F) }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
    }

    /// The text lower-cased, as UTF-8: ASCII letters directly, other scalars through their
    /// Unicode lower-case mapping when they have one.
    static func lowercased(_ text: String) -> [UInt8] {
        var text = text
        return text.withUTF8 { bytes in
            var result: [UInt8] = []
            result.reserveCapacity(bytes.count)
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                if byte < 0x80 {
                    result.append(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)
                    index += 1
                    continue
                }
                let (scalar, length) = scalar(in: bytes, at: index)
                if scalar.properties.changesWhenLowercased {
                    result.append(contentsOf: scalar.properties.lowercaseMapping.utf8)
                } else {
                    result.append(contentsOf: bytes[index..<(index + length)])
                }
                index += length
            }
            return result
        }
    }

    /// The range of `bytes` without leading and trailing white space (Unicode's White_Space).
    static func trimmedRange(_ bytes: [UInt8]) -> Range<Int> {
        bytes.withUnsafeBufferPointer { buffer in
            var start = 0
            while start < buffer.count {
                let (scalar, length) = buffer[start] < 0x80 ? (Unicode.Scalar(buffer[start]), 1) : scalar(in: buffer, at: start)
                guard isWhitespace(scalar.value) else { break }
                start += length
            }
            var end = buffer.count
            while end > start {
                var lead = end - 1
                while lead > start && buffer[lead] & 0xC0 == 0x80 { lead -= 1 }
                let (scalar, _) = buffer[lead] < 0x80 ? (Unicode.Scalar(buffer[lead]), 1) : scalar(in: buffer, at: lead)
                guard isWhitespace(scalar.value) else { break }
                end = lead
            }
            return start..<end
        }
    }

    /// Unicode's White_Space property.
    static func isWhitespace(_ value: UInt32) -> Bool {
        switch value {
        case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: return true
        default: return false
        }
    }

    /// Unicode scalars in `bytes[range]`: the bytes that start one.
    static func scalarCount(_ bytes: [UInt8], in range: Range<Int>) -> Int {
        var count = 0
        for index in range where bytes[index] & 0xC0 != 0x80 { count += 1 }
        return count
    }
}
