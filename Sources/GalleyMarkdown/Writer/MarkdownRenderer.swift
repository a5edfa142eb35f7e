import GalleyCore

/// The engine behind ``MarkdownWriter``: one output buffer, a stack of container prefixes, and
/// the notes and link references collected on the way.
///
/// Blocks are written line by line: every line starts with the prefixes of the containers it is
/// in (`> ` for a quote, the marker or its indentation for a list item), so nesting never copies
/// text. Paragraphs are written raw and then laid out once (wrapped, prefixes inserted).
///
/// The renderer is noncopyable, as its byte buffers are: one conversion owns it alone.
struct MarkdownRenderer: ~Copyable {
    let options: MarkdownWriter.Options
    let isGFM: Bool
    /// The output, UTF-8.
    var out = ByteBuffer(capacity: Self.initialCapacity)
    /// Open containers, outermost first.
    var containers: [Prefix] = []
    /// The open containers' prefixes before their first lines, and before their other lines,
    /// each one after another, outermost first (a container holds no array of its own).
    var firstPrefixes = ByteBuffer(capacity: 64)
    var restPrefixes = ByteBuffer(capacity: 64)
    /// How many open containers, outermost first, have started their first line. The started
    /// ones are always the outermost: a line starts every container it is in.
    var startedContainerCount = 0
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
    /// Whether a paragraph may be written before its texts are checked for line ends (see
    /// ``defersLineEndCheck``): only where writing it records nothing that writing it again
    /// would not (no reference list; raw HTML allowed, so no mark or code span falls back to
    /// a warning).
    let mayDeferLineEndCheck: Bool
    /// Whether normalisation takes a text holding a line end as kept instead of changed,
    /// leaving it to the writer to notice (``hasWrittenTextLineEnd``), and the paragraph to be
    /// written again from its normalised form. Texts rarely hold one: their bytes are then
    /// read once, as they are escaped, not scanned for line ends first.
    var defersLineEndCheck = false
    /// Whether text holding a line feed or carriage return was written.
    var hasWrittenTextLineEnd = false
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

    /// Where the prefixes a container puts before its lines end in `firstPrefixes` (before
    /// the first line, a list marker) and `restPrefixes` (before every other line); they start
    /// where the enclosing container's end.
    struct Prefix {
        var firstEnd: Int
        var restEnd: Int
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
        self.mayDeferLineEndCheck = options.allowsRawHTML && !options.usesReferenceLinks
    }

    /// Writes the whole document and returns the bytes.
    mutating func render(_ document: Document) -> [UInt8] {
        writeDocument(document)
        return out.bytes
    }

    /// Writes the whole document and returns the text, made straight from the buffer.
    mutating func renderText(_ document: Document) -> String {
        writeDocument(document)
        return out.withUnsafeBufferPointer { String(decoding: $0, as: UTF8.self) }
    }

    private mutating func writeDocument(_ document: Document) {
        if options.isStandalone { writeFrontMatter(document.metadata) }
        writeBlocks(document.blocks, isTight: false)
        writeNotes()
        writeReferences()
    }

    /// The output buffer's first capacity, in bytes: more than nine pages in ten of a web
    /// corpus need (the median page is about 18 KB of Markdown). A first guess; the buffer
    /// grows by doubling past it. (Walking the tree to size the output costs more than the few
    /// copies growing does.)
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
        if startedContainerCount == containers.count {
            // The usual line: every container started, their other-lines prefixes in one run.
            restPrefixes.withUnsafeBufferPointer { out.append(contentsOf: $0) }
            return
        }
        appendLinePrefix()
        startedContainerCount = containers.count
    }

    /// Appends the prefixes the next line starts with: the other-lines prefixes of the started
    /// containers, then the first-line prefixes of the others.
    private mutating func appendLinePrefix() {
        let started = startedContainerCount
        let restEnd = started > 0 ? containers[started - 1].restEnd : 0
        let firstStart = started > 0 ? containers[started - 1].firstEnd : 0
        if restEnd > 0 {
            restPrefixes.withUnsafeBufferPointer { out.append(contentsOf: UnsafeBufferPointer(rebasing: $0[..<restEnd])) }
        }
        if firstStart < firstPrefixes.count {
            firstPrefixes.withUnsafeBufferPointer { out.append(contentsOf: UnsafeBufferPointer(rebasing: $0[firstStart...])) }
        }
    }

    /// Writes a line holding only the containers' prefixes, without trailing spaces.
    mutating func blankLine() {
        let start = out.count
        startLine()
        while out.count > start, out[out.count - 1] == UInt8(ascii: " ") { out.removeLast() }
        out.append(UInt8(ascii: "\n"))
    }

    /// The width in characters of the prefixes of a paragraph's lines after its first, which
    /// started every container: their other-lines prefixes.
    func linePrefixWidth() -> Int {
        assert(startedContainerCount == containers.count, "a paragraph's first line starts every container")
        return restPrefixes.withUnsafeBufferPointer { ByteScan.width(of: $0, from: 0, to: $0.count) }
    }

    /// Runs `body` inside a container with the given prefixes.
    mutating func within<First: Collection<UInt8>, Rest: Collection<UInt8>>(
        first: First, rest: Rest, _ body: (inout MarkdownRenderer) -> Void
    ) {
        firstPrefixes.append(contentsOf: first)
        restPrefixes.append(contentsOf: rest)
        openContainer()
        body(&self)
        closeContainer()
    }

    /// Opens a list item's container: `marker` and a space before its first line, two spaces
    /// before its others.
    mutating func openBulletItem(_ marker: UInt8) {
        firstPrefixes.append(marker)
        firstPrefixes.append(0x20)
        restPrefixes.append(0x20)
        restPrefixes.append(0x20)
        openContainer()
    }

    /// Opens a container whose prefixes were appended to `firstPrefixes` and `restPrefixes`.
    mutating func openContainer() {
        containers.append(Prefix(firstEnd: firstPrefixes.count, restEnd: restPrefixes.count))
    }

    /// Closes the innermost container.
    mutating func closeContainer() {
        // Nothing written: the container still shows (an empty item or quote).
        if startedContainerCount < containers.count { blankLine() }
        containers.removeLast()
        startedContainerCount = containers.count
        let enclosing = containers.last ?? Prefix(firstEnd: 0, restEnd: 0)
        firstPrefixes.removeAll(from: enclosing.firstEnd)
        restPrefixes.removeAll(from: enclosing.restEnd)
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
