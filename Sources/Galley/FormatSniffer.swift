import GalleyCore

/// Guesses an input's format from its first bytes, for standard input and unknown extensions.
public enum FormatSniffer {
    /// `json`, `html`, `wire` or `text`.
    public static func guess(_ bytes: [UInt8]) -> String {
        var index = 0
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { index = 3 }
        // Wire copy opens with SOH (0x01) or SYN (0x16) control characters.
        if bytes.prefix(64).contains(where: { $0 == 0x01 || $0 == 0x16 }) { return "wire" }
        while index < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[index]) { index += 1 }
        guard index < bytes.count else { return "text" }
        switch bytes[index] {
        case UInt8(ascii: "{"): return "json"
        case UInt8(ascii: "<"): return "html"
        default: return "text"
        }
    }
}
