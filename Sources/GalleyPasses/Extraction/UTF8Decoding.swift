import GalleyCore

/// Text work on UTF-8 bytes for the extraction's hot paths: lower-casing and trimming without
/// building intermediate `String`s (scalars are decoded with GalleyCore's ``UTF8Sequence``).
enum UTF8Decoding {
    /// An ASCII letter lower-cased; any other byte as it is.
    @inline(__always)
    static func lowercasedASCII(_ byte: UInt8) -> UInt8 { byte &- 0x41 < 26 ? byte | 0x20 : byte }

    /// The text lower-cased, as UTF-8: ASCII letters directly, other scalars through their
    /// Unicode lower-case mapping when they have one.
    static func lowercased(_ text: String) -> [UInt8] {
        var text = text
        return text.withUTF8 { bytes in
            // Twice the bytes: the most lower-casing can grow a text (see `lowercase(_:into:)`).
            [UInt8](unsafeUninitializedCapacity: 2 * bytes.count) { buffer, initialized in
                initialized = lowercase(bytes, into: buffer)
            }
        }
    }

    /// `bytes` (UTF-8) lower-cased as ``lowercased(_:)`` does, written to the start of `output`.
    ///
    /// - Parameter output: At least twice as long as `bytes`: lower-casing at most doubles a
    ///   scalar's bytes (U+0130, two bytes, becomes three). A mapping that does not fit is left
    ///   out.
    /// - Returns: How many bytes were written.
    static func lowercase(_ bytes: UnsafeBufferPointer<UInt8>, into output: UnsafeMutableBufferPointer<UInt8>) -> Int {
        var written = 0
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte < 0x80 {
                output[written] = lowercasedASCII(byte)
                written += 1
                index += 1
                continue
            }
            let (scalar, length) = UTF8Sequence.scalar(in: bytes, at: index)
            let lower = commonLowercase(scalar.value)
            if let lower, lower != scalar.value {
                // The cases shifted here stay in two-byte UTF-8.
                output[written] = 0xC0 | UInt8(truncatingIfNeeded: lower >> 6)
                output[written + 1] = 0x80 | UInt8(truncatingIfNeeded: lower & 0x3F)
                written += 2
            } else if lower == nil && scalar.properties.changesWhenLowercased {
                let mapping = scalar.properties.lowercaseMapping.utf8
                if output.count - written >= mapping.count {
                    for unit in mapping {
                        output[written] = unit
                        written += 1
                    }
                }
            } else {
                for offset in 0..<length { output[written + offset] = bytes[index + offset] }
                written += length
            }
            index += length
        }
        return written
    }

    /// The lower-case form of a scalar outside ASCII in the scripts pages are mostly written in,
    /// without asking Unicode's tables (which cost some hundreds of instructions a scalar):
    /// Latin-1, Greek and Cyrillic capitals move by a fixed step, and their small letters, the
    /// Hebrew, Arabic, Indic and Thai blocks, CJK and Hangul have no case. `nil` for any other
    /// scalar, which Unicode's tables then decide.
    static func commonLowercase(_ value: UInt32) -> UInt32? {
        switch value {
        case 0xC0...0xD6, 0xD8...0xDE, 0x391...0x3A1, 0x3A3...0x3AB, 0x410...0x42F: return value + 0x20
        case 0x400...0x40F: return value + 0x50
        case 0x80...0xBF, 0xD7, 0xDF...0xFF, 0x3AC...0x3CE, 0x430...0x45F, 0x590...0x7FF, 0x900...0xDFF,
            0x3000...0x9FFF, 0xAC00...0xD7A3:
            return value
        default: return nil
        }
    }

    /// The range of `buffer` without leading and trailing white space (Unicode's White_Space).
    static func trimmedRange(_ buffer: UnsafeBufferPointer<UInt8>) -> Range<Int> {
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

    /// Unicode's White_Space property.
    static func isWhitespace(_ value: UInt32) -> Bool {
        switch value {
        case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: return true
        default: return false
        }
    }

    /// `text.unicodeScalars.count`, counted on bytes: the bytes that start a scalar.
    static func scalarCount(_ text: String) -> Int {
        var text = text
        return text.withUTF8 { scalarCount($0, in: 0..<$0.count) }
    }

    /// Unicode scalars in `bytes[range]`: the bytes that start one.
    static func scalarCount(_ bytes: UnsafeBufferPointer<UInt8>, in range: Range<Int>) -> Int {
        var count = 0
        for index in range where bytes[index] & 0xC0 != 0x80 { count += 1 }
        return count
    }
}
