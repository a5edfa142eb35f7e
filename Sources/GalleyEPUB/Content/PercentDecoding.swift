extension String {
    /// The string with its `%XX` escapes decoded (a `%` without two hex digits stays as it is), or
    /// unchanged when the decoded bytes are not UTF-8. Local file paths and `#fragment` links both
    /// go through it.
    func removingPercentEncodingSafely() -> String {
        var bytes: [UInt8] = []
        let source = Array(utf8)
        var index = 0
        func hexValue(_ byte: UInt8) -> UInt8? {
            switch byte {
            case 0x30...0x39: return byte - 0x30
            case 0x41...0x46: return byte - 0x37
            case 0x61...0x66: return byte - 0x57
            default: return nil
            }
        }
        while index < source.count {
            if source[index] == UInt8(ascii: "%"), index + 2 < source.count,
                let high = hexValue(source[index + 1]), let low = hexValue(source[index + 2]) {
                bytes.append(high << 4 | low)
                index += 3
            } else {
                bytes.append(source[index])
                index += 1
            }
        }
        return String(validating: bytes, as: UTF8.self) ?? self
    }
}
