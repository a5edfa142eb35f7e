import GalleyCore

/// The WHATWG UTF-8 decoder (https://encoding.spec.whatwg.org/#utf-8-decoder), on bytes.
enum UTF8Decoder {
    /// U+FFFD REPLACEMENT CHARACTER in UTF-8.
    static let replacement: [UInt8] = [0xEF, 0xBF, 0xBD]

    /// Whether `bytes` is well-formed UTF-8 (no surrogates, no overlong forms, nothing past U+10FFFF).
    static func isValid(_ bytes: some Collection<UInt8>) -> Bool {
        bytes.withContiguousStorageIfAvailable { buffer in
            var index = 0
            while index < buffer.count {
                index = asciiPrefixEnd(buffer, from: index)
                guard index < buffer.count else { break }
                let length = sequenceLength(buffer, at: index)
                guard length > 0 else { return false }
                index += length
            }
            return true
        } ?? isValid(Array(bytes))
    }

    /// The index of the first non-ASCII byte at or after `index` (or the end), eight bytes at a time.
    static func asciiPrefixEnd(_ buffer: UnsafeBufferPointer<UInt8>, from index: Int) -> Int {
        var index = index
        if let base = buffer.baseAddress {
            let raw = UnsafeRawPointer(base)
            while index + 8 <= buffer.count, ByteWord.load(raw, at: index) & ByteWord.highs == 0 {
                index += 8
            }
        }
        while index < buffer.count, buffer[index] < 0x80 { index += 1 }
        return index
    }

    /// `bytes` with every maximal ill-formed subpart replaced by U+FFFD.
    static func repaired(_ bytes: ArraySlice<UInt8>) -> [UInt8] {
        if isValid(bytes) { return Array(bytes) }
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count + bytes.count / 8)
        bytes.withUnsafeBufferPointer { buffer in
            var index = 0
            while index < buffer.count {
                let byte = buffer[index]
                if byte < 0x80 {
                    output.append(byte)
                    index += 1
                    continue
                }
                let length = sequenceLength(buffer, at: index)
                if length > 0 {
                    output.append(contentsOf: buffer[index..<(index + length)])
                    index += length
                } else {
                    output.append(contentsOf: replacement)
                    index += max(1, -length)
                }
            }
        }
        return output
    }

    /// The length of the well-formed sequence starting at `index` (a non-ASCII byte), or minus
    /// the length of the maximal ill-formed subpart to replace with one U+FFFD.
    static func sequenceLength(_ buffer: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
        let lead = buffer[index]
        var needed = 0
        var lower: UInt8 = 0x80
        var upper: UInt8 = 0xBF
        switch lead {
        case 0xC2...0xDF: needed = 1
        case 0xE0: needed = 2; lower = 0xA0
        case 0xE1...0xEC, 0xEE, 0xEF: needed = 2
        case 0xED: needed = 2; upper = 0x9F
        case 0xF0: needed = 3; lower = 0x90
        case 0xF1...0xF3: needed = 3
        case 0xF4: needed = 3; upper = 0x8F
        default: return -1
        }
        var cursor = index + 1
        for step in 0..<needed {
            guard cursor < buffer.count else { return -(cursor - index) }
            let byte = buffer[cursor]
            let low = step == 0 ? lower : 0x80
            let high = step == 0 ? upper : 0xBF
            guard byte >= low, byte <= high else { return -(cursor - index) }
            cursor += 1
        }
        return cursor - index
    }

    /// Appends the UTF-8 form of `scalar` (U+FFFD for a surrogate or a value past U+10FFFF).
    static func append(_ scalar: UInt32, to output: inout [UInt8]) {
        switch scalar {
        case 0..<0x80:
            output.append(UInt8(scalar))
        case 0x80..<0x800:
            output.append(UInt8(0xC0 | (scalar >> 6)))
            output.append(UInt8(0x80 | (scalar & 0x3F)))
        case 0xD800...0xDFFF:
            output.append(contentsOf: replacement)
        case 0x800..<0x10000:
            output.append(UInt8(0xE0 | (scalar >> 12)))
            output.append(UInt8(0x80 | ((scalar >> 6) & 0x3F)))
            output.append(UInt8(0x80 | (scalar & 0x3F)))
        case 0x10000...0x10FFFF:
            output.append(UInt8(0xF0 | (scalar >> 18)))
            output.append(UInt8(0x80 | ((scalar >> 12) & 0x3F)))
            output.append(UInt8(0x80 | ((scalar >> 6) & 0x3F)))
            output.append(UInt8(0x80 | (scalar & 0x3F)))
        default:
            output.append(contentsOf: replacement)
        }
    }
}

/// The WHATWG UTF-16BE/LE decoder (https://encoding.spec.whatwg.org/#shared-utf-16-decoder).
enum UTF16Decoder {
    /// Decodes UTF-16 code units; unpaired surrogates and a trailing odd byte become U+FFFD.
    static func decode(_ bytes: ArraySlice<UInt8>, bigEndian: Bool) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count * 3 / 2)
        var index = bytes.startIndex
        var pendingHigh: UInt32?
        while index + 1 < bytes.endIndex {
            let first = UInt32(bytes[index])
            let second = UInt32(bytes[index + 1])
            let unit = bigEndian ? (first << 8 | second) : (second << 8 | first)
            index += 2
            if let high = pendingHigh {
                pendingHigh = nil
                if (0xDC00...0xDFFF).contains(unit) {
                    UTF8Decoder.append(0x10000 + ((high - 0xD800) << 10) + (unit - 0xDC00), to: &output)
                    continue
                }
                output.append(contentsOf: UTF8Decoder.replacement)
            }
            if (0xD800...0xDBFF).contains(unit) {
                pendingHigh = unit
            } else {
                UTF8Decoder.append(unit, to: &output)
            }
        }
        if pendingHigh != nil || index < bytes.endIndex {
            output.append(contentsOf: UTF8Decoder.replacement)
        }
        return output
    }
}

/// Decoders for the single-byte encodings and x-user-defined.
enum SingleByteDecoder {
    /// Maps bytes below 0x80 to ASCII and the rest through `upperHalf` (128 code points).
    static func decode(_ bytes: [UInt8], upperHalf: [UInt16]) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count + bytes.count / 4)
        var runStart = 0
        for index in bytes.indices where bytes[index] >= 0x80 {
            if runStart < index { output.append(contentsOf: bytes[runStart..<index]) }
            UTF8Decoder.append(UInt32(upperHalf[Int(bytes[index]) - 0x80]), to: &output)
            runStart = index + 1
        }
        if runStart < bytes.count { output.append(contentsOf: bytes[runStart...]) }
        return output
    }

    /// https://encoding.spec.whatwg.org/#x-user-defined-decoder: 0x80–0xFF → U+F780–U+F7FF.
    static func decodeUserDefined(_ bytes: [UInt8]) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count * 2)
        for byte in bytes {
            if byte < 0x80 {
                output.append(byte)
            } else {
                UTF8Decoder.append(0xF780 + UInt32(byte) - 0x80, to: &output)
            }
        }
        return output
    }
}
