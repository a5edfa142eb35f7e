/// Well-formed UTF-8, one sequence at a time (Unicode's table 3-7, RFC 3629): no overlong forms,
/// no surrogates, nothing above U+10FFFF. The readers that must refuse or locate bad bytes (JSON,
/// plain text, wire copy) check with it.
public enum UTF8Sequence {
    /// The length (1–4) of the well-formed sequence that starts at `index` of `bytes`, or `nil`
    /// when the bytes there are not one (a stray continuation byte, a bad lead, a cut sequence).
    @inlinable
    public static func length<Bytes: RandomAccessCollection>(in bytes: Bytes, at index: Bytes.Index) -> Int?
    where Bytes.Element == UInt8, Bytes.Index == Int {
        let lead = bytes[index]
        if lead < 0x80 { return 1 }
        let length: Int
        var second: ClosedRange<UInt8> = 0x80...0xBF
        switch lead {
        case 0xC2...0xDF: length = 2
        case 0xE0: length = 3; second = 0xA0...0xBF
        case 0xE1...0xEC, 0xEE...0xEF: length = 3
        case 0xED: length = 3; second = 0x80...0x9F
        case 0xF0: length = 4; second = 0x90...0xBF
        case 0xF1...0xF3: length = 4
        case 0xF4: length = 4; second = 0x80...0x8F
        default: return nil
        }
        guard bytes.endIndex - index >= length, second.contains(bytes[index + 1]) else { return nil }
        var next = index + 2
        while next < index + length {
            guard bytes[next] & 0xC0 == 0x80 else { return nil }
            next += 1
        }
        return length
    }
}
