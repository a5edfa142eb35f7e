/// A character encoding of the WHATWG Encoding Standard, named by its canonical name.
///
/// Every label a page may use (`latin1`, `ms932`, `x-gbk`, …) maps to one of these through
/// ``init(label:)``, following https://encoding.spec.whatwg.org/#names-and-labels; the table is
/// generated into `WebEncoding+Tables.generated.swift` by `Scripts/generate-encoding-tables.py`.
public enum WebEncoding: String, Sendable, Hashable, CaseIterable {
    case utf8 = "utf-8"
    case ibm866 = "ibm866"
    case iso8859_2 = "iso-8859-2"
    case iso8859_3 = "iso-8859-3"
    case iso8859_4 = "iso-8859-4"
    case iso8859_5 = "iso-8859-5"
    case iso8859_6 = "iso-8859-6"
    case iso8859_7 = "iso-8859-7"
    case iso8859_8 = "iso-8859-8"
    case iso8859_8i = "iso-8859-8-i"
    case iso8859_10 = "iso-8859-10"
    case iso8859_13 = "iso-8859-13"
    case iso8859_14 = "iso-8859-14"
    case iso8859_15 = "iso-8859-15"
    case iso8859_16 = "iso-8859-16"
    case koi8R = "koi8-r"
    case koi8U = "koi8-u"
    case macintosh = "macintosh"
    case windows874 = "windows-874"
    case windows1250 = "windows-1250"
    case windows1251 = "windows-1251"
    case windows1252 = "windows-1252"
    case windows1253 = "windows-1253"
    case windows1254 = "windows-1254"
    case windows1255 = "windows-1255"
    case windows1256 = "windows-1256"
    case windows1257 = "windows-1257"
    case windows1258 = "windows-1258"
    case xMacCyrillic = "x-mac-cyrillic"
    case gbk = "gbk"
    case gb18030 = "gb18030"
    case big5 = "big5"
    case eucJP = "euc-jp"
    case iso2022JP = "iso-2022-jp"
    case shiftJIS = "shift_jis"
    case eucKR = "euc-kr"
    /// Decodes any non-empty input to one U+FFFD (labels of encodings that are unsafe on the web).
    case replacement = "replacement"
    case utf16BE = "utf-16be"
    case utf16LE = "utf-16le"
    /// Bytes 0x80–0xFF become U+F780–U+F7FF.
    case xUserDefined = "x-user-defined"

    /// The encoding a label names ("get an encoding"): surrounding ASCII whitespace is ignored
    /// and letters compare case-insensitively; `nil` for an unknown label.
    ///
    /// https://encoding.spec.whatwg.org/#concept-encoding-get
    public init?(label: String) {
        var bytes = Array(label.utf8)
        while let last = bytes.last, HTMLEncoding.isASCIIWhitespace(last) { bytes.removeLast() }
        var start = 0
        while start < bytes.count, HTMLEncoding.isASCIIWhitespace(bytes[start]) { start += 1 }
        guard start < bytes.count, bytes.count - start <= 40 else { return nil }
        var lowered = [UInt8]()
        lowered.reserveCapacity(bytes.count - start)
        for byte in bytes[start...] { lowered.append(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte) }
        // The label nearly every page declares, without building the table of them all (a
        // one-page conversion would spend more on the table than on the lookup).
        if lowered.elementsEqual("utf-8".utf8) {
            self = .utf8
            return
        }
        guard let encoding = WebEncoding.labelTable[String(decoding: lowered, as: UTF8.self)] else { return nil }
        self = encoding
    }

    /// The canonical name (`windows-1252`, `shift_jis`).
    public var name: String { rawValue }

    /// Whether the encoding maps each byte to one character.
    public var isSingleByte: Bool { singleByteUpperHalf != nil }

    /// The name glibc's `iconv` knows for the multi-byte encodings this module decodes through it.
    ///
    /// The choices follow the WHATWG decoders: `gbk` decodes as GB18030, `big5` as Big5-HKSCS,
    /// `shift_jis` as Microsoft's CP932 and `euc-kr` as CP949 (the supersets browsers use).
    var iconvName: String? {
        switch self {
        case .gbk, .gb18030: return "GB18030"
        case .big5: return "BIG5-HKSCS"
        case .eucJP: return "EUC-JP"
        case .iso2022JP: return "ISO-2022-JP"
        case .shiftJIS: return "CP932"
        case .eucKR: return "CP949"
        default: return nil
        }
    }
}
