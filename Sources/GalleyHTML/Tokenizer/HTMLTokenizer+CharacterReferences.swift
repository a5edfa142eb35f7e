extension HTMLTokenizer {
    /// The code points of the named reference spelled by `name` (without `&`): a binary search
    /// among the names with the same first byte, in tables the compiler lays out as constant
    /// data (a dictionary of the 2231 names would be built by every process that meets a `&`).
    static func namedReference(_ name: ArraySlice<UInt8>) -> (UInt32, UInt32)? {
        guard let first = name.first, first < 0x80 else { return nil }
        let bytes = NamedCharacterReferences.nameBytes
        let ends = NamedCharacterReferences.nameEnds
        let starts = NamedCharacterReferences.firstByteStarts
        var low = Int(starts[Int(first)])
        var high = Int(starts[Int(first) + 1])
        while low < high {
            let middle = (low + high) / 2
            let start = middle == 0 ? 0 : Int(ends[middle - 1])
            let order = compare(bytes[start..<Int(ends[middle])], name)
            if order == 0 {
                let points = NamedCharacterReferences.codePoints
                return (points[2 * middle], points[2 * middle + 1])
            }
            if order < 0 { low = middle + 1 } else { high = middle }
        }
        return nil
    }

    /// Byte order of two names: negative, zero or positive.
    private static func compare(_ left: ArraySlice<UInt8>, _ right: ArraySlice<UInt8>) -> Int {
        var leftIndex = left.startIndex
        var rightIndex = right.startIndex
        while leftIndex < left.endIndex, rightIndex < right.endIndex {
            let difference = Int(left[leftIndex]) - Int(right[rightIndex])
            if difference != 0 { return difference }
            leftIndex += 1
            rightIndex += 1
        }
        return left.count - right.count
    }

    /// Windows-1252 meanings of numeric references 0x80–0x9F (0 where none).
    static let c1Replacements: [UInt32] = [
        0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
        0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178,
    ]

    /// The character reference states, run after a `&` was consumed
    /// (https://html.spec.whatwg.org/multipage/parsing.html#character-reference-state).
    mutating func consumeCharacterReference(inAttribute: Bool) {
        let c = position < input.count ? Int(input[position]) : -1
        if isASCIIAlphanumeric(c) {
            namedReference(inAttribute: inAttribute)
        } else if c == 0x23 {
            numericReference(inAttribute: inAttribute)
        } else {
            appendReferenceOutput(0x26, inAttribute: inAttribute)
        }
    }

    /// Appends the UTF-8 of `scalar` to the attribute value or the text being read (in place:
    /// no buffer per reference).
    mutating func appendReferenceOutput(_ scalar: UInt32, inAttribute: Bool) {
        if inAttribute { appendUTF8(scalar, to: &attributeValue) } else { appendUTF8(scalar, to: &text) }
    }

    /// Named character reference state, with the longest match among the legacy names.
    mutating func namedReference(inAttribute: Bool) {
        let limit = min(input.count, position + NamedCharacterReferences.longestName)
        var end = position
        while end < limit, isASCIIAlphanumeric(Int(input[end])) { end += 1 }
        if end < limit, input[end] == 0x3B { end += 1 }
        var length = end - position
        while length > 0 {
            if let (first, second) = HTMLTokenizer.namedReference(input[position..<position + length]) {
                let last = input[position + length - 1]
                let following = position + length < input.count ? Int(input[position + length]) : -1
                if inAttribute, last != 0x3B, following == 0x3D || isASCIIAlphanumeric(following) {
                    appendReferenceOutput(0x26, inAttribute: true)  // historical: leave it as text
                    return
                }
                if last != 0x3B { error("missing-semicolon-after-character-reference") }
                position += length
                appendReferenceOutput(first, inAttribute: inAttribute)
                if second != 0 { appendReferenceOutput(second, inAttribute: inAttribute) }
                return
            }
            length -= 1
        }
        // Ambiguous ampersand: the alphanumerics that follow are ordinary text.
        var index = position
        while index < input.count, isASCIIAlphanumeric(Int(input[index])) { index += 1 }
        if index < input.count, input[index] == 0x3B { error("unknown-named-character-reference", at: index) }
        appendReferenceOutput(0x26, inAttribute: inAttribute)
    }

    /// Numeric character reference states, up to the numeric character reference end state.
    mutating func numericReference(inAttribute: Bool) {
        var index = position + 1
        var isHex = false
        if index < input.count, input[index] | 0x20 == 0x78 {
            isHex = true
            index += 1
        }
        var value: UInt32 = 0
        let digitsStart = index
        while index < input.count {
            let byte = Int(input[index])
            let digit: UInt32
            if isASCIIDigit(byte) {
                digit = UInt32(byte - 0x30)
            } else if isHex, isHexDigit(byte) {
                digit = UInt32((byte | 0x20) - 0x61 + 10)
            } else {
                break
            }
            value = min(value &* (isHex ? 16 : 10) &+ digit, 0x110000)
            index += 1
        }
        if index == digitsStart {
            error("absence-of-digits-in-numeric-character-reference")
            appendReferenceOutput(0x26, inAttribute: inAttribute)
            return
        }
        if index < input.count, input[index] == 0x3B {
            index += 1
        } else {
            error("missing-semicolon-after-character-reference", at: index)
        }
        position = index
        appendReferenceOutput(checkedScalar(value), inAttribute: inAttribute)
    }

    /// The numeric character reference end state's checks and replacements.
    mutating func checkedScalar(_ value: UInt32) -> UInt32 {
        if value == 0 {
            error("null-character-reference")
            return 0xFFFD
        }
        if value > 0x10FFFF {
            error("character-reference-outside-unicode-range")
            return 0xFFFD
        }
        if value >= 0xD800, value <= 0xDFFF {
            error("surrogate-character-reference")
            return 0xFFFD
        }
        if (value >= 0xFDD0 && value <= 0xFDEF) || value & 0xFFFE == 0xFFFE {
            error("noncharacter-character-reference")
            return value
        }
        if value == 0x0D || (value < 0x20 && value != 0x09 && value != 0x0A && value != 0x0C) || (value >= 0x7F && value <= 0x9F) {
            error("control-character-reference")
            if value >= 0x80, value <= 0x9F {
                let replacement = HTMLTokenizer.c1Replacements[Int(value - 0x80)]
                if replacement != 0 { return replacement }
            }
        }
        return value
    }
}

/// Appends the UTF-8 encoding of `scalar` (assumed valid) to `bytes`.
@inline(__always) func appendUTF8(_ scalar: UInt32, to bytes: inout [UInt8]) {
    switch scalar {
    case 0..<0x80:
        bytes.append(UInt8(scalar))
    case 0x80..<0x800:
        bytes.append(UInt8(0xC0 | (scalar >> 6)))
        bytes.append(UInt8(0x80 | (scalar & 0x3F)))
    case 0x800..<0x10000:
        bytes.append(UInt8(0xE0 | (scalar >> 12)))
        bytes.append(UInt8(0x80 | ((scalar >> 6) & 0x3F)))
        bytes.append(UInt8(0x80 | (scalar & 0x3F)))
    default:
        bytes.append(UInt8(0xF0 | (scalar >> 18)))
        bytes.append(UInt8(0x80 | ((scalar >> 12) & 0x3F)))
        bytes.append(UInt8(0x80 | ((scalar >> 6) & 0x3F)))
        bytes.append(UInt8(0x80 | (scalar & 0x3F)))
    }
}
