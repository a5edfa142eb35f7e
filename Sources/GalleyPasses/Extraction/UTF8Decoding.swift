import GalleyCore

/// Text work on UTF-8 bytes for the extraction's hot paths: lower-casing and trimming without
/// building intermediate `String`s (scalars are decoded with GalleyCore's ``UTF8Sequence``).
enum UTF8Decoding {
    /// The text lower-cased, as UTF-8: ASCII letters directly, other scalars through their
    /// Unicode lower-case mapping when they have one.
    static func lowercased(_ text: String) -> [UInt8] {
        var text = text
        return text.withUTF8 { bytes in
            // ASCII, the usual case, is lower-cased in place in one copy.
            var result = Array(bytes)
            var index = 0
            while index < result.count && result[index] < 0x80 {
                if result[index] >= 0x41 && result[index] <= 0x5A { result[index] |= 0x20 }
                index += 1
            }
            guard index < result.count else { return result }
            result.removeSubrange(index...)
            while index < bytes.count {
                let byte = bytes[index]
                if byte < 0x80 {
                    result.append(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)
                    index += 1
                    continue
                }
                let (scalar, length) = UTF8Sequence.scalar(in: bytes, at: index)
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
                let (scalar, length) = UTF8Sequence.scalar(in: buffer, at: start)
                guard isWhitespace(scalar.value) else { break }
                start += length
            }
            var end = buffer.count
            while end > start {
                var lead = end - 1
                while lead > start && buffer[lead] & 0xC0 == 0x80 { lead -= 1 }
                let (scalar, _) = UTF8Sequence.scalar(in: buffer, at: lead)
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
