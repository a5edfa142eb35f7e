/// A JSON value as found in `<script type="application/ld+json">`, parsed tolerantly.
///
/// The parser is iterative (an explicit stack) and refuses documents nested deeper than
/// ``maximumDepth`` or larger than ``maximumLength``; it accepts what pages get wrong: a wrapping
/// `<!-- … -->` or `<![CDATA[ … ]]>`, raw control characters in strings, trailing commas.
enum JSONLDValue: Sendable, Hashable {
    case string(String)
    case number(Double)
    case bool(Bool)
    case null
    case array([JSONLDValue])
    case object([String: JSONLDValue])

    /// Deeper blobs are skipped: structured data nests a handful of levels; 64 leaves room for
    /// generous graphs and stops hostile nesting early.
    static let maximumDepth = 64
    /// Larger blobs (in UTF-8 bytes) are skipped: real JSON-LD is a few kilobytes, 4 MiB is far beyond it.
    static let maximumLength = 4 << 20

    // MARK: - Access

    subscript(key: String) -> JSONLDValue? {
        if case .object(let members) = self { return members[key] }
        return nil
    }

    var string: String? {
        switch self {
        case .string(let text): return text
        case .number(let number): return number == number.rounded() && abs(number) < 1e15 ? String(Int(number)) : String(number)
        default: return nil
        }
    }

    /// The elements of an array, or the value itself as a one-element list.
    var list: [JSONLDValue] {
        if case .array(let elements) = self { return elements }
        return [self]
    }

    // MARK: - Parsing

    /// Parses `text`, or returns `nil` when it is not JSON (or too deep or too large).
    static func parse(_ text: String) -> JSONLDValue? {
        var bytes = Array(text.utf8)
        guard bytes.count <= maximumLength else { return nil }
        stripWrappers(&bytes)
        var parser = Parser(bytes: bytes)
        return parser.parseDocument()
    }

    /// Removes an HTML comment or CDATA wrapper (with `//` line comments before them).
    private static func stripWrappers(_ bytes: inout [UInt8]) {
        let text = String(decoding: bytes, as: UTF8.self)
        var trimmed = text.trimmingASCIIWhitespace
        for (open, close) in [("<!--", "-->"), ("//<![CDATA[", "//]]>"), ("<![CDATA[", "]]>")] {
            if trimmed.hasPrefix(open) { trimmed = String(trimmed.dropFirst(open.count)) }
            trimmed = trimmed.trimmingASCIIWhitespace
            if trimmed.hasSuffix(close) { trimmed = String(trimmed.dropLast(close.count)) }
            trimmed = trimmed.trimmingASCIIWhitespace
        }
        bytes = Array(trimmed.utf8)
    }

    private struct Parser {
        let bytes: [UInt8]
        var index = 0

        enum Container {
            case array([JSONLDValue])
            case object([String: JSONLDValue], key: String?)
        }

        init(bytes: [UInt8]) { self.bytes = bytes }

        mutating func skipSpace() {
            while index < bytes.count, bytes[index] <= 0x20 { index += 1 }
        }

        mutating func parseDocument() -> JSONLDValue? {
            var stack: [Container] = []
            while true {
                skipSpace()
                guard index < bytes.count else { return nil }
                var value: JSONLDValue
                let byte = bytes[index]
                // Inside a container: separators, closers and keys.
                if let top = stack.last {
                    if byte == 0x2C {
                        index += 1
                        continue
                    }
                    if byte == 0x5D || byte == 0x7D {
                        index += 1
                        stack.removeLast()
                        switch top {
                        case .array(let elements): value = .array(elements)
                        case .object(let members, _): value = .object(members)
                        }
                        if let finished = attach(value, to: &stack) { return finished }
                        continue
                    }
                    if case .object(let members, nil) = top {
                        guard byte == 0x22, let key = parseString() else { return nil }
                        skipSpace()
                        guard index < bytes.count, bytes[index] == 0x3A else { return nil }
                        index += 1
                        stack[stack.count - 1] = .object(members, key: key)
                        continue
                    }
                }
                switch byte {
                case 0x7B:
                    index += 1
                    guard stack.count < JSONLDValue.maximumDepth else { return nil }
                    stack.append(.object([:], key: nil))
                    continue
                case 0x5B:
                    index += 1
                    guard stack.count < JSONLDValue.maximumDepth else { return nil }
                    stack.append(.array([]))
                    continue
                case 0x22:
                    guard let text = parseString() else { return nil }
                    value = .string(text)
                default:
                    guard let scalar = parseScalar() else { return nil }
                    value = scalar
                }
                if let finished = attach(value, to: &stack) { return finished }
            }
        }

        /// Adds a finished value to the open container; returns it when no container is open.
        func attach(_ value: JSONLDValue, to stack: inout [Container]) -> JSONLDValue? {
            guard var top = stack.popLast() else { return value }
            switch top {
            case .array(var elements):
                // The popped entry lets go of the storage first, so that the append does not copy it.
                top = .array([])
                elements.append(value)
                stack.append(.array(elements))
            case .object(var members, let key):
                top = .array([])
                if let key, members[key] == nil { members[key] = value }
                stack.append(.object(members, key: nil))
            }
            return nil
        }

        mutating func parseString() -> String? {
            index += 1
            // Most strings have no escapes: up to the closing quote, they are the bytes as they are.
            let plainEnd = bytes.withUnsafeBufferPointer { ByteScan.firstIndex(of: 0x22, 0x5C, 0x5C, in: $0, from: index) }
            if plainEnd < bytes.count, bytes[plainEnd] == 0x22 {
                let text = bytes.withUnsafeBufferPointer {
                    String(decoding: UnsafeBufferPointer(rebasing: $0[index..<plainEnd]), as: UTF8.self)
                }
                index = plainEnd + 1
                return text
            }
            var output: [UInt8] = []
            output.append(contentsOf: bytes[index..<plainEnd])
            index = plainEnd
            while index < bytes.count {
                let byte = bytes[index]
                if byte == 0x22 {
                    index += 1
                    return String(decoding: output, as: UTF8.self)
                }
                if byte == 0x5C, index + 1 < bytes.count {
                    let escape = bytes[index + 1]
                    index += 2
                    switch escape {
                    case 0x6E: output.append(0x0A)
                    case 0x74: output.append(0x09)
                    case 0x72: output.append(0x0D)
                    case 0x62: output.append(0x08)
                    case 0x66: output.append(0x0C)
                    case 0x75:
                        guard var scalar = hex4() else { return nil }
                        if (0xD800...0xDBFF).contains(scalar), index + 1 < bytes.count, bytes[index] == 0x5C,
                            bytes[index + 1] == 0x75
                        {
                            index += 2
                            if let low = hex4(), (0xDC00...0xDFFF).contains(low) {
                                scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                            }
                        }
                        UTF8Decoder.append(scalar, to: &output)
                    default: output.append(escape)
                    }
                    continue
                }
                output.append(byte)
                index += 1
            }
            return nil
        }

        mutating func hex4() -> UInt32? {
            guard index + 4 <= bytes.count else { return nil }
            var value: UInt32 = 0
            for byte in bytes[index..<(index + 4)] {
                let digit: UInt8
                switch byte {
                case 0x30...0x39: digit = byte - 0x30
                case 0x41...0x46: digit = byte - 0x41 + 10
                case 0x61...0x66: digit = byte - 0x61 + 10
                default: return nil
                }
                value = value << 4 | UInt32(digit)
            }
            index += 4
            return value
        }

        mutating func parseScalar() -> JSONLDValue? {
            let start = index
            while index < bytes.count {
                let byte = bytes[index]
                if byte <= 0x20 || byte == 0x2C || byte == 0x5D || byte == 0x7D || byte == 0x3A { break }
                index += 1
            }
            let word = String(decoding: bytes[start..<index], as: UTF8.self)
            switch word {
            case "true": return .bool(true)
            case "false": return .bool(false)
            case "null": return .null
            default: return Double(word).map(JSONLDValue.number)
            }
        }
    }
}
