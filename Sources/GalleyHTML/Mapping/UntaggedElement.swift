/// The HTML elements the mapping gives a category that have no ``Tag`` (the tree builder treats
/// them as any other element); every other untagged name is transparent.
enum UntaggedElement: UInt8, CaseIterable, Sendable {
    case datalist, canvas, audio, video, map, slot, progress, meter, output, portal
    case dfn, del, mark, abbr, acronym, cite, ins, time, kbd, samp, q, picture

    /// The name of each case, by raw value; in the order of the cases (a test checks it).
    static let names: [String] = [
        "datalist", "canvas", "audio", "video", "map", "slot", "progress", "meter", "output", "portal",
        "dfn", "del", "mark", "abbr", "acronym", "cite", "ins", "time", "kbd", "samp", "q", "picture",
    ]

    /// Every case by its name's bytes (built on the first untagged element a page has).
    private static let byBytes = PackedNameTable(names)

    /// The element named by the lower-case bytes `bytes`, if the mapping knows it.
    init?(lowerCaseName bytes: UnsafeBufferPointer<UInt8>) {
        guard let index = UntaggedElement.byBytes.index(for: bytes) else { return nil }
        self.init(rawValue: UInt8(truncatingIfNeeded: index))
    }

    /// The element's name.
    var name: String { UntaggedElement.names[Int(rawValue)] }

    /// How the mapping treats the element.
    var category: ElementCategory {
        switch self {
        case .datalist, .canvas, .audio, .video, .map, .slot, .progress, .meter, .output, .portal: return .dropped
        case .dfn: return .emphasis
        case .del: return .strikeout
        case .mark, .abbr, .acronym, .cite, .ins, .time: return .semanticSpan
        case .kbd, .samp: return .code
        case .q: return .quotation
        case .picture: return .picture
        }
    }
}
