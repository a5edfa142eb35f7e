// The byte buffer the HTML writer appends to. Escaping scans a string's UTF-8 bytes for the few
// bytes that need work and appends the runs between them in one call each.

/// A growable UTF-8 buffer with HTML/XML escaping.
///
/// Text is escaped for the context it lands in (element content or a double-quoted attribute
/// value). Characters that XML 1.0 forbids (C0 controls other than tab, line feed and carriage
/// return, U+FFFE and U+FFFF) are removed in both HTML and XHTML output, since HTML treats them
/// as parse errors too.
public struct HTMLOutputBuffer: Sendable {
    /// The bytes written so far.
    public private(set) var bytes: [UInt8] = []

    /// Creates a buffer with room for `capacity` bytes.
    public init(capacity: Int = 0) {
        bytes.reserveCapacity(capacity)
    }

    /// The buffer's contents as a string.
    public var string: String { String(decoding: bytes, as: UTF8.self) }

    /// Appends markup verbatim (the caller guarantees it is well-formed and safe).
    public mutating func raw(_ markup: String) {
        var markup = markup
        markup.withUTF8 { bytes.append(contentsOf: $0) }
    }

    /// Appends raw bytes verbatim.
    public mutating func raw(bytes more: UnsafeBufferPointer<UInt8>) {
        bytes.append(contentsOf: more)
    }

    /// Appends `text` escaped for element content (`&`, `<`, `>`).
    public mutating func text(_ text: String) {
        escape(text, quotes: false)
    }

    /// Appends `value` escaped for a double-quoted attribute value (`&`, `<`, `>`, `"`).
    public mutating func attributeValue(_ value: String) {
        escape(value, quotes: true)
    }

    /// Appends ` name="value"` with the value escaped.
    public mutating func attribute(_ name: String, _ value: String) {
        raw(" ")
        raw(name)
        raw("=\"")
        escape(value, quotes: true)
        raw("\"")
    }

    /// Removes the last byte if it is `byte` (used to trim a trailing newline).
    mutating func dropLast(ifEqualTo byte: UInt8) {
        if bytes.last == byte { bytes.removeLast() }
    }

    private mutating func escape(_ string: String, quotes: Bool) {
        var string = string
        string.withUTF8 { source in
            var runStart = 0
            var index = 0
            let count = source.count
            while index < count {
                let byte = source[index]
                let replacement: StaticString?
                var skip = 1
                switch byte {
                case UInt8(ascii: "&"): replacement = "&amp;"
                case UInt8(ascii: "<"): replacement = "&lt;"
                case UInt8(ascii: ">"): replacement = "&gt;"
                case UInt8(ascii: "\"") where quotes: replacement = "&quot;"
                case 0x09, 0x0A, 0x0D:
                    index += 1
                    continue
                case 0x00...0x1F: replacement = ""
                case 0xEF where index + 2 < count && source[index + 1] == 0xBF
                    && (source[index + 2] == 0xBE || source[index + 2] == 0xBF):
                    // U+FFFE and U+FFFF are noncharacters that XML 1.0 forbids.
                    replacement = ""
                    skip = 3
                default:
                    index += 1
                    continue
                }
                if index > runStart {
                    bytes.append(contentsOf: UnsafeBufferPointer(rebasing: source[runStart..<index]))
                }
                if let replacement {
                    replacement.withUTF8Buffer { bytes.append(contentsOf: $0) }
                }
                index += skip
                runStart = index
            }
            if count > runStart {
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: source[runStart..<count]))
            }
        }
    }
}
