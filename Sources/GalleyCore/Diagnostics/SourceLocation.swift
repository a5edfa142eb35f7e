/// A position in an input: 1-based line, 1-based column counted in UTF-8 bytes, and byte offset.
public struct SourceLocation: Sendable, Hashable, CustomStringConvertible {
    public var line: Int
    public var column: Int
    /// 0-based offset in bytes from the start of the input.
    public var offset: Int

    public init(line: Int, column: Int, offset: Int) {
        self.line = line
        self.column = column
        self.offset = offset
    }

    /// Computes the line and column of `offset` in `bytes` (a linear scan; for error paths only).
    public init(offset: Int, in bytes: some Collection<UInt8>) {
        var line = 1
        var lineStart = 0
        var index = 0
        for byte in bytes {
            if index >= offset { break }
            if byte == 0x0A {
                line += 1
                lineStart = index + 1
            }
            index += 1
        }
        self.init(line: line, column: offset - lineStart + 1, offset: offset)
    }

    /// `line:column`.
    public var description: String { "\(line):\(column)" }
}
