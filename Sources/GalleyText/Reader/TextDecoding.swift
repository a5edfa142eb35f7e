import GalleyCore

/// Turns the input's bytes into well-formed UTF-8: byte-order marks are honoured and dropped,
/// UTF-16 is transcoded, and invalid sequences become U+FFFD (with a warning).
enum TextDecoding {
    /// The encodings the reader knows, from a byte-order mark or a declared encoding.
    enum Encoding {
        case utf8, utf16LittleEndian, utf16BigEndian
    }

    /// The input as UTF-8 without a byte-order mark.
    static func utf8(from input: Input, context: inout ConversionContext) -> [UInt8] {
        let bytes = input.bytes
        var encoding = Encoding.utf8
        var start = 0
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            start = 3
        } else if bytes.starts(with: [0xFF, 0xFE]) {
            encoding = .utf16LittleEndian
            start = 2
        } else if bytes.starts(with: [0xFE, 0xFF]) {
            encoding = .utf16BigEndian
            start = 2
        } else if let declared = input.declaredEncoding?.lowercased() {
            switch declared {
            case "utf-16le", "utf16le": encoding = .utf16LittleEndian
            case "utf-16be", "utf16be", "utf-16", "utf16": encoding = .utf16BigEndian
            case "utf-8", "utf8", "us-ascii", "ascii": break
            default:
                context.warn(
                    "text.unsupported-encoding",
                    "the text reader reads UTF-8 and UTF-16; '\(declared)' is read as UTF-8")
            }
        }
        switch encoding {
        case .utf8:
            let body = bytes[start...]
            if String(validating: body, as: UTF8.self) != nil { return Array(body) }
            let offset = firstInvalidOffset(body)
            context.warn(
                "text.invalid-utf8", "the input is not valid UTF-8; invalid bytes were replaced with U+FFFD",
                at: SourceLocation(offset: offset, in: bytes))
            return Array(String(decoding: body, as: UTF8.self).utf8)
        case .utf16LittleEndian, .utf16BigEndian:
            let isLittle = encoding == .utf16LittleEndian
            var units: [UInt16] = []
            units.reserveCapacity((bytes.count - start) / 2)
            var index = start
            while index + 1 < bytes.count {
                let low = UInt16(bytes[isLittle ? index : index + 1])
                let high = UInt16(bytes[isLittle ? index + 1 : index])
                units.append(high << 8 | low)
                index += 2
            }
            var text = String(decoding: units, as: UTF16.self)
            if index < bytes.count {
                text += "\u{FFFD}"
                context.warn("text.odd-length", "the UTF-16 input ends in half a code unit; it was replaced with U+FFFD")
            }
            return Array(text.utf8)
        }
    }

    /// The offset in the whole input of the first byte that is not part of well-formed UTF-8.
    static func firstInvalidOffset(_ body: ArraySlice<UInt8>) -> Int {
        var index = body.startIndex
        while index < body.endIndex {
            guard let length = UTF8Sequence.length(in: body, at: index) else { return index }
            index += length
        }
        return index
    }
}
