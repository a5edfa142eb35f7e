/// The heading of an IPTC 7901 message: the line after SOH and the keyword (slug) lines before
/// STX.
///
/// The first line carries, separated by spaces: the service identification with the message
/// number (`eca062`), the priority (1 = flash … 6), the category (`i`, `pl`, `rs`), the word
/// count, then optional information: distribution codes (`ccccb`), the source (`dpa`, `KNA`)
/// and the source's own reference (`061`, `170123-89-00065#2`). Keyword lines end with `/`
/// (`Germany-politics/`, `Yemen/conflict/`).
struct IPTC7901Heading: Sendable, Hashable {
    var service: String?
    var messageNumber: String?
    var priority: Int?
    var category: String?
    var wordCount: Int?
    var source: String?
    var routing: String?
    var reference: String?
    var version: String?
    /// Optional information that fits none of the above.
    var information: String?
    /// The keyword lines without their final `/`.
    var slugLines: [String] = []

    static func parse(_ bytes: ArraySlice<UInt8>, decoder: WireTextDecoder) -> IPTC7901Heading {
        var heading = IPTC7901Heading()
        var lines = ByteText.lines(bytes).map { decoder.string($0).trimmingSpaces() }.filter { !$0.isEmpty }[...]
        if let first = lines.first {
            heading.readFirstLine(first)
            lines = lines.dropFirst()
        }
        for line in lines { heading.addKeywordLine(line) }
        return heading
    }

    private mutating func readFirstLine(_ line: String) {
        var tokens = line.split(separator: " ")[...]
        // Teleprinter copy opens with the start-of-message pattern ZCZC.
        if tokens.first == "ZCZC" { tokens = tokens.dropFirst() }
        if let first = tokens.first {
            let bytes = Array(first.utf8)
            var split = bytes.count
            while split > 0, ByteText.isDigit(bytes[split - 1]) { split -= 1 }
            if split > 0 { service = String(decoding: bytes[..<split], as: UTF8.self) }
            if split < bytes.count { messageNumber = String(decoding: bytes[split...], as: UTF8.self) }
            tokens = tokens.dropFirst()
        }
        if let token = tokens.first, token.utf8.count == 1, let value = Int(token) {
            priority = value
            tokens = tokens.dropFirst()
        }
        if let token = tokens.first, token.utf8.count <= 3, token.utf8.allSatisfy(ByteText.isLetter) {
            category = String(token)
            tokens = tokens.dropFirst()
        }
        if let token = tokens.first, token.utf8.count <= 5, let value = Int(token), value >= 0 {
            wordCount = value
            tokens = tokens.dropFirst()
        }
        readOptionalInformation(Array(tokens))
    }

    private mutating func readOptionalInformation(_ tokens: [Substring]) {
        var other: [String] = []
        var references: [String] = []
        var versions: [String] = []
        var sourceIndex: Int?
        for (index, token) in tokens.enumerated() where IPTC7901Heading.isSourceName(token) {
            sourceIndex = index
        }
        for (index, token) in tokens.enumerated() {
            if index == sourceIndex {
                source = String(token)
            } else if IPTC7901Heading.isRoutingCode(token), routing == nil {
                routing = String(token)
            } else if TakeKey.isTakeKey(String(token)), !token.utf8.allSatisfy(ByteText.isDigit) {
                versions.append(String(token))
            } else if let sourceIndex, index > sourceIndex {
                references.append(String(token))
            } else {
                other.append(String(token))
            }
        }
        if !references.isEmpty { reference = references.joined(separator: " ") }
        if !versions.isEmpty { version = versions.joined(separator: " ") }
        if !other.isEmpty { information = other.joined(separator: " ") }
    }

    /// Distribution codes repeat a letter (`ccccb`, `vvvvb`): two distinct letters at most, four
    /// characters at least.
    static func isRoutingCode(_ token: Substring) -> Bool {
        guard token.utf8.count >= 4, token.utf8.allSatisfy(ByteText.isLower) else { return false }
        return Set(token.utf8).count <= 2
    }

    /// An agency's short name: 2–12 letters (hyphens allowed, `dpa-AFX`), not a routing code.
    static func isSourceName(_ token: Substring) -> Bool {
        guard (2...12).contains(token.utf8.count), let first = token.utf8.first, ByteText.isLetter(first),
            token.utf8.allSatisfy({ ByteText.isLetter($0) || $0 == ControlCode.hyphen }),
            !isRoutingCode(token), !TakeKey.isTakeKey(String(token))
        else { return false }
        return true
    }

    private mutating func addKeywordLine(_ line: String) {
        var text = Substring(line)
        while text.hasSuffix("/") { text = text.dropLast() }
        // Take keys among the keyword's parts belong to the version.
        var parts: [Substring] = []
        var versions: [String] = version.map { [$0] } ?? []
        for part in text.split(separator: "/") {
            if TakeKey.isTakeKey(String(part)), parts.count > 0 || text.split(separator: "/").count > 1 {
                versions.append(part.trimmingSpaces())
            } else {
                parts.append(part)
            }
        }
        if !versions.isEmpty { version = versions.joined(separator: " ") }
        let slug = parts.map { $0.trimmingSpaces() }.joined(separator: "/")
        if !slug.isEmpty { slugLines.append(slug) }
    }
}
