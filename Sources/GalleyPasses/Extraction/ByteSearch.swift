/// Substring search on UTF-8 bytes, for the word lists extraction matches against every
/// block and container. `String.contains(_:)` with a string argument goes through Foundation's
/// locale-aware search, which profiling showed taking three quarters of the pass's time.
struct ByteNeedle: Sendable {
    let bytes: [UInt8]
    let text: String

    init(_ text: String) {
        self.text = text
        bytes = Array(text.utf8)
    }

    /// Whether `haystack` contains these bytes.
    func occurs(in haystack: [UInt8]) -> Bool {
        guard let first = bytes.first, haystack.count >= bytes.count else { return bytes.isEmpty }
        let last = haystack.count - bytes.count
        var index = 0
        while index <= last {
            if haystack[index] == first {
                var matched = 1
                while matched < bytes.count && haystack[index + matched] == bytes[matched] { matched += 1 }
                if matched == bytes.count { return true }
            }
            index += 1
        }
        return false
    }
}
