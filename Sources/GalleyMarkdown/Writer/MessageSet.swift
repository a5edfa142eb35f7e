// The distinct messages a page's conversion records: a few, the same ones again and again.

extension MarkdownRenderer {
    /// Distinct messages, kept in a short list while they are few (a set costs a hash and, for
    /// its first members, allocations and rehashing; a page records a handful of messages),
    /// and in a set past that (input can make many distinct ones, such as raw formats).
    struct MessageSet {
        private var few: [String] = []
        private var many: Set<String> = []

        /// How many messages the short list holds at most.
        private static let listLimit = 16

        /// Adds `message` unless it is there already.
        mutating func insert(_ message: String) {
            if !many.isEmpty {
                many.insert(message)
            } else if !few.contains(message) {
                if few.count < Self.listLimit {
                    few.append(message)
                } else {
                    many = Set(few)
                    many.insert(message)
                    few = []
                }
            }
        }

        /// The messages in ascending order.
        func sorted() -> [String] {
            many.isEmpty ? few.sorted() : many.sorted()
        }
    }
}
