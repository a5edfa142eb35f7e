/// Well-formed UTF-8, one sequence at a time (Unicode's table 3-7, RFC 3629): no overlong forms,
/// no surrogates, nothing above U+10FFFF. The readers that must refuse or locate bad bytes (JSON,
/// plain text, wire copy) check with it; passes and writers decode text's scalars with it.
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

    /// The scalar that starts at `index` of UTF-8 known to be well formed (a `String`'s bytes) and
    /// its length in bytes, for the hot paths that walk text scalar by scalar without building
    /// `Character`s. A stray continuation byte or a cut sequence reads as U+FFFD of length 1.
    @inlinable @inline(__always)
    public static func scalar(in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (Unicode.Scalar, Int) {
        let lead = UInt32(bytes[index])
        if lead < 0x80 { return (Unicode.Scalar(UInt8(lead)), 1) }
        let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1
        guard length > 1, index + length <= bytes.count else { return ("\u{FFFD}", 1) }
        var value = lead & (0xFF >> UInt32(length + 1))
        for offset in 1..<length { value = value << 6 | (UInt32(bytes[index + offset]) & 0x3F) }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
    }
}
