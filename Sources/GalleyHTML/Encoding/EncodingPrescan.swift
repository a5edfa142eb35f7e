/// The `<meta>` prescan of a byte stream.
///
/// https://html.spec.whatwg.org/multipage/parsing.html#prescan-a-byte-stream-to-determine-its-encoding
/// — run on the first 1,024 bytes; reaching their end anywhere stops the scan without a result.
struct EncodingPrescan {
    let bytes: ArraySlice<UInt8>
    var position: Int
    /// Set when a step ran past the end of the bytes: the spec then aborts the prescan.
    var reachedEnd = false

    /// The encoding a `<meta>` in `bytes` declares, or `nil`.
    static func run(_ bytes: ArraySlice<UInt8>) -> WebEncoding? {
        var scan = EncodingPrescan(bytes: bytes, position: bytes.startIndex)
        return scan.scan()
    }

    private var end: Int { bytes.endIndex }

    private mutating func byte(_ offset: Int = 0) -> UInt8? {
        let index = position + offset
        if index < end { return bytes[index] }
        reachedEnd = true
        return nil
    }

    private mutating func matches(_ literal: StaticString) -> Bool {
        let count = literal.utf8CodeUnitCount
        guard position + count <= end else { return false }
        return literal.withUTF8Buffer { pattern in
            for offset in 0..<count where HTMLEncoding.lowercased(bytes[position + offset]) != pattern[offset] {
                return false
            }
            return true
        }
    }

    private static func isLetter(_ byte: UInt8?) -> Bool {
        guard let byte else { return false }
        return (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A
    }

    private static func isSpaceOrSlash(_ byte: UInt8) -> Bool {
        HTMLEncoding.isASCIIWhitespace(byte) || byte == 0x2F
    }

    private mutating func scan() -> WebEncoding? {
        while position < end {
            // Every step below starts at a `<`; at any other byte the scan only moves on.
            position = nextTagOpen(from: position)
            guard position < end else { return nil }
            if matches("<!--") {
                guard skipComment() else { return nil }
            } else if matches("<meta"), let next = byte(5), Self.isSpaceOrSlash(next) {
                position += 5
                let encoding = metaElement()
                if reachedEnd { return nil }
                if let encoding { return encoding }
            } else if byte() == 0x3C, Self.isLetter(byte(1)) || (byte(1) == 0x2F && Self.isLetter(byte(2))) {
                // Any other tag: skip its name, then its attributes.
                while let current = byte(), !HTMLEncoding.isASCIIWhitespace(current), current != 0x3E {
                    position += 1
                }
                guard byte() != nil else { return nil }
                while skipAttribute() {}
                if reachedEnd { return nil }
            } else if matches("<!") || matches("</") || matches("<?") {
                while let current = byte(), current != 0x3E { position += 1 }
                guard byte() != nil else { return nil }
            }
            position += 1
        }
        return nil
    }

    /// The index of the first `<` at or after `index`, or the end of the bytes.
    private func nextTagOpen(from index: Int) -> Int {
        bytes.withUnsafeBufferPointer { buffer in
            bytes.startIndex + ByteScan.firstIndex(of: 0x3C, in: buffer, from: index - bytes.startIndex)
        }
    }

    /// Moves to the `>` of the first `-->` that ends after `<!--` (so `<!-->` ends at once).
    private mutating func skipComment() -> Bool {
        var index = position + 2
        while index < end {
            if bytes[index] == 0x3E, bytes[index - 1] == 0x2D, bytes[index - 2] == 0x2D, index >= position + 4 {
                position = index
                return true
            }
            index += 1
        }
        return false
    }

    /// Steps 2–12 for a `<meta`: reads its attributes and decides what it declares.
    private mutating func metaElement() -> WebEncoding? {
        var seen: [[UInt8]] = []  // a handful of names: a set would cost more to set up than to search
        var gotPragma = false
        var needsPragma: Bool?
        var charset: WebEncoding?
        while let (name, value) = attribute() {
            guard !seen.contains(name) else { continue }
            seen.append(name)
            switch name {
            case Array("http-equiv".utf8):
                if value == Array("content-type".utf8) { gotPragma = true }
            case Array("content".utf8):
                if charset == nil, let label = MetaCharset.encodingLabel(inContent: value),
                    let encoding = WebEncoding(label: label)
                {
                    charset = encoding
                    needsPragma = true
                }
            case Array("charset".utf8):
                charset = WebEncoding(label: Self.string(value))
                needsPragma = false
            default:
                break
            }
        }
        guard let needsPragma, !(needsPragma && !gotPragma), let charset else { return nil }
        switch charset {
        case .utf16BE, .utf16LE: return .utf8
        case .xUserDefined: return .windows1252
        default: return charset
        }
    }

    /// The characters of an attribute value: each byte as the code point of the same value.
    static func string(_ value: [UInt8]) -> String {
        var scalars = String.UnicodeScalarView()
        for byte in value { scalars.append(Unicode.Scalar(byte)) }
        return String(scalars)
    }

    // MARK: - Getting an attribute

    /// "Get an attribute": the next attribute's lower-cased name and value, or `nil` at `>` or
    /// at the end of the bytes.
    private mutating func attribute() -> (name: [UInt8], value: [UInt8])? {
        var name: [UInt8] = []
        var value: [UInt8] = []
        guard readAttribute(name: &name, value: &value, keeping: true) else { return nil }
        return (name, value)
    }

    /// "Get an attribute" for the attributes of tags other than `<meta>`, which only need to be
    /// stepped over: the same steps without keeping the name and value. `false` where
    /// ``attribute()`` returns `nil`.
    private mutating func skipAttribute() -> Bool {
        var name: [UInt8] = []
        var value: [UInt8] = []
        return readAttribute(name: &name, value: &value, keeping: false)
    }

    /// The steps of "get an attribute", appending the lower-cased name and value to `name` and
    /// `value` when `keeping` is set; `false` at `>` or at the end of the bytes.
    private mutating func readAttribute(name: inout [UInt8], value: inout [UInt8], keeping: Bool) -> Bool {
        while let current = byte(), Self.isSpaceOrSlash(current) { position += 1 }
        guard let first = byte(), first != 0x3E else { return false }
        var nameLength = 0
        // The name.
        nameLoop: while true {
            guard let current = byte() else { return false }
            switch current {
            case 0x3D where nameLength > 0:
                position += 1
                readAttributeValue(into: &value, keeping: keeping)
                return true
            case 0x09, 0x0A, 0x0C, 0x0D, 0x20:
                break nameLoop
            case 0x2F, 0x3E:
                return true
            default:
                if keeping { name.append(HTMLEncoding.lowercased(current)) }
                nameLength += 1
                position += 1
            }
        }
        // Spaces between the name and a possible `=`.
        while let current = byte(), HTMLEncoding.isASCIIWhitespace(current) { position += 1 }
        guard byte() == 0x3D else { return byte() != nil }
        position += 1
        readAttributeValue(into: &value, keeping: keeping)
        return true
    }

    /// Steps 9–12 of "get an attribute": the value after `=`, lower-cased (appended to `value`
    /// when `keeping` is set).
    private mutating func readAttributeValue(into value: inout [UInt8], keeping: Bool) {
        while let current = byte(), HTMLEncoding.isASCIIWhitespace(current) { position += 1 }
        guard let first = byte() else { return }
        if first == 0x22 || first == 0x27 {
            position += 1
            if !keeping {
                // Straight to the closing quote; running out of bytes reads past the end, as below.
                position = bytes.withUnsafeBufferPointer { buffer in
                    bytes.startIndex + ByteScan.firstIndex(of: first, in: buffer, from: position - bytes.startIndex)
                }
            }
            while let current = byte() {
                position += 1
                if current == first { return }
                value.append(HTMLEncoding.lowercased(current))
            }
            return
        }
        if first == 0x3E { return }
        while let current = byte(), !HTMLEncoding.isASCIIWhitespace(current), current != 0x3E {
            if keeping { value.append(HTMLEncoding.lowercased(current)) }
            position += 1
        }
    }
}
