/// A tag token with its interned ``Tag``; its attributes lie in the document's attribute store
/// (``TreeBuilder/attribute(_:of:)`` reads one).
struct TagToken {
    var name: String
    var tag: Tag
    var attributes: HTMLDOM.AttributeRange
    var selfClosing: Bool

    init(name: String) {
        self.init(name: name, tag: Tag(name))
    }

    /// A token whose tag the tokenizer has already looked up.
    init(name: String, tag: Tag, attributes: HTMLDOM.AttributeRange = HTMLDOM.AttributeRange(), selfClosing: Bool = false) {
        self.name = name
        self.tag = tag
        self.attributes = attributes
        self.selfClosing = selfClosing
    }
}

/// The tokens the tree builder consumes.
enum Token {
    case doctype(HTMLDoctype)
    case start(TagToken)
    case end(TagToken)
    case comment(String)
    case characters([UInt8])
    case eof
}

/// What a handler asks of the dispatcher: nothing more, or to reprocess a token in the
/// (possibly changed) current insertion mode.
enum Step {
    case done
    case reprocess(Token)
}

/// An entry of the stack of open elements.
struct OpenElement {
    var node: HTMLDOM.NodeID
    var tag: Tag
    var namespace: HTMLDOM.Namespace

    func isHTML(_ tag: Tag) -> Bool { self.tag == tag && namespace == .html }
}

/// An entry of the list of active formatting elements (`node` −1 for a marker).
struct FormattingEntry {
    var node: HTMLDOM.NodeID
    var token: TagToken?
    /// The token's ``TreeBuilder/attributeFingerprint(_:)``, once an entry with its name and
    /// attribute count has needed it: entries whose fingerprints differ cannot have the same
    /// attributes (the Noah's Ark clause compares only the others).
    var attributeFingerprint: UInt64?
    static let marker = FormattingEntry(node: -1, token: nil)
    var isMarker: Bool { node < 0 }
}

/// The WHATWG tree construction stage
/// (https://html.spec.whatwg.org/multipage/parsing.html#tree-construction), building an
/// ``HTMLDOM``. It never recurses on input structure; the stack of open elements is capped at
/// `maximumDepth` (deeper elements become siblings, as browsers do) so hostile nesting stays linear.
struct TreeBuilder {
    typealias NodeID = HTMLDOM.NodeID

    var dom: HTMLDOM
    var tokenizer: HTMLTokenizer
    var mode: InsertionMode = .initial
    var originalMode: InsertionMode = .inBody
    var templateModes: [InsertionMode] = []
    var stack: [OpenElement] = []
    /// Whether each node is on the stack, by node ID (the document's `false` to start with). Made
    /// with `repeating:` rather than as the literal `[false]`: a literal array is a static object,
    /// whose page of data each process would fault in to write the object's header.
    var inStack = [Bool](repeating: false, count: 1)
    /// How many HTML elements of each ``Tag`` are on the stack (fast negative scope checks).
    var openHTMLCounts = [Int32](repeating: 0, count: 256)
    var formatting: [FormattingEntry] = []
    var headElement: NodeID = -1
    var formElement: NodeID = -1
    var framesetOK = true
    var fosterParenting = false
    var scripting: Bool
    var pendingTableText: [UInt8] = []
    var ignoresNextLineFeed = false
    var context: OpenElement?
    /// For each `<select>` with a `<selectedcontent>`: that element and whether an option with
    /// `selected` already filled it (nil until the first option is cloned in).
    var selectedContent: [NodeID: SelectedContent] = [:]
    /// For `<html>` and `<body>` elements whose attributes were moved to make room for more:
    /// where the free slots reserved after them end (see ``addMissingAttributes(_:to:)``).
    var attributeRoom: [NodeID: Int] = [:]
    /// The attribute names of an `<html>` or `<body>` element that repeated tags added to, once it
    /// has more than a few (see `addMissingAttributes`).
    var attributeNames: [NodeID: Set<[UInt8]>] = [:]
    var errors: [HTMLParseError] = []
    let maximumErrors: Int
    let maximumDepth: Int
    /// Entries kept after the last marker in the list of active formatting elements; older ones
    /// are dropped, so that reconstructing them cannot multiply hostile input.
    static let maximumFormattingEntries = 64

    init(input: [UInt8], options: HTMLParser.Options) {
        dom = HTMLDOM()
        // Pages have about one node per 40–50 bytes, less text than markup, and attributes in
        // about a quarter of it: reserving that much spares copying the storage as it grows
        // (text room never written costs no memory; attribute room is zeroed, a fast fill).
        dom.reserveCapacity(input.count / 40, textBytes: input.count, attributeBytes: input.count / 4)
        tokenizer = HTMLTokenizer(input)
        tokenizer.maximumErrors = options.maximumErrors
        scripting = options.scripting
        maximumErrors = options.maximumErrors
        maximumDepth = max(16, options.maximumDepth)
    }

    // MARK: - Running

    /// Reads every token and builds the tree.
    mutating func run() {
        while true {
            // Reading a token leaves the stack as it is: the node found here is the dispatcher's too.
            let adjusted = adjustedCurrentNode
            tokenizer.allowsCDATA = adjusted.map { $0.namespace != .html } ?? false
            var token = tokenizer.nextToken(storingAttributesIn: &dom.attributeStore)
            if ignoresNextLineFeed {
                ignoresNextLineFeed = false
                if case .characters(var bytes) = token, bytes.first == 0x0A {
                    bytes.removeFirst()
                    if bytes.isEmpty { continue }
                    token = .characters(bytes)
                }
            }
            if case .eof = token {
                dispatch(token, adjusted: adjusted)
                while !stack.isEmpty { pop() }
                break
            }
            guard case .characters = token else {
                dispatch(consume token, adjusted: adjusted)  // moved: a tag's names and attributes are not retained again
                continue
            }
            dispatch(token, adjusted: adjusted)
            if case .characters(let bytes) = token {
                token = .eof  // the last reference but `bytes`: the tokenizer can refill the buffer
                tokenizer.reuseTextBuffer(consume bytes)
            }
        }
        if errors.count < maximumErrors {
            errors.append(contentsOf: tokenizer.errors.prefix(maximumErrors - errors.count))
        }
        errors.sort { $0.offset < $1.offset }
    }

    mutating func parseError(_ code: String) {
        guard errors.count < maximumErrors else { return }
        errors.append(HTMLParseError(code: code, offset: tokenizer.position))
    }

    /// The tree construction dispatcher; `adjusted` is the ``adjustedCurrentNode``.
    mutating func dispatch(_ token: consuming Token, adjusted: OpenElement?) {
        guard let adjusted, adjusted.namespace != .html else {
            process(token)
            return
        }
        switch token {
        case .start(let tag):
            if isMathMLTextIntegrationPoint(adjusted), tag.tag != .mglyph, tag.tag != .malignmark { return process(token) }
            if adjusted.namespace == .mathML, adjusted.tag == .annotationXML, tag.tag == .svg { return process(token) }
            if isHTMLIntegrationPoint(adjusted) { return process(token) }
        case .characters:
            if isMathMLTextIntegrationPoint(adjusted) || isHTMLIntegrationPoint(adjusted) { return process(token) }
        case .eof:
            return process(token)
        default: break
        }
        foreignContent(token)
    }

    /// Processes `token` in the current insertion mode, reprocessing as the handlers ask.
    mutating func process(_ token: consuming Token) {
        var token = token
        while case .reprocess(let next) = using(mode, token) { token = next }
    }

    /// Applies the rules of `mode` to `token` (without switching to it).
    mutating func using(_ mode: InsertionMode, _ token: Token) -> Step {
        switch mode {
        case .initial: return initialMode(token)
        case .beforeHTML: return beforeHTMLMode(token)
        case .beforeHead: return beforeHeadMode(token)
        case .inHead: return inHeadMode(token)
        case .inHeadNoscript: return inHeadNoscriptMode(token)
        case .afterHead: return afterHeadMode(token)
        case .inBody: return inBodyMode(token)
        case .text: return textMode(token)
        case .inTable: return inTableMode(token)
        case .inTableText: return inTableTextMode(token)
        case .inCaption: return inCaptionMode(token)
        case .inColumnGroup: return inColumnGroupMode(token)
        case .inTableBody: return inTableBodyMode(token)
        case .inRow: return inRowMode(token)
        case .inCell: return inCellMode(token)
        case .inTemplate: return inTemplateMode(token)
        case .afterBody: return afterBodyMode(token)
        case .inFrameset: return inFramesetMode(token)
        case .afterFrameset: return afterFramesetMode(token)
        case .afterAfterBody: return afterAfterBodyMode(token)
        case .afterAfterFrameset: return afterAfterFramesetMode(token)
        }
    }
}
