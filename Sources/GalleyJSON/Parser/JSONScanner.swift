import GalleyCore

/// The parser's state: the bytes, the position and the stack of open containers.
struct JSONScanner {
    let bytes: [UInt8]
    let maximumDepth: Int
    var index = 0

    /// An array or object that is still open.
    ///
    /// A struct mutated in place on the stack (not an enum whose payload would be copied out and
    /// back), so that appending to a long array never copies it.
    struct Frame {
        var isObject: Bool
        var elements: [JSONValue] = []
        var members: [JSONObject.Member] = []
        /// The key whose value is being parsed (objects only).
        var key = ""
        /// For large objects, the keys seen, to find duplicates without a quadratic scan.
        var keys: Set<String>?
    }

    /// Objects up to this many members look for duplicate keys by a linear scan.
    static let linearKeyScanLimit = 12

    init(bytes: [UInt8], maximumDepth: Int) {
        self.bytes = bytes
        self.maximumDepth = maximumDepth
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { index = 3 }
    }

    // MARK: - Structure

    mutating func parseDocument() throws -> JSONValue {
        var stack: [Frame] = []
        parsing: while true {
            guard var current = try parseValueOrOpen(&stack) else { continue parsing }
            // Attach the completed value to the open containers, closing those that end here.
            while !stack.isEmpty {
                let top = stack.count - 1
                skipWhitespace()
                if stack[top].isObject {
                    try noteKey(stack[top].key, in: &stack[top])
                    stack[top].members.append(JSONObject.Member(stack[top].key, current))
                    if consume(UInt8(ascii: ",")) {
                        stack[top].key = try parseKey()
                        continue parsing
                    }
                    guard consume(UInt8(ascii: "}")) else { throw expected("',' or '}' after an object member") }
                    current = .object(JSONObject(stack.removeLast().members))
                } else {
                    stack[top].elements.append(current)
                    if consume(UInt8(ascii: ",")) { continue parsing }
                    guard consume(UInt8(ascii: "]")) else { throw expected("',' or ']' after an array element") }
                    current = .array(stack.removeLast().elements)
                }
            }
            skipWhitespace()
            guard index == bytes.count else { throw error("json.syntax", "unexpected data after the JSON value") }
            return current
        }
    }

    /// Parses a scalar or an empty container and returns it, or opens a container (pushing a
    /// frame) and returns `nil`.
    mutating func parseValueOrOpen(_ stack: inout [Frame]) throws -> JSONValue? {
        skipWhitespace()
        guard index < bytes.count else { throw error("json.syntax", "unexpected end of input; a value was expected") }
        switch bytes[index] {
        case UInt8(ascii: "{"):
            try checkDepth(stack.count)
            index += 1
            skipWhitespace()
            if consume(UInt8(ascii: "}")) { return .object(JSONObject()) }
            stack.append(Frame(isObject: true, key: try parseKey()))
            return nil
        case UInt8(ascii: "["):
            try checkDepth(stack.count)
            index += 1
            skipWhitespace()
            if consume(UInt8(ascii: "]")) { return .array([]) }
            stack.append(Frame(isObject: false))
            return nil
        case UInt8(ascii: "\""):
            return .string(try parseString())
        case UInt8(ascii: "t"):
            try parseLiteral("true")
            return .bool(true)
        case UInt8(ascii: "f"):
            try parseLiteral("false")
            return .bool(false)
        case UInt8(ascii: "n"):
            try parseLiteral("null")
            return .null
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            return try parseNumber()
        default:
            throw error("json.syntax", "unexpected \(describeByte(at: index)); a value was expected")
        }
    }

    /// Parses `"key"` and the colon after it.
    mutating func parseKey() throws -> String {
        skipWhitespace()
        guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else {
            throw expected("an object key in double quotes")
        }
        let key = try parseString()
        skipWhitespace()
        guard consume(UInt8(ascii: ":")) else { throw expected("':' after an object key") }
        return key
    }

    func checkDepth(_ openContainers: Int) throws {
        if openContainers >= maximumDepth {
            throw GalleyError(
                .input, code: "json.too-deep",
                message: "JSON nests deeper than \(maximumDepth) arrays and objects",
                location: location(of: index),
                hint: "flatten the input; no document needs this depth")
        }
    }

    /// Records the frame's current key as seen, or throws when it repeats.
    func noteKey(_ key: String, in frame: inout Frame) throws {
        let isDuplicate: Bool
        if frame.keys != nil {
            isDuplicate = frame.keys?.insert(key).inserted == false
        } else if frame.members.count < Self.linearKeyScanLimit {
            isDuplicate = frame.members.contains { $0.key == key }
        } else {
            var seen = Set(frame.members.map(\.key))
            isDuplicate = !seen.insert(key).inserted
            frame.keys = seen
        }
        if isDuplicate {
            throw GalleyError(
                .input, code: "json.duplicate-key", message: "the key '\(key)' appears twice in one object",
                location: location(of: index), hint: "keep one member per key")
        }
    }

    mutating func parseLiteral(_ word: StaticString) throws {
        let count = word.utf8CodeUnitCount
        let start = word.utf8Start
        for offset in 0..<count {
            guard index + offset < bytes.count, bytes[index + offset] == start[offset] else {
                throw error(
                    "json.syntax", "unexpected \(describeByte(at: index + offset)) in a literal; expected '\(word)'",
                    at: index + offset)
            }
        }
        index += count
    }

    // MARK: - Bytes

    mutating func skipWhitespace() {
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x0A, 0x0D, 0x09: index += 1
            default: return
            }
        }
    }

    mutating func consume(_ byte: UInt8) -> Bool {
        guard index < bytes.count, bytes[index] == byte else { return false }
        index += 1
        return true
    }

    func location(of offset: Int) -> SourceLocation {
        SourceLocation(offset: min(offset, bytes.count), in: bytes)
    }

    func error(_ code: String, _ message: String, at offset: Int? = nil) -> GalleyError {
        GalleyError(.input, code: code, message: message, location: location(of: offset ?? index))
    }

    func expected(_ what: String) -> GalleyError {
        error("json.syntax", "unexpected \(describeByte(at: index)); expected \(what)")
    }

    /// `end of input`, `'x'` or `byte 0xC3`, for messages.
    func describeByte(at offset: Int) -> String {
        guard offset < bytes.count else { return "end of input" }
        let byte = bytes[offset]
        if byte >= 0x21, byte < 0x7F { return "'\(Character(Unicode.Scalar(byte)))'" }
        return "byte 0x" + String(byte, radix: 16, uppercase: true)
    }
}
