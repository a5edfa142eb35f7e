/// Determines a page's character encoding and decodes it to UTF-8.
///
/// ``sniff(_:declared:transportHint:)`` follows WHATWG "determining the character encoding"
/// (https://html.spec.whatwg.org/multipage/parsing.html#determining-the-character-encoding):
/// a byte order mark wins; then an encoding the user declared; then a transport-layer hint (a
/// `Content-Type` header); then the `<meta>` prescan of the first 1,024 bytes; then the same
/// prescan over the whole input, standing in for the parser's "change the encoding" when a
/// `<meta charset>` comes later (browsers then re-decode the page); then, as this module's
/// heuristic, a UTF-8 validity check of the whole input; and finally windows-1252.
/// ``decode(_:as:)`` turns the bytes into UTF-8, replacing what cannot be decoded with U+FFFD.
///
/// ```swift
/// let sniffed = HTMLEncoding.sniff(bytes, declared: nil)
/// let utf8 = HTMLEncoding.decode(bytes, as: sniffed.encoding)
/// ```
public enum HTMLEncoding {
    /// How many bytes the `<meta>` prescan looks at: the spec's 1,024.
    public static let prescanLength = 1024

    /// Chooses the encoding of `bytes`.
    ///
    /// - Parameters:
    ///   - bytes: The whole input.
    ///   - declared: An encoding label the user gave (`--encoding`); an unknown label is ignored.
    ///   - transportHint: A transport-layer declaration: a `Content-Type` value such as
    ///     `text/html; charset=koi8-r`, or a bare label.
    /// - Returns: The encoding, how sure the choice is, and what decided it.
    public static func sniff(_ bytes: [UInt8], declared: String? = nil, transportHint: String? = nil)
        -> EncodingSniff
    {
        if let bom = byteOrderMark(of: bytes) {
            return EncodingSniff(encoding: bom, confidence: .certain, source: .byteOrderMark)
        }
        if let declared, let encoding = WebEncoding(label: declared) {
            return EncodingSniff(encoding: encoding, confidence: .certain, source: .declared)
        }
        if let transportHint {
            let label = MetaCharset.encodingLabel(inContent: Array(transportHint.utf8)) ?? transportHint
            if let encoding = WebEncoding(label: label) {
                return EncodingSniff(encoding: encoding, confidence: .certain, source: .transport)
            }
        }
        if let encoding = EncodingPrescan.run(bytes.prefix(prescanLength)) {
            return EncodingSniff(encoding: encoding, confidence: .tentative, source: .metaPrescan)
        }
        if bytes.count > prescanLength, let encoding = EncodingPrescan.run(bytes[...]) {
            return EncodingSniff(encoding: encoding, confidence: .tentative, source: .lateMeta)
        }
        if UTF8Decoder.isValid(bytes), bytes.contains(where: { $0 >= 0x80 }) {
            return EncodingSniff(encoding: .utf8, confidence: .tentative, source: .utf8Validity)
        }
        return EncodingSniff(encoding: .windows1252, confidence: .tentative, source: .fallback)
    }

    /// Decodes `bytes` to UTF-8.
    ///
    /// A leading byte order mark of the same encoding is dropped. Malformed sequences become
    /// U+FFFD as the WHATWG decoders specify (the UTF-8 decoder replaces each maximal subpart).
    public static func decode(_ bytes: [UInt8], as encoding: WebEncoding) -> [UInt8] {
        switch encoding {
        case .utf8:
            let start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
            // Well-formed input without a byte order mark is shared, not copied.
            if start == 0, UTF8Decoder.isValid(bytes) { return bytes }
            return UTF8Decoder.repaired(bytes[start...])
        case .utf16LE, .utf16BE:
            let isBigEndian = encoding == .utf16BE
            let bom: [UInt8] = isBigEndian ? [0xFE, 0xFF] : [0xFF, 0xFE]
            let start = bytes.starts(with: bom) ? 2 : 0
            return UTF16Decoder.decode(bytes[start...], bigEndian: isBigEndian)
        case .replacement:
            return bytes.isEmpty ? [] : [0xEF, 0xBF, 0xBD]
        case .xUserDefined:
            return SingleByteDecoder.decodeUserDefined(bytes)
        default:
            if let table = encoding.singleByteUpperHalf {
                return SingleByteDecoder.decode(bytes, upperHalf: table)
            }
            if let name = encoding.iconvName {
                return IconvDecoder.decode(bytes, from: name)
            }
            return UTF8Decoder.repaired(bytes[...])
        }
    }

    /// Decodes `bytes` to UTF-8 as `sniffed` found them: like ``decode(_:as:)``, except that
    /// input the sniffing already checked whole (``EncodingSniff/Source/utf8Validity``: valid
    /// UTF-8 without a byte order mark) is shared as it is, not validated a second time.
    static func decode(_ bytes: [UInt8], sniffed: EncodingSniff) -> [UInt8] {
        if sniffed.source == .utf8Validity, sniffed.encoding == .utf8 { return bytes }
        return decode(bytes, as: sniffed.encoding)
    }

    /// The encoding a byte order mark at the start names.
    static func byteOrderMark(of bytes: [UInt8]) -> WebEncoding? {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return .utf8 }
        if bytes.starts(with: [0xFE, 0xFF]) { return .utf16BE }
        if bytes.starts(with: [0xFF, 0xFE]) { return .utf16LE }
        return nil
    }

    /// TAB, LF, FF, CR or SPACE.
    @inline(__always) static func isASCIIWhitespace(_ byte: UInt8) -> Bool { isHTMLWhitespace(Int(byte)) }
}

/// The outcome of ``HTMLEncoding/sniff(_:declared:transportHint:)``.
public struct EncodingSniff: Sendable, Hashable {
    /// How sure the choice is (the spec's "confidence").
    public enum Confidence: String, Sendable, Hashable, CaseIterable {
        /// From a byte order mark, the user or the transport layer: never revised.
        case certain
        /// From the prescan or a heuristic: a later `<meta>` could still change it.
        case tentative
    }

    /// What decided the encoding.
    public enum Source: String, Sendable, Hashable, CaseIterable {
        /// A UTF-8 or UTF-16 byte order mark.
        case byteOrderMark = "byte-order-mark"
        /// The user's `--encoding` (or ``GalleyCore/Input/declaredEncoding``).
        case declared
        /// A transport-layer hint such as a `Content-Type` header.
        case transport
        /// A `<meta charset>` or `http-equiv` pragma in the first 1,024 bytes.
        case metaPrescan = "meta-prescan"
        /// A `<meta>` after the first 1,024 bytes (what the parser's "change the encoding" finds).
        case lateMeta = "late-meta"
        /// The whole input is valid UTF-8 and not pure ASCII.
        case utf8Validity = "utf8-validity"
        /// Nothing said otherwise: windows-1252, the default for pages of unknown locale.
        case fallback
    }

    /// The encoding to decode with.
    public var encoding: WebEncoding
    /// How sure the choice is.
    public var confidence: Confidence
    /// What decided it.
    public var source: Source

    /// Creates a sniffing result.
    public init(encoding: WebEncoding, confidence: Confidence, source: Source) {
        self.encoding = encoding
        self.confidence = confidence
        self.source = source
    }
}

extension HTMLEncoding {
    /// ASCII upper-case letters to lower case; other bytes unchanged.
    static func lowercased(_ byte: UInt8) -> UInt8 {
        byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
    }
}
