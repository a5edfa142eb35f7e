import GalleyCore

/// The engine behind ``MarkdownWriter``: one output buffer, a stack of container prefixes, and
/// the notes and link references collected on the way.
///
/// Blocks are written line by line: every line starts with the prefixes of the containers it is
/// in (`> ` for a quote, the marker or its indentation for a list item), so nesting never copies
/// text. Paragraphs are written raw and then laid out once (wrapped, prefixes inserted).
struct MarkdownRenderer {
    let options: MarkdownWriter.Options
    let isGFM: Bool
    /// The output, UTF-8.
    var out: [UInt8] = []
    /// Open containers, outermost first.
    var containers: [Prefix] = []
    /// What could not be expressed exactly, one sentence per kind.
    var warnings = MessageSet()
    /// Losses every page conversion has (ids and classes): notes, shown with `--explain`.
    var quietLosses = MessageSet()
    /// The last warning and loss recorded: the same few come again and again, and comparing
    /// with the last is cheaper than hashing.
    var lastWarning = ""
    var lastLoss = ""
    /// The ``AttributeLoss`` kinds recorded, one bit each.
    var recordedAttributeLosses: UInt8 = 0
    /// Footnote bodies in number order; notes found while writing a note are appended.
    var notes: [[Block]] = []
    /// Link targets for `--reference-links`, in label order.
    var references: [Reference] = []
    var referenceLabels: [Reference: Int] = [:]
    /// How many links the inline being written is inside (nested links are flattened).
    var linkDepth = 0
    /// The delimiter bytes of the emphasis marks being written, outermost first.
    var openDelimiters: [UInt8] = []
    /// Whether normalisation is inside a link's text.
    var isNormalizingLink = false
    /// Whether the next text starts a line (block-start characters need escaping).
    var isAtLineStart = false
    /// Whether the paragraph being written holds a line end. Normalised text has none: only
    /// breaks, raw inlines and a label prefix holding one write them, and they set this.
    var paragraphHasLineFeed = false
    /// Whether ``MarkdownWriter/Options/labelPrefix`` holds a line feed.
    let labelPrefixHasLineFeed: Bool
    /// Where `--wrap=auto` may break the current paragraph: its texts and soft breaks, the
    /// first `wrapRegionCount` slots (the slots are kept from paragraph to paragraph: emptying
    /// an array costs more than overwriting its slots).
    var wrapRegions: [WrapRegion] = []
    var wrapRegionCount = 0
    /// Offsets in `out` of the spaces where the paragraph being laid out may break: the first
    /// `breakCandidateCount` slots (the slots are kept from paragraph to paragraph).
    var breakCandidates: [Int] = []
    var breakCandidateCount = 0
    /// Offsets in `out` of the line ends of the paragraph being laid out, for its prefixes.
    var lineEnds: [Int] = []
    /// Reused buffer for laying out paragraphs and escaping table cells.
    var scratch: [UInt8] = []

    /// The prefix a container puts before each of its lines.
    struct Prefix {
        /// Before the first line (a list marker).
        var first: [UInt8]
        /// Before every other line.
        var rest: [UInt8]
        var isFirstUsed = false
    }

    /// Text written into a paragraph under `--wrap=auto`, or a soft break's space.
    struct WrapRegion {
        /// Where it starts and ends in `out`.
        var start: Int
        var end: Int
        /// The first byte written after it, as far as known in advance (see ``Next``).
        var nextByte: UInt8
        /// A soft break: its space is always a break candidate.
        var isSoftBreak = false
    }

    /// A link target listed at the end under `--reference-links`.
    struct Reference: Hashable {
        var url: String
        var title: String
    }

    init(options: MarkdownWriter.Options) {
        self.options = options
        self.isGFM = options.flavor == .gfm
        self.labelPrefixHasLineFeed = options.labelPrefix.utf8.contains(0x0A)
    }

    /// Writes the whole document and returns the bytes.
    mutating func render(_ document: Document) -> [UInt8] {
        // A first guess; the buffer grows by doubling past it. (Walking the tree to size the
        // output costs more than the few copies growing does.)
        out.reserveCapacity(Self.initialCapacity)
        if options.isStandalone { writeFrontMatter(document.metadata) }
        writeBlocks(document.blocks, isTight: false)
        writeNotes()
        writeReferences()
        return out
    }

    /// The output buffer's first capacity, in bytes: more than nine pages in ten of a web
    /// corpus need (the median page is about 18 KB of Markdown).
    static let initialCapacity = 64 * 1024

    // MARK: - Lines

    /// Records a wrap region of the current paragraph.
    @inline(__always)
    mutating func addWrapRegion(_ region: WrapRegion) {
        if wrapRegionCount < wrapRegions.count {
            wrapRegions[wrapRegionCount] = region
        } else {
            wrapRegions.append(region)
        }
        wrapRegionCount += 1
    }

    /// Writes the prefixes that start a line.
    mutating func startLine() {
        for index in containers.indices {
            if containers[index].isFirstUsed {
                out.append(contentsOf: containers[index].rest)
            } else {
                out.append(contentsOf: containers[index].first)
                containers[index].isFirstUsed = true
            }
        }
    }

    /// Writes a line holding only the containers' prefixes, without trailing spaces.
    mutating func blankLine() {
        let start = out.count
        startLine()
        while out.count > start, out[out.count - 1] == UInt8(ascii: " ") { out.removeLast() }
        out.append(UInt8(ascii: "\n"))
    }

    /// Appends the prefix of every line after the first in the current containers.
    mutating func appendContinuationPrefix() {
        for container in containers { out.append(contentsOf: container.isFirstUsed ? container.rest : container.first) }
    }

    /// The width in characters of the containers' continuation prefix.
    func continuationPrefixWidth() -> Int {
        var width = 0
        for container in containers {
            let prefix = container.isFirstUsed ? container.rest : container.first
            width += Self.width(of: prefix, from: 0, to: prefix.count)
        }
        return width
    }

    /// Runs `body` inside a container with the given prefixes.
    mutating func within(first: [UInt8], rest: [UInt8], _ body: (inout MarkdownRenderer) -> Void) {
        containers.append(Prefix(first: first, rest: rest))
        body(&self)
        let container = containers.removeLast()
        if !container.isFirstUsed {
            // Nothing was written: the container still shows (an empty item or quote).
            containers.append(container)
            blankLine()
            containers.removeLast()
        }
    }

    /// Records that something could not be written exactly.
    mutating func warn(_ message: String) {
        if message == lastWarning { return }
        lastWarning = message
        warnings.insert(message)
    }

    /// Attributes lost on nearly every page: each kind is recorded once, and after that the
    /// nodes' attributes are not even read (reading them costs a memory access per node).
    enum AttributeLoss: Int {
        case div, span, link, image

        var message: String {
            switch self {
            case .div: return "div attributes are dropped; the div's blocks are kept"
            case .span: return "span attributes are dropped; the span's text is kept"
            case .link: return "link identifiers and classes are dropped"
            case .image: return "image identifiers, classes and sizes are dropped"
            }
        }
    }

    /// Records an attribute loss (a warning for images, a note otherwise) if `hasAttributes`,
    /// which is only evaluated while that kind is not recorded yet.
    mutating func recordAttributeLoss(_ loss: AttributeLoss, if hasAttributes: @autoclosure () -> Bool) {
        let bit: UInt8 = 1 << loss.rawValue
        guard recordedAttributeLosses & bit == 0, hasAttributes() else { return }
        recordedAttributeLosses |= bit
        if loss == .image { warn(loss.message) } else { noteLoss(loss.message) }
    }

    /// Records a loss that is only worth a note.
    mutating func noteLoss(_ message: String) {
        if message == lastLoss { return }
        lastLoss = message
        quietLosses.insert(message)
    }
}

extension Array {
    /// Removes every element and keeps the storage; nothing to do (no call into the generic
    /// range replacement `removeAll(keepingCapacity:)` makes) when already empty.
    @inline(__always)
    mutating func clear() {
        if !isEmpty { removeAll(keepingCapacity: true) }
    }
}
