/// One phrase as UTF-8 bytes, for the word lists extraction matches against every block and
/// container. `String.contains(_:)` with a string argument goes through Foundation's
/// locale-aware search, which profiling showed taking three quarters of the pass's time.
struct ByteNeedle: Sendable {
    let bytes: [UInt8]

    init(_ text: String) {
        bytes = Array(text.utf8)
    }
}

/// Many needles searched in one pass over the haystack: at each position only the needles that
/// start with that byte are tried, so a list of a hundred phrases costs little more than one.
struct ByteNeedleSet: Sendable {
    let needles: [ByteNeedle]
    /// Per first byte, the indices of the needles that start with it.
    private let buckets: [[Int]]

    init(_ texts: [String]) {
        needles = texts.map(ByteNeedle.init)
        var buckets = Array(repeating: [Int](), count: 256)
        for (index, needle) in needles.enumerated() {
            if let first = needle.bytes.first { buckets[Int(first)].append(index) }
        }
        self.buckets = buckets
    }

    /// Calls `body` with the index of every needle that occurs in `haystack`, once per
    /// occurrence, in order of position.
    func forEachMatch(in haystack: [UInt8], _ body: (Int) -> Void) {
        for start in haystack.indices {
            for index in buckets[Int(haystack[start])] {
                let bytes = needles[index].bytes
                guard haystack.count - start >= bytes.count else { continue }
                var matched = 1
                while matched < bytes.count && haystack[start + matched] == bytes[matched] { matched += 1 }
                if matched == bytes.count { body(index) }
            }
        }
    }

    /// Whether any needle occurs in `haystack`.
    func occursAny(in haystack: [UInt8]) -> Bool {
        var found = false
        forEachMatch(in: haystack) { _ in found = true }
        return found
    }
}
