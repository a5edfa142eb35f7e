/// Cuts a feed capture into messages at the transmission controls, in one linear pass.
///
/// A message starts at SOH (or at an STX that no SOH announced), its heading runs to STX, its
/// text to ETX and its trailer to EOT. A control that is missing is inferred from the next one
/// that is present: a text without ETX ends at EOT or at the next SOH, a heading without STX ends
/// at its first line break. Bytes outside any message (line noise, fill characters) are skipped.
enum WireFramer {
    /// The messages in `bytes`; empty when there is neither SOH nor STX (plain agency copy).
    static func messages(in bytes: [UInt8]) -> [WireMessage] {
        var messages: [WireMessage] = []
        var index = 0
        let end = bytes.count
        while index < end {
            guard let start = nextOpening(in: bytes, from: index) else { break }
            let message = frame(bytes, at: start)
            messages.append(message)
            index = max(message.all.endIndex, start + 1)
        }
        return messages
    }

    private static func nextOpening(in bytes: [UInt8], from index: Int) -> Int? {
        var position = index
        while position < bytes.count {
            let byte = bytes[position]
            if byte == ControlCode.soh || byte == ControlCode.stx { return position }
            position += 1
        }
        return nil
    }

    /// The first index at or after `from` whose byte is one of `stops`, or `bytes.count`.
    private static func scan(_ bytes: [UInt8], from: Int, until stops: (UInt8) -> Bool) -> Int {
        var position = from
        while position < bytes.count, !stops(bytes[position]) { position += 1 }
        return position
    }

    /// The index of the first LF at or after `from`, but not beyond `limit`.
    private static func lineEnd(_ bytes: [UInt8], from: Int, limit: Int) -> Int {
        var position = from
        while position < limit, bytes[position] != ControlCode.lineFeed { position += 1 }
        return min(position, limit)
    }

    private static func frame(_ bytes: [UInt8], at start: Int) -> WireMessage {
        let end = bytes.count
        var hasSOH = false
        var hasSTX = false
        var headingRange = start..<start
        var textStart = start
        if bytes[start] == ControlCode.soh {
            hasSOH = true
            let stop = scan(bytes, from: start + 1) {
                $0 == ControlCode.stx || $0 == ControlCode.etx || $0 == ControlCode.eot || $0 == ControlCode.soh
            }
            if stop < end, bytes[stop] == ControlCode.stx {
                hasSTX = true
                headingRange = (start + 1)..<stop
                textStart = stop + 1
            } else {
                // No STX: the heading is the first line (two for ANPA, whose first line ends in
                // the selector code and whose second holds the keyword); the text follows it.
                var headingEnd = lineEnd(bytes, from: start + 1, limit: stop)
                if headingEnd < stop, isANPAFirstLine(bytes[(start + 1)..<headingEnd]) {
                    headingEnd = lineEnd(bytes, from: headingEnd + 1, limit: stop)
                }
                headingRange = (start + 1)..<headingEnd
                textStart = min(headingEnd + 1, stop)
            }
        } else {
            hasSTX = true
            textStart = start + 1
        }
        let textStop = scan(bytes, from: textStart) {
            $0 == ControlCode.etx || $0 == ControlCode.eot || $0 == ControlCode.soh
        }
        var hasETX = false
        var hasEOT = false
        var trailerRange = textStop..<textStop
        var messageEnd = textStop
        if textStop < end, bytes[textStop] == ControlCode.etx {
            hasETX = true
            let trailerStop = scan(bytes, from: textStop + 1) {
                $0 == ControlCode.eot || $0 == ControlCode.soh || $0 == ControlCode.stx
            }
            trailerRange = (textStop + 1)..<trailerStop
            messageEnd = trailerStop
        }
        if messageEnd < end, bytes[messageEnd] == ControlCode.eot {
            hasEOT = true
            messageEnd += 1
        }
        let textRange = textStart..<max(textStart, textStop)
        return WireMessage(
            all: bytes[start..<messageEnd], heading: bytes[headingRange], text: bytes[textRange],
            trailer: bytes[trailerRange], hasStartOfHeading: hasSOH, hasStartOfText: hasSTX,
            hasEndOfText: hasETX, hasEndOfTransmission: hasEOT)
    }

    /// Whether a heading's first line is ANPA's `[level]NNNN[…]US selector`.
    static func isANPAFirstLine(_ line: ArraySlice<UInt8>) -> Bool {
        line.contains(ControlCode.unitSeparator)
    }
}
