import GalleyCore

// Strings (RFC 8259 §7) and numbers (§6).

extension JSONScanner {
    /// Parses a string starting at its opening quote, validating UTF-8 and decoding escapes.
    mutating func parseString() throws -> String {
        index += 1
        let start = index
        var decoded: [UInt8]?  // only allocated once an escape appears
        var runStart = index
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                defer { index += 1 }
                guard var buffer = decoded else {
                    return String(decoding: bytes[start..<index], as: UTF8.self)
                }
                buffer.append(contentsOf: bytes[runStart..<index])
                return String(decoding: buffer, as: UTF8.self)
            } else if byte == UInt8(ascii: "\\") {
                if decoded == nil { decoded = [] }
                decoded!.append(contentsOf: bytes[runStart..<index])
                try parseEscape(into: &decoded!)
                runStart = index
            } else if byte < 0x20 {
                throw error(
                    "json.syntax",
                    "control character 0x\(String(byte, radix: 16, uppercase: true)) in a string; write it as an escape such as \\n")
            } else if byte < 0x80 {
                index += 1
            } else {
                index += try validatedSequenceLength(at: index)
            }
        }
        throw error("json.syntax", "unterminated string; a closing '\"' is missing", at: start - 1)
    }

    /// Decodes the escape at `index` (a backslash) into `buffer` and moves past it.
    mutating func parseEscape(into buffer: inout [UInt8]) throws {
        let escapeStart = index
        guard index + 1 < bytes.count else { throw error("json.syntax", "unterminated escape at the end of input") }
        let letter = bytes[index + 1]
        index += 2
        switch letter {
        case UInt8(ascii: "\""): buffer.append(0x22)
        case UInt8(ascii: "\\"): buffer.append(0x5C)
        case UInt8(ascii: "/"): buffer.append(0x2F)
        case UInt8(ascii: "b"): buffer.append(0x08)
        case UInt8(ascii: "f"): buffer.append(0x0C)
        case UInt8(ascii: "n"): buffer.append(0x0A)
        case UInt8(ascii: "r"): buffer.append(0x0D)
        case UInt8(ascii: "t"): buffer.append(0x09)
        case UInt8(ascii: "u"):
            var scalar = try parseHex4(escapeStart: escapeStart)
            if (0xD800...0xDBFF).contains(scalar) {
                // A high surrogate: combine with a following \u low surrogate, else U+FFFD.
                if index + 1 < bytes.count, bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u") {
                    let saved = index
                    index += 2
                    let low = try parseHex4(escapeStart: saved)
                    if (0xDC00...0xDFFF).contains(low) {
                        scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                    } else {
                        index = saved
                        scalar = 0xFFFD
                    }
                } else {
                    scalar = 0xFFFD
                }
            } else if (0xDC00...0xDFFF).contains(scalar) {
                scalar = 0xFFFD
            }
            appendUTF8(scalar, to: &buffer)
        default:
            throw error("json.syntax", "invalid escape \\\(describeByte(at: index - 1)) in a string", at: escapeStart)
        }
    }

    /// Reads four hex digits at `index`.
    mutating func parseHex4(escapeStart: Int) throws -> UInt32 {
        var value: UInt32 = 0
        for _ in 0..<4 {
            guard index < bytes.count, let digit = Self.hexValue(bytes[index]) else {
                throw error("json.syntax", "a \\u escape needs four hexadecimal digits", at: escapeStart)
            }
            value = value << 4 | UInt32(digit)
            index += 1
        }
        return value
    }

    static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return byte - UInt8(ascii: "A") + 10
        default: return nil
        }
    }

    func appendUTF8(_ scalar: UInt32, to buffer: inout [UInt8]) {
        switch scalar {
        case 0..<0x80:
            buffer.append(UInt8(scalar))
        case 0x80..<0x800:
            buffer.append(UInt8(0xC0 | scalar >> 6))
            buffer.append(UInt8(0x80 | scalar & 0x3F))
        case 0x800..<0x10000:
            buffer.append(UInt8(0xE0 | scalar >> 12))
            buffer.append(UInt8(0x80 | scalar >> 6 & 0x3F))
            buffer.append(UInt8(0x80 | scalar & 0x3F))
        default:
            buffer.append(UInt8(0xF0 | scalar >> 18))
            buffer.append(UInt8(0x80 | scalar >> 12 & 0x3F))
            buffer.append(UInt8(0x80 | scalar >> 6 & 0x3F))
            buffer.append(UInt8(0x80 | scalar & 0x3F))
        }
    }

    /// The length of the well-formed UTF-8 sequence at `offset`, or throws.
    func validatedSequenceLength(at offset: Int) throws -> Int {
        guard let length = UTF8Sequence.length(in: bytes, at: offset) else { throw invalidUTF8(at: offset) }
        return length
    }

    func invalidUTF8(at offset: Int) -> GalleyError {
        GalleyError(
            .input, code: "json.invalid-utf8",
            message: "invalid UTF-8 (\(describeByte(at: offset))) in a string",
            location: location(of: offset), hint: "JSON text must be UTF-8; convert the file first")
    }

    // MARK: - Numbers

    /// Parses `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`.
    mutating func parseNumber() throws -> JSONValue {
        let start = index
        var isIntegral = true
        _ = consume(UInt8(ascii: "-"))
        guard index < bytes.count, Self.isDigit(bytes[index]) else {
            throw error("json.invalid-number", "a number needs a digit after '-'", at: start)
        }
        if bytes[index] == UInt8(ascii: "0") {
            index += 1
            if index < bytes.count, Self.isDigit(bytes[index]) {
                throw error("json.invalid-number", "numbers may not have leading zeros", at: start)
            }
        } else {
            skipDigits()
        }
        if consume(UInt8(ascii: ".")) {
            isIntegral = false
            guard skipDigits() > 0 else { throw error("json.invalid-number", "a digit must follow the decimal point") }
        }
        if index < bytes.count, bytes[index] | 0x20 == UInt8(ascii: "e") {
            isIntegral = false
            index += 1
            if !consume(UInt8(ascii: "+")) { _ = consume(UInt8(ascii: "-")) }
            guard skipDigits() > 0 else { throw error("json.invalid-number", "a digit must follow the exponent mark") }
        }
        let text = String(decoding: bytes[start..<index], as: UTF8.self)
        if isIntegral, let integer = Int(text) { return .integer(integer) }
        guard let double = Double(text), double.isFinite else {
            throw error("json.invalid-number", "the number \(text.prefix(40)) is out of range", at: start)
        }
        return .number(double)
    }

    @discardableResult
    mutating func skipDigits() -> Int {
        let start = index
        while index < bytes.count, Self.isDigit(bytes[index]) { index += 1 }
        return index - start
    }

    static func isDigit(_ byte: UInt8) -> Bool {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
    }
}
