import GalleyCore
import Testing

@Suite struct UTF8SequenceTests {
    @Test(arguments: [
        ([0x41], 1),
        ([0xC3, 0xA9], 2),                 // é
        ([0xE2, 0x82, 0xAC], 3),           // €
        ([0xF0, 0x9F, 0x98, 0x80], 4),     // 😀
        ([0xF4, 0x8F, 0xBF, 0xBF], 4),     // U+10FFFF
    ] as [([UInt8], Int)])
    func wellFormedSequencesHaveTheirLength(bytes: [UInt8], length: Int) {
        #expect(UTF8Sequence.length(in: bytes, at: 0) == length)
    }

    @Test(arguments: [
        [0x80],                   // a continuation byte alone
        [0xC0, 0xAF],             // overlong
        [0xE0, 0x80, 0xAF],       // overlong
        [0xED, 0xA0, 0x80],       // a surrogate
        [0xF4, 0x90, 0x80, 0x80], // above U+10FFFF
        [0xF5, 0x80, 0x80, 0x80], // a bad lead
        [0xE2, 0x82],             // cut short
        [0xE2, 0x41, 0xAC],       // not a continuation
    ] as [[UInt8]])
    func illFormedSequencesHaveNone(bytes: [UInt8]) {
        #expect(UTF8Sequence.length(in: bytes, at: 0) == nil)
    }

    @Test func slicesAreReadAtTheirOwnIndices() {
        let bytes: [UInt8] = [0x41, 0xC3, 0xA9, 0x80]
        #expect(UTF8Sequence.length(in: bytes[1...], at: 1) == 2)
        #expect(UTF8Sequence.length(in: bytes[1...], at: 3) == nil)
    }

    @Test func scalarsDecodeWithTheirLengths() {
        let text = "Aé€😀"
        var decoded: [(UInt32, Int)] = []
        Array(text.utf8).withUnsafeBufferPointer { bytes in
            var index = 0
            while index < bytes.count {
                let (scalar, length) = UTF8Sequence.scalar(in: bytes, at: index)
                decoded.append((scalar.value, length))
                index += length
            }
        }
        #expect(decoded.map(\.0) == [0x41, 0xE9, 0x20AC, 0x1F600])
        #expect(decoded.map(\.1) == [1, 2, 3, 4])
    }

    @Test func strayAndCutBytesDecodeAsReplacement() {
        for bytes: [UInt8] in [[0x80], [0xE2, 0x82]] {
            bytes.withUnsafeBufferPointer { buffer in
                let (scalar, length) = UTF8Sequence.scalar(in: buffer, at: 0)
                #expect(scalar == "\u{FFFD}" && length == 1)
            }
        }
    }
}
