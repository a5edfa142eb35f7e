import GalleyCore

/// Turns the bytes of one line of wire copy into text.
///
/// Wire services send 7-bit ASCII, ISO-8859-1 or UTF-8. The decoder takes UTF-8 when the whole
/// message is valid UTF-8 and ISO-8859-1 otherwise, reading 0x80–0x9F as windows-1252 does, as
/// the WHATWG Encoding Standard does for the `iso-8859-1` label (agencies' 8-bit copy carries
/// curly quotes and dashes there). Controls are dropped, except the TTS space band (DLE), which
/// becomes a no-break space, and TAB, which becomes a space.
struct WireTextDecoder: Sendable {
    /// Whether lines are UTF-8 (otherwise ISO-8859-1/windows-1252).
    var isUTF8: Bool
    /// Whether `@[\]{|}~` stand for `§ÄÖÜäöüß` (the German 7-bit set, ISO 646-DE / DIN 66003).
    var isGerman7Bit = false

    /// A decoder for a whole message: UTF-8 when `bytes` are valid UTF-8, else ISO-8859-1.
    init(detectingIn bytes: ArraySlice<UInt8>, declared: WireReader.Options.Encoding) {
        switch declared {
        case .utf8: isUTF8 = true
        case .latin1: isUTF8 = false
        case .german7Bit:
            isUTF8 = false
            isGerman7Bit = true
        case .auto: isUTF8 = WireTextDecoder.isValidUTF8(bytes)
        }
    }

    init(isUTF8: Bool) { self.isUTF8 = isUTF8 }

    /// The ISO 646-DE letter a byte stands for, or `nil`.
    static func german7Bit(_ byte: UInt8) -> UInt16? {
        switch byte {
        case 0x40: return 0x00A7  // §
        case 0x5B: return 0x00C4  // Ä
        case 0x5C: return 0x00D6  // Ö
        case 0x5D: return 0x00DC  // Ü
        case 0x7B: return 0x00E4  // ä
        case 0x7C: return 0x00F6  // ö
        case 0x7D: return 0x00FC  // ü
        case 0x7E: return 0x00DF  // ß
        default: return nil
        }
    }

    /// Whether the bytes are well-formed UTF-8 (RFC 3629: no overlongs, surrogates or values above U+10FFFF).
    static func isValidUTF8(_ bytes: ArraySlice<UInt8>) -> Bool {
        var index = bytes.startIndex
        while index < bytes.endIndex {
            if bytes[index] < 0x80 { index += 1; continue }
            guard let length = UTF8Sequence.length(in: bytes, at: index) else { return false }
            index += length
        }
        return true
    }

    /// The text of `bytes`, with controls handled as described above. Does not trim.
    func string(_ bytes: ArraySlice<UInt8>) -> String {
        // Most lines need no change: decode them in place.
        if !bytes.contains(where: { $0 < 0x20 || $0 == 0x7F || ($0 >= 0x80 && !isUTF8)
            || (isGerman7Bit && WireTextDecoder.german7Bit($0) != nil) })
        {
            return String(decoding: bytes, as: UTF8.self)
        }
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count + bytes.count / 8)
        var runStart = bytes.startIndex
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let byte = bytes[index]
            if byte >= 0x20, byte < 0x7F, !isGerman7Bit || WireTextDecoder.german7Bit(byte) == nil {
                index += 1
                continue
            }
            if byte >= 0x80, isUTF8 {
                index += 1
                continue
            }
            output.append(contentsOf: bytes[runStart..<index])
            if isGerman7Bit, let letter = WireTextDecoder.german7Bit(byte) {
                WireTextDecoder.appendScalar(UInt32(letter), to: &output)
            } else if byte >= 0x80 {
                WireTextDecoder.appendWindows1252(byte, to: &output)
            } else if byte == ControlCode.dle {
                output.append(0xC2)
                output.append(0xA0)
                // The space band stands for the space it follows or precedes, not for another.
                if index + 1 < bytes.endIndex, bytes[index + 1] == ControlCode.space { index += 1 }
            } else if byte == ControlCode.tab {
                output.append(ControlCode.space)
            }
            index += 1
            runStart = index
        }
        output.append(contentsOf: bytes[runStart..<bytes.endIndex])
        return String(decoding: output, as: UTF8.self)
    }

    /// The UTF-8 encoding of a windows-1252 byte (0x80 and above).
    static func appendWindows1252(_ byte: UInt8, to output: inout [UInt8]) {
        var scalar = UInt32(byte)
        if byte < 0xA0 {
            let mapped = windows1252High[Int(byte - 0x80)]
            if mapped == 0 { return }
            scalar = UInt32(mapped)
        }
        appendScalar(scalar, to: &output)
    }

    /// The UTF-8 encoding of a scalar below U+10000.
    static func appendScalar(_ scalar: UInt32, to output: inout [UInt8]) {
        if scalar < 0x80 {
            output.append(UInt8(scalar))
        } else if scalar < 0x800 {
            output.append(UInt8(0xC0 | (scalar >> 6)))
            output.append(UInt8(0x80 | (scalar & 0x3F)))
        } else {
            output.append(UInt8(0xE0 | (scalar >> 12)))
            output.append(UInt8(0x80 | ((scalar >> 6) & 0x3F)))
            output.append(UInt8(0x80 | (scalar & 0x3F)))
        }
    }

    /// windows-1252 code points for 0x80–0x9F (WHATWG index-windows-1252); 0 where undefined
    /// (the five unassigned bytes are dropped rather than turned into C1 controls).
    static let windows1252High: [UInt16] = [
        0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
        0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
        0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
        0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178,
    ]
}
