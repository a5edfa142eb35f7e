import GalleyCore

/// Turns increasing byte offsets into line and column, scanning the input once in total.
struct LineCounter {
    let bytes: [UInt8]
    private var offset = 0
    private var line = 1
    private var lineStart = 0

    init(bytes: [UInt8]) { self.bytes = bytes }

    /// The location of `target`, which must not be smaller than the previous call's.
    mutating func location(of target: Int) -> SourceLocation {
        let target = min(max(target, offset), bytes.count)
        while offset < target {
            if bytes[offset] == ControlCode.lineFeed {
                line += 1
                lineStart = offset + 1
            }
            offset += 1
        }
        return SourceLocation(line: line, column: target - lineStart + 1, offset: target)
    }
}
