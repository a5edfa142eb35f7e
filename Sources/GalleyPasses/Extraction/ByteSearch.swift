import GalleyCore

/// Many phrases, as UTF-8 bytes, searched in one pass over a haystack: at each position only the
/// phrases that start with that position's two bytes are tried, so a list of a hundred phrases
/// costs little more than one. A `String.contains(_:)` call per phrase, which compares characters
/// one by one, took three quarters of the pass's time when profiled.
///
/// The phrases live in flat tables (one byte array, offsets into it, and the phrases grouped by
/// a hash of their first two bytes) so a search touches no nested arrays. A bit set of the byte
/// pairs phrases start with passes over most positions with one lookup; at the others, each
/// candidate's first eight bytes are compared as one word before any byte by byte.
///
/// Every phrase must be at least two bytes long.
struct ByteNeedleSet: Sendable {
    /// Every phrase's bytes, one after the other.
    private let bytes: [UInt8]
    /// Per phrase, where its bytes start in ``bytes``; one more entry marks the end of the last.
    private let starts: [Int]
    /// Per phrase, its first eight bytes (all of a shorter one) as a little-endian word…
    private let heads: [UInt64]
    /// …and the mask of the bytes ``heads`` holds.
    private let headMasks: [UInt64]
    /// The phrase indices grouped by ``bucket(_:_:)`` of their first two bytes, in index order
    /// within a group.
    private let byBucket: [Int]
    /// Per bucket, where its group starts in ``byBucket``; the last entry is the end.
    private let bucketStarts: [Int]
    /// A bit per pair of bytes (first byte × 256 + second) that some phrase starts with.
    private let pairs: [UInt64]

    private static let bucketCount = 1024

    /// Where phrases starting with `first`, `second` are grouped.
    @inline(__always) private static func bucket(_ first: UInt8, _ second: UInt8) -> Int {
        (Int(first) &<< 3 ^ Int(second)) & (bucketCount - 1)
    }

    init(_ texts: [String]) {
        var bytes: [UInt8] = []
        var starts: [Int] = []
        var heads: [UInt64] = []
        var headMasks: [UInt64] = []
        var pairs = Array(repeating: UInt64(0), count: 65536 / 64)
        var buckets = Array(repeating: [Int](), count: Self.bucketCount)
        for (index, text) in texts.enumerated() {
            let phrase = Array(text.utf8)
            precondition(phrase.count >= 2, "a ByteNeedleSet phrase has at least two bytes")
            starts.append(bytes.count)
            bytes.append(contentsOf: phrase)
            var head: UInt64 = 0
            var mask: UInt64 = 0
            for (offset, byte) in phrase.prefix(8).enumerated() {
                head |= UInt64(byte) << (8 * UInt64(offset))
                mask |= 0xFF << (8 * UInt64(offset))
            }
            heads.append(head)
            headMasks.append(mask)
            let pair = Int(phrase[0]) << 8 | Int(phrase[1])
            pairs[pair >> 6] |= 1 << UInt64(pair & 63)
            buckets[Self.bucket(phrase[0], phrase[1])].append(index)
        }
        starts.append(bytes.count)
        var byBucket: [Int] = []
        var bucketStarts: [Int] = []
        for group in buckets {
            bucketStarts.append(byBucket.count)
            byBucket.append(contentsOf: group)
        }
        bucketStarts.append(byBucket.count)
        self.bytes = bytes
        self.starts = starts
        self.heads = heads
        self.headMasks = headMasks
        self.byBucket = byBucket
        self.bucketStarts = bucketStarts
        self.pairs = pairs
    }

    /// Calls `body` with the index of every phrase that occurs in `haystack` (in its `range`,
    /// by default all of it), once per occurrence, in order of position (phrases at one position
    /// in index order); stops when `body` returns `false`, and then returns `false`.
    @discardableResult
    func forEachMatch(in haystack: [UInt8], range: Range<Int>? = nil, _ body: (Int) -> Bool) -> Bool {
        haystack.withUnsafeBufferPointer { forEachMatch(in: $0, range: range, body) }
    }

    /// Calls `body` with every phrase that occurs in `hay`, as ``forEachMatch(in:range:_:)-([UInt8],_,_)``
    /// does for an array.
    @discardableResult
    func forEachMatch(in hay: UnsafeBufferPointer<UInt8>, range: Range<Int>? = nil, _ body: (Int) -> Bool) -> Bool {
        forEachOccurrence(in: hay, range: range) { phrase, _ in body(phrase) }
    }

    /// The length in bytes of the phrase at `index`.
    func length(of index: Int) -> Int { starts[index + 1] - starts[index] }

    /// Calls `body` with the index of every phrase that occurs in `hay` (in its `range`, by
    /// default all of it) and where it starts, as ``forEachMatch(in:range:_:)-([UInt8],_,_)``
    /// does.
    @discardableResult
    func forEachOccurrence(in hay: UnsafeBufferPointer<UInt8>, range: Range<Int>? = nil, _ body: (_ phrase: Int, _ start: Int) -> Bool) -> Bool {
        let range = (range ?? 0..<hay.count).clamped(to: 0..<hay.count)
        let end = range.upperBound
        var start = range.lowerBound
        while start + 1 < end {
            let first = hay[start]
            let second = hay[start + 1]
            let pair = Int(first) << 8 | Int(second)
            guard pairs[pair >> 6] & (1 << UInt64(pair & 63)) != 0 else {
                start += 1
                continue
            }
            // Up to eight bytes from `start` (zero past the haystack). Bytes past the range may
            // enter it, but no phrase longer than the rest of the range is taken, so they decide
            // nothing: a phrase that ends in the range has all the bytes its head compares there.
            var window: UInt64 = 0
            if hay.count - start >= 8, let base = hay.baseAddress {
                window = ByteWord.load(UnsafeRawPointer(base), at: start)
            } else {
                for offset in 0..<(hay.count - start) { window |= UInt64(hay[start + offset]) << (8 * UInt64(offset)) }
            }
            let bucket = Self.bucket(first, second)
            for slot in bucketStarts[bucket]..<bucketStarts[bucket + 1] {
                let index = byBucket[slot]
                guard window & headMasks[index] == heads[index] else { continue }
                let from = starts[index]
                let length = starts[index + 1] - from
                guard end - start >= length else { continue }
                var matched = min(length, 8)
                while matched < length && hay[start + matched] == bytes[from + matched] { matched += 1 }
                if matched == length && !body(index, start) { return false }
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
