/// The heading of an ANPA-1312 message: the two lines between SOH and STX.
///
/// ```
/// [SYN SYN] SOH  z 6715 [UPI…] US -----             service level, message number, selector
/// r SP z DC3 DC1 SP BC-BKN--Heat-Hawks SP 1stLd-Writethru SP SP SP 02-20 SP 0500
///   priority, category, format identifier, keyword, version, reference, filing date, words
/// ```
struct ANPAHeading: Sendable, Hashable {
    /// Service level designator (a letter before the message number).
    var serviceLevel: String?
    /// Message (story) number, four digits.
    var messageNumber: String?
    /// Selector code after US (up to five letters or hyphens).
    var selector: String?
    /// Priority letter (`f`, `b`, `u`, `r`, `d`, `a`, …).
    var priorityCode: String?
    /// Category code (`a` domestic, `i` international, `z`/`s` sports, …).
    var category: String?
    /// What the format identifier says about the text.
    var format: Format?
    /// The keyword (slug) field, such as `BC-BKN--Heat-Hawks`.
    var keyword: String?
    /// The version (take) field, such as `1stLd-Writethru`.
    var version: String?
    /// The reference field.
    var reference: String?
    /// Filing date as `MM-DD`.
    var filingDate: String?
    /// The word count field.
    var wordCount: Int?

    /// ANPA's format identifier: DC3 (body copy) or DC4 (agate), then DC1 (text) or DC2 (tabular).
    enum Format: String, Sendable, Hashable {
        case bodyText, bodyTabular, agateText, agateTabular

        var isAgate: Bool { self == .agateText || self == .agateTabular }
    }

    /// Parses the heading bytes; fields that cannot be read stay `nil`.
    static func parse(_ bytes: ArraySlice<UInt8>, decoder: WireTextDecoder) -> ANPAHeading {
        var heading = ANPAHeading()
        let lines = ByteText.lines(bytes).map { ByteText.trimmed($0) }.filter { !$0.isEmpty }
        var rest = lines[...]
        if let first = rest.first, first.contains(ControlCode.unitSeparator) {
            heading.readFirstLine(first, decoder: decoder)
            rest = rest.dropFirst()
        }
        if let second = rest.first { heading.readSecondLine(second, decoder: decoder) }
        return heading
    }

    private mutating func readFirstLine(_ line: ArraySlice<UInt8>, decoder: WireTextDecoder) {
        guard let separator = line.firstIndex(of: ControlCode.unitSeparator) else { return }
        var index = line.startIndex
        if index < separator, ByteText.isLetter(line[index]) {
            serviceLevel = decoder.string(line[index...index])
            index += 1
        }
        let numberStart = index
        while index < separator, ByteText.isDigit(line[index]), index - numberStart < 4 { index += 1 }
        if index > numberStart { messageNumber = decoder.string(line[numberStart..<index]) }
        let selectorBytes = ByteText.trimmed(line[(separator + 1)...])
        if !selectorBytes.isEmpty { selector = decoder.string(selectorBytes) }
    }

    private mutating func readSecondLine(_ line: ArraySlice<UInt8>, decoder: WireTextDecoder) {
        var index = line.startIndex
        if index < line.endIndex, ByteText.isLetter(line[index]) {
            priorityCode = decoder.string(line[index...index]).lowercased()
            index += 1
        }
        while index < line.endIndex, line[index] == ControlCode.space { index += 1 }
        let categoryStart = index
        while index < line.endIndex, ByteText.isLetter(line[index]), index - categoryStart < 3 { index += 1 }
        if index > categoryStart { category = decoder.string(line[categoryStart..<index]) }
        if index + 1 < line.endIndex {
            switch (line[index], line[index + 1]) {
            case (ControlCode.dc3, ControlCode.dc1): format = .bodyText
            case (ControlCode.dc3, ControlCode.dc2): format = .bodyTabular
            case (ControlCode.dc4, ControlCode.dc1): format = .agateText
            case (ControlCode.dc4, ControlCode.dc2): format = .agateTabular
            default: break
            }
        }
        while index < line.endIndex, line[index] < ControlCode.space { index += 1 }
        readFields(ByteText.fields(line[index...]), decoder: decoder)
    }

    /// keyword [version [reference]] MM-DD words
    private mutating func readFields(_ fields: [ArraySlice<UInt8>], decoder: WireTextDecoder) {
        var fields = fields[...]
        if let last = fields.last, let count = ByteText.integer(last), last.count <= 5 {
            wordCount = count
            fields = fields.dropLast()
        }
        if let last = fields.last, last.count == 5, last[last.startIndex + 2] == ControlCode.hyphen,
            ByteText.integer(last.prefix(2)) != nil, ByteText.integer(last.suffix(2)) != nil
        {
            filingDate = decoder.string(last)
            fields = fields.dropLast()
        }
        guard let first = fields.first else { return }
        keyword = decoder.string(first)
        fields = fields.dropFirst()
        if let next = fields.first {
            version = decoder.string(next)
            fields = fields.dropFirst()
        }
        if !fields.isEmpty {
            reference = fields.map { decoder.string($0) }.joined(separator: " ")
        }
    }
}
