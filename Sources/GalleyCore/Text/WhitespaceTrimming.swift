extension StringProtocol {
    /// The text without leading and trailing white space: the scalars with Unicode's White_Space
    /// property (spaces, tabs, line breaks, no-break and other Unicode spaces).
    public func trimmingWhitespace() -> String {
        // Most texts begin and end with printable ASCII: nothing to trim, no scalars to walk.
        let substring = Substring(self)
        if let first = substring.utf8.first, let last = substring.utf8.last,
            first > 0x20, first < 0x7F, last > 0x20, last < 0x7F
        {
            return String(substring)
        }
        var scalars = substring.unicodeScalars
        while let first = scalars.first, first.properties.isWhitespace { scalars.removeFirst() }
        while let last = scalars.last, last.properties.isWhitespace { scalars.removeLast() }
        return String(scalars)
    }
}
