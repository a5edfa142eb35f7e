/// One line of the table of contents: a heading (or a chapter without one) and where it is.
struct TOCEntry: Hashable {
    /// 1–6 for headings; structural entries take the level of the shallowest heading.
    var level: Int
    /// The label, as plain text.
    var label: String
    /// The target, relative to the package document (`chapter-2.xhtml#sec-3`).
    var href: String
    /// Entries nested under this one.
    var children: [TOCEntry] = []

    /// Nests a flat list by level: each entry goes under the nearest earlier entry of a smaller
    /// level, so a jump from level 1 to 3 nests one step, not two.
    static func nest(_ flat: [TOCEntry]) -> [TOCEntry] {
        var roots: [TOCEntry] = []
        // Paths of indices into `roots` for the open chain, with each node's level.
        var chain: [(level: Int, path: [Int])] = []
        for entry in flat {
            while let last = chain.last, last.level >= entry.level { chain.removeLast() }
            if let parent = chain.last {
                let index = append(entry, at: parent.path, in: &roots)
                chain.append((entry.level, parent.path + [index]))
            } else {
                roots.append(entry)
                chain.append((entry.level, [roots.count - 1]))
            }
        }
        return roots
    }

    private static func append(_ entry: TOCEntry, at path: [Int], in entries: inout [TOCEntry]) -> Int {
        guard let first = path.first else {
            entries.append(entry)
            return entries.count - 1
        }
        return append(entry, at: Array(path.dropFirst()), in: &entries[first].children)
    }

    /// The depth of the deepest entry (1 for a flat list).
    static func depth(of entries: [TOCEntry]) -> Int {
        entries.map { 1 + depth(of: $0.children) }.max() ?? 0
    }
}
