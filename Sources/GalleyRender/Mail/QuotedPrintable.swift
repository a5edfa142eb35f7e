// Quoted-printable, RFC 2045 section 6.7: https://www.rfc-editor.org/rfc/rfc2045#section-6.7

/// Encodes text bodies as quoted-printable.
///
/// Line breaks in the text become CRLF; every encoded line is at most 76 characters, longer
/// lines end in a soft break (`=`). The `=XX` triplets of one UTF-8 sequence always stay on one
/// line, so a decoder that works line by line never sees half a character. Spaces and tabs before
/// a line break are encoded (rule 3); so are a `.` or `From ` at the start of a line, which some
/// mail transports would otherwise alter.
enum QuotedPrintable {
    /// The longest encoded line, without its CRLF (RFC 2045 rule 5).
    static let lineLimit = 76

    /// Encodes `text`, whose lines end in LF or CRLF; the result's lines end in CRLF.
    static func encode(_ text: String) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(text.utf8.count + text.utf8.count / 8)
        var lines = Array(text.utf8).split(separator: 0x0A, omittingEmptySubsequences: false)
        if lines.last?.isEmpty == true { lines.removeLast() }
        for line in lines {
            var line = line
            if line.last == 0x0D { line = line.dropLast() }
            encodeLine(line, into: &output)
            output += [0x0D, 0x0A]
        }
        return output
    }

    /// Encodes one line (no line break inside) with soft breaks.
    static func encodeLine(_ line: ArraySlice<UInt8>, into output: inout [UInt8]) {
        var length = 0
        var index = line.startIndex
        while index < line.endIndex {
            let start = index
            index += UTF8Scalar.length(leadingByte: line[index], available: line.endIndex - index)
            let isLast = index == line.endIndex
            var token = encodeToken(line[start..<index], rest: line[start...], isAtLineStart: length == 0, isLast: isLast)
            // Keep room for the soft break's `=` unless this token ends the line.
            if length + token.count > (isLast ? lineLimit : lineLimit - 1) {
                output += [UInt8(ascii: "="), 0x0D, 0x0A]
                length = 0
                // The token now starts an encoded line, where `.` and `From ` are encoded too.
                token = encodeToken(line[start..<index], rest: line[start...], isAtLineStart: true, isLast: isLast)
            }
            output += token
            length += token.count
        }
    }

    /// The encoded form of one character (one byte, or one UTF-8 sequence).
    /// - Parameters:
    ///   - bytes: The character's bytes.
    ///   - rest: The line from this character on (to recognise `From `).
    ///   - isAtLineStart: Whether the character starts an encoded line.
    ///   - isLast: Whether the character ends the text's line (trailing whitespace is encoded).
    static func encodeToken(_ bytes: ArraySlice<UInt8>, rest: ArraySlice<UInt8>, isAtLineStart: Bool, isLast: Bool) -> [UInt8] {
        guard bytes.count == 1, let byte = bytes.first else { return bytes.flatMap(triplet) }
        switch byte {
        case 0x20, 0x09:
            return isLast ? triplet(byte) : [byte]
        case UInt8(ascii: "="):
            return triplet(byte)
        case UInt8(ascii: "."):
            return isAtLineStart ? triplet(byte) : [byte]
        case UInt8(ascii: "F"):
            return isAtLineStart && rest.starts(with: Array("From ".utf8)) ? triplet(byte) : [byte]
        case 0x21...0x7E:
            return [byte]
        default:
            return triplet(byte)
        }
    }

    static func triplet(_ byte: UInt8) -> [UInt8] {
        [UInt8(ascii: "="), hexDigit(byte >> 4), hexDigit(byte & 0x0F)]
    }

    static func hexDigit(_ nibble: UInt8) -> UInt8 {
        nibble < 10 ? UInt8(ascii: "0") + nibble : UInt8(ascii: "A") + nibble - 10
    }
}

/// The length of UTF-8 sequences, for keeping a character's bytes together.
enum UTF8Scalar {
    /// How many bytes the sequence starting with `byte` has (1 for ASCII and for stray bytes),
    /// at most `available`.
    static func length(leadingByte byte: UInt8, available: Int) -> Int {
        let length: Int
        switch byte {
        case 0xC0...0xDF: length = 2
        case 0xE0...0xEF: length = 3
        case 0xF0...0xF7: length = 4
        default: length = 1
        }
        return min(length, available)
    }
}
