/// Writes JSON text into one growing byte buffer, pretty-printed or compact.
///
/// Pretty output puts each member of a container on its own line, indented by two spaces per
/// level, except in containers opened as inline (`{"type": "text", "text": "…"}`), which stay on
/// one line with everything inside them. Compact output is one line without spaces.
struct JSONEmitter {
    /// The bytes written so far.
    private(set) var output: [UInt8] = []
    /// Whether everything is written on one line.
    let isCompact: Bool

    private struct Container {
        var isInline: Bool
        var isEmpty = true
    }

    private var containers: [Container] = []
    private var isAfterKey = false
    /// Spaces to copy indentation from (grown by doubling), so a line break appends one slice.
    private var indentation: [UInt8] = []

    /// Creates an emitter, reserving `capacity` bytes.
    init(isCompact: Bool, capacity: Int = 4096) {
        self.isCompact = isCompact
        output.reserveCapacity(capacity)
    }

    // MARK: - Containers

    mutating func beginObject(isInline: Bool = false) { begin(UInt8(ascii: "{"), isInline: isInline) }
    mutating func endObject() { end(UInt8(ascii: "}")) }
    mutating func beginArray(isInline: Bool = false) { begin(UInt8(ascii: "["), isInline: isInline) }
    mutating func endArray() { end(UInt8(ascii: "]")) }

    private mutating func begin(_ bracket: UInt8, isInline: Bool) {
        separate()
        output.append(bracket)
        let parentInline = containers.last?.isInline ?? false
        containers.append(Container(isInline: isCompact || isInline || parentInline))
    }

    private mutating func end(_ bracket: UInt8) {
        let container = containers.removeLast()
        if !container.isInline && !container.isEmpty { newline() }
        output.append(bracket)
    }

    /// Writes `"key": ` in the current object.
    mutating func key(_ key: String) {
        separate()
        appendQuoted(key)
        output.append(UInt8(ascii: ":"))
        if !isCompact { output.append(0x20) }
        isAfterKey = true
    }

    /// Writes the separator and line break that come before a value or key.
    private mutating func separate() {
        if isAfterKey {
            isAfterKey = false
            return
        }
        guard let last = containers.indices.last else { return }
        if !containers[last].isEmpty { output.append(UInt8(ascii: ",")) }
        if containers[last].isInline {
            if !containers[last].isEmpty && !isCompact { output.append(0x20) }
        } else {
            newline()
        }
        containers[last].isEmpty = false
    }

    private mutating func newline() {
        output.append(0x0A)
        let width = 2 * containers.count
        while indentation.count < width { indentation.append(contentsOf: indentation.isEmpty ? [0x20, 0x20] : indentation) }
        output.append(contentsOf: indentation[0..<width])
    }

    // MARK: - Scalars

    mutating func string(_ value: String) {
        separate()
        appendQuoted(value)
    }

    mutating func integer(_ value: Int) {
        separate()
        output.append(contentsOf: String(value).utf8)
    }

    /// Writes a double so that it reads back as a double: always with a fraction or an exponent
    /// (`2.0`, `1e+300`); non-finite values, which JSON cannot express, as `null`.
    mutating func double(_ value: Double) {
        separate()
        guard value.isFinite else {
            output.append(contentsOf: "null".utf8)
            return
        }
        output.append(contentsOf: value.description.utf8)
    }

    mutating func bool(_ value: Bool) {
        separate()
        output.append(contentsOf: (value ? "true" : "false").utf8)
    }

    mutating func null() {
        separate()
        output.append(contentsOf: "null".utf8)
    }

    /// Ends the text with a line feed.
    mutating func finish() {
        output.append(0x0A)
    }

    // MARK: - Escaping

    private mutating func appendQuoted(_ value: String) {
        output.append(UInt8(ascii: "\""))
        var copy = value
        copy.withUTF8 { appendEscaped($0) }
        output.append(UInt8(ascii: "\""))
    }

    static func hexDigit(_ value: UInt8) -> UInt8 {
        value < 10 ? UInt8(ascii: "0") + value : UInt8(ascii: "a") + value - 10
    }

    /// Appends runs of bytes that need no escape whole; escapes `"`, `\` and control characters,
    /// keeping everything else (non-ASCII included) as UTF-8.
    private mutating func appendEscaped(_ bytes: UnsafeBufferPointer<UInt8>) {
        var runStart = 0
        for index in 0..<bytes.count {
            let byte = bytes[index]
            guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else { continue }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
            runStart = index + 1
            output.append(UInt8(ascii: "\\"))
            switch byte {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"): output.append(byte)
            case 0x0A: output.append(UInt8(ascii: "n"))
            case 0x0D: output.append(UInt8(ascii: "r"))
            case 0x09: output.append(UInt8(ascii: "t"))
            case 0x08: output.append(UInt8(ascii: "b"))
            case 0x0C: output.append(UInt8(ascii: "f"))
            default:
                output.append(contentsOf: [UInt8(ascii: "u"), 0x30, 0x30, Self.hexDigit(byte >> 4), Self.hexDigit(byte & 0xF)])
            }
        }
        output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<bytes.count]))
    }
}
