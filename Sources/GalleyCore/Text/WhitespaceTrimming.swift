extension StringProtocol {
    /// The text without leading and trailing white space: the scalars with Unicode's White_Space
    /// property (spaces, tabs, line breaks, no-break and other Unicode spaces).
    public func trimmingWhitespace() -> String {
        var scalars = Substring(self).unicodeScalars
        while let first = scalars.first, first.properties.isWhitespace { scalars.removeFirst() }
        while let last = scalars.last, last.properties.isWhitespace { scalars.removeLast() }
        return String(scalars)
    }
}
