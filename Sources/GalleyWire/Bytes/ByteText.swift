/// Small ASCII helpers over byte slices, so that readers classify lines without `Character` work.
enum ByteText {
    /// Whether the byte is an ASCII letter.
    @inline(__always) static func isLetter(_ byte: UInt8) -> Bool {
        (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A
    }

    /// Whether the byte is an ASCII digit.
    @inline(__always) static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

    /// Whether the byte is an ASCII upper-case letter.
    @inline(__always) static func isUpper(_ byte: UInt8) -> Bool { byte >= 0x41 && byte <= 0x5A }

    /// Whether the byte is an ASCII lower-case letter.
    @inline(__always) static func isLower(_ byte: UInt8) -> Bool { byte >= 0x61 && byte <= 0x7A }

    /// Whether the byte is blank: space, tab, CR, or a control the readers treat as filler.
    @inline(__always) static func isBlank(_ byte: UInt8) -> Bool {
        byte == ControlCode.space || byte == ControlCode.tab || byte == ControlCode.carriageReturn
            || byte == ControlCode.nul || byte == ControlCode.delete || byte == ControlCode.formFeed
            || byte == ControlCode.syn
    }

    /// The slice without blanks at either end.
    static func trimmed(_ bytes: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        var start = bytes.startIndex
        var end = bytes.endIndex
        while start < end, isBlank(bytes[start]) { start += 1 }
        while end > start, isBlank(bytes[end - 1]) { end -= 1 }
        return bytes[start..<end]
    }

    /// Splits bytes into lines at LF, dropping the CRs that end a line.
    static func lines(_ bytes: ArraySlice<UInt8>) -> [ArraySlice<UInt8>] {
        var result: [ArraySlice<UInt8>] = []
        var start = bytes.startIndex
        var index = start
        while index < bytes.endIndex {
            if bytes[index] == ControlCode.lineFeed {
                result.append(withoutTrailingCR(bytes[start..<index]))
                start = index + 1
            }
            index += 1
        }
        if start < bytes.endIndex { result.append(withoutTrailingCR(bytes[start..<bytes.endIndex])) }
        return result
    }

    private static func withoutTrailingCR(_ line: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        var end = line.endIndex
        while end > line.startIndex, line[end - 1] == ControlCode.carriageReturn { end -= 1 }
        return line[line.startIndex..<end]
    }

    /// Whether `bytes` starts with the ASCII `prefix`, ignoring ASCII case.
    static func hasPrefix(_ bytes: ArraySlice<UInt8>, _ prefix: StaticString) -> Bool {
        let count = prefix.utf8CodeUnitCount
        guard bytes.count >= count else { return false }
        return prefix.withUTF8Buffer { buffer in
            var index = bytes.startIndex
            for byte in buffer {
                if bytes[index] | 0x20 != byte | 0x20 { return false }
                index += 1
            }
            return true
        }
    }

    /// Whether `bytes` contains `needle` (ASCII, case-insensitive for letters).
    static func contains(_ bytes: ArraySlice<UInt8>, _ needle: StaticString) -> Bool {
        let count = needle.utf8CodeUnitCount
        guard count > 0, bytes.count >= count else { return false }
        var start = bytes.startIndex
        while start + count <= bytes.endIndex {
            if hasPrefix(bytes[start..<bytes.endIndex], needle) { return true }
            start += 1
        }
        return false
    }

    /// The number the digits spell, or `nil` when there are none, other bytes, or too many.
    static func integer(_ bytes: ArraySlice<UInt8>) -> Int? {
        guard !bytes.isEmpty, bytes.count <= 9 else { return nil }
        var value = 0
        for byte in bytes {
            guard isDigit(byte) else { return nil }
            value = value * 10 + Int(byte - 0x30)
        }
        return value
    }

    /// Splits at runs of spaces (and tabs).
    static func fields(_ bytes: ArraySlice<UInt8>) -> [ArraySlice<UInt8>] {
        var result: [ArraySlice<UInt8>] = []
        var index = bytes.startIndex
        while index < bytes.endIndex {
            while index < bytes.endIndex, bytes[index] == ControlCode.space || bytes[index] == ControlCode.tab {
                index += 1
            }
            let start = index
            while index < bytes.endIndex, bytes[index] != ControlCode.space, bytes[index] != ControlCode.tab {
                index += 1
            }
            if index > start { result.append(bytes[start..<index]) }
        }
        return result
    }
}
