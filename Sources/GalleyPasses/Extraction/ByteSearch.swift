/// Many phrases, as UTF-8 bytes, searched in one pass over a haystack: at each position only the
/// phrases that start with that byte are tried, so a list of a hundred phrases costs little more
/// than one. A `String.contains(_:)` call per phrase, which compares characters one by one, took
/// three quarters of the pass's time when profiled.
///
/// The phrases live in flat tables (one byte array, offsets into it, and the phrases grouped by
/// first byte) so a search touches no nested arrays; a bit set of the byte pairs phrases start
/// with passes over most positions with one lookup.
struct ByteNeedleSet: Sendable {
    /// Every phrase's bytes, one after the other.
    private let bytes: [UInt8]
    /// Per phrase, where its bytes start in ``bytes``; one more entry marks the end of the last.
    private let starts: [Int]
    /// The phrase indices grouped by first byte, in index order within a group.
    private let byFirstByte: [Int]
    /// Per byte value, where its group starts in ``byFirstByte``; entry 256 is the end.
    private let groupStarts: [Int]
    /// A bit per pair of bytes (first byte × 256 + second) that some phrase starts with: most
    /// positions of a haystack are passed over with one lookup.
    private let pairs: [UInt64]
    /// Whether some phrase is a single byte, which the pair filter would miss.
    private let hasSingleBytes: Bool

    init(_ texts: [String]) {
        var bytes: [UInt8] = []
        var starts: [Int] = []
        for text in texts {
            starts.append(bytes.count)
            bytes.append(contentsOf: text.utf8)
        }
        starts.append(bytes.count)
        var byFirstByte: [Int] = []
        var groupStarts: [Int] = []
        for first in 0..<256 {
            groupStarts.append(byFirstByte.count)
            for index in texts.indices where starts[index] < starts[index + 1] && Int(bytes[starts[index]]) == first {
                byFirstByte.append(index)
            }
        }
        groupStarts.append(byFirstByte.count)
        var pairs = Array(repeating: UInt64(0), count: 65536 / 64)
        var hasSingleBytes = false
        for index in texts.indices {
            let from = starts[index]
            if starts[index + 1] - from == 1 { hasSingleBytes = true }
            guard starts[index + 1] - from >= 2 else { continue }
            let pair = Int(bytes[from]) << 8 | Int(bytes[from + 1])
            pairs[pair >> 6] |= 1 << UInt64(pair & 63)
        }
        self.pairs = pairs
        self.hasSingleBytes = hasSingleBytes
        self.bytes = bytes
        self.starts = starts
        self.byFirstByte = byFirstByte
        self.groupStarts = groupStarts
    }

    /// Calls `body` with the index of every phrase that occurs in `haystack` (in its `range`,
    /// by default all of it), once per occurrence, in order of position; stops when `body`
    /// returns `false`, and then returns `false`.
    @discardableResult
    func forEachMatch(in haystack: [UInt8], range: Range<Int>? = nil, _ body: (Int) -> Bool) -> Bool {
        let range = (range ?? haystack.indices).clamped(to: haystack.indices)
        let count = range.upperBound
        var start = range.lowerBound
        while start < count {
            if !hasSingleBytes {
                // No phrase of one byte: the pair at `start` must begin one.
                guard start + 1 < count else { break }
                let pair = Int(haystack[start]) << 8 | Int(haystack[start + 1])
                if pairs[pair >> 6] & (1 << UInt64(pair & 63)) == 0 {
                    start += 1
                    continue
                }
            }
            let first = Int(haystack[start])
            for slot in groupStarts[first]..<groupStarts[first + 1] {
                let index = byFirstByte[slot]
                let from = starts[index]
                let length = starts[index + 1] - from
                guard count - start >= length else { continue }
                var matched = 1
                while matched < length && haystack[start + matched] == bytes[from + matched] { matched += 1 }
                if matched == length && !body(index) { return false }
            }
            start += 1
        }
        return true
    }

    /// Whether any phrase occurs in `haystack` (in its `range`, by default all of it).
    func occursAny(in haystack: [UInt8], range: Range<Int>? = nil) -> Bool {
        !forEachMatch(in: haystack, range: range) { _ in false }
    }
}
