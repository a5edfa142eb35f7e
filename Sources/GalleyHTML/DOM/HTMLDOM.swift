/// A parsed HTML document: every node in one array, linked by indices.
///
/// The tree builder creates and moves nodes through the mutating methods (which is all the
/// WHATWG algorithms need: append, insert before, remove, move children); readers of the tree use
/// ``children(of:)``, ``kind(of:)`` and the element accessors. One array of small structs keeps
/// a page's DOM in a few allocations and makes walking it cheap.
///
/// Text is kept as UTF-8 bytes in one buffer shared by all text nodes (a node holds a chain of
/// chunks of it, so that appending to any text node is O(1)); ``text(of:)`` makes a string and
/// ``forEachTextChunk(of:_:)`` reads the bytes without one. Text nobody reads, such as scripts,
/// never becomes a string. Attributes, likewise, are bytes in one store per document (an element
/// holds the range of its own): `attribute(_:of:)` makes a string of one value, and
/// ``attributes(of:)`` of them all.
public struct HTMLDOM: Sendable {
    /// A node's index in ``nodes``.
    public typealias NodeID = Int32

    /// What a node is.
    public enum Kind: Sendable, Hashable {
        case document
        /// A `<template>`'s contents, or the root of a fragment parse.
        case documentFragment
        /// Boxed (a page has one), so that every node is as small as an element's.
        indirect case doctype(name: String, publicID: String?, systemID: String?)
        case element(Element)
        /// Text; its characters are read with ``text(of:)`` or ``forEachTextChunk(of:_:)``.
        case text(Text)
        case comment(String)
    }

    /// Where a text node's characters are: the first and last of its chunks of text storage.
    public struct Text: Sendable, Hashable {
        var first: Int32
        var last: Int32
    }

    /// A run of ``textBytes`` and the next chunk of the same text node (−1 for none).
    struct TextChunk: Sendable {
        var start: Int
        var end: Int
        var next: Int32
    }

    /// The namespace an element lives in.
    public enum Namespace: UInt8, Sendable, Hashable {
        case html, svg, mathML
    }

    /// An element's name, namespace and where its attributes are.
    ///
    /// The attributes belong to the document the element came from: an element is read, and
    /// given to ``create(_:)`` or ``setKind(_:of:)``, in that document only. Two elements are
    /// equal when their names, namespaces, attribute ranges and template contents are, not when
    /// their attributes read the same.
    public struct Element: Sendable, Hashable {
        /// The local name, lower-case for HTML elements (SVG keeps its camelCase adjustments).
        public var name: String
        public var namespace: Namespace
        /// Where the element's attributes lie in the document's attribute store; the document
        /// reads them (`dom.attributes(of: element)`, `dom.attribute("href", of: element)`).
        public internal(set) var attributes: AttributeRange
        /// For `<template>`: the fragment node that holds its contents.
        public var templateContents: NodeID?

        /// An element without attributes (``HTMLDOM/createElement(_:namespace:attributes:)`` makes
        /// one with some).
        public init(name: String, namespace: Namespace = .html) {
            self.name = name
            self.namespace = namespace
            self.attributes = AttributeRange()
            self.templateContents = nil
        }

        init(name: String, namespace: Namespace, attributes: AttributeRange) {
            self.name = name
            self.namespace = namespace
            self.attributes = attributes
            self.templateContents = nil
        }
    }

    /// A run of slots in the document's attribute store: an element's (or a tag's) attributes in
    /// source order. Clones of an element share it.
    public struct AttributeRange: Sendable, Hashable {
        var start: Int32 = 0
        var end: Int32 = 0

        /// How many attributes the range holds.
        public var count: Int { Int(end - start) }
        public var isEmpty: Bool { end == start }
        var indices: Range<Int> { Int(start)..<Int(end) }

        init() {}

        init(_ indices: Range<Int>) {
            start = Int32(truncatingIfNeeded: indices.lowerBound)
            end = Int32(truncatingIfNeeded: indices.upperBound)
        }
    }

    /// One attribute; foreign attributes such as `xlink:href` keep their prefix and namespace.
    public struct Attribute: Sendable, Hashable {
        public var name: String
        public var value: String
        /// `nil` for ordinary attributes; "xlink", "xml" or "xmlns" for adjusted foreign ones.
        public var namespace: String?
        public init(name: String, value: String, namespace: String? = nil) {
            self.name = name
            self.value = value
            self.namespace = namespace
        }
    }

    /// One node and its links (−1 where there is none).
    public struct Node: Sendable {
        public var kind: Kind
        public var parent: NodeID = -1
        public var firstChild: NodeID = -1
        public var lastChild: NodeID = -1
        public var nextSibling: NodeID = -1
        public var previousSibling: NodeID = -1
        /// For an HTML element the parser made with a name it knows, that name interned
        /// (``Tag/unknown`` for other names and namespaces, and for other nodes): readers tell
        /// elements apart by it without reading the name.
        var tag = Tag.unknown
        public init(kind: consuming Kind) { self.kind = kind }

        init(kind: consuming Kind, tag: Tag) {
            self.kind = kind
            self.tag = tag
        }
    }

    /// How the doctype put the document (WHATWG "quirks mode").
    public enum QuirksMode: Sendable, Hashable { case noQuirks, limitedQuirks, quirks }

    public private(set) var nodes: [Node]
    public var quirksMode: QuirksMode = .noQuirks
    /// The UTF-8 bytes of every text node, in the order they were added.
    public private(set) var textBytes: [UInt8] = []
    private(set) var textChunks: [TextChunk] = []
    /// The attributes of every element (the tokenizer writes into it while the tree is built).
    var attributeStore = HTMLAttributeStore()

    /// The document node (always 0).
    public var root: NodeID { 0 }

    /// An empty document.
    public init(rootKind: Kind = .document) {
        nodes = [Node(kind: rootKind)]
    }

    // MARK: - Reading

    public func kind(of node: NodeID) -> Kind { nodes[Int(node)].kind }

    public func parent(of node: NodeID) -> NodeID? {
        let parent = nodes[Int(node)].parent
        return parent < 0 ? nil : parent
    }

    /// The element data of `node`, or `nil` when it is not an element.
    public func element(_ node: NodeID) -> Element? {
        if case .element(let element) = nodes[Int(node)].kind { return element }
        return nil
    }

    /// The attributes of `element` (an element of this document) in source order.
    public func attributes(of element: Element) -> [Attribute] {
        element.attributes.indices.map { attributeStore.attribute(at: $0) }
    }

    /// The value of `element`'s attribute `name` (no namespace), if present.
    public func attribute(_ name: String, of element: Element) -> String? {
        attribute(name, in: element.attributes)
    }

    /// The value of the attribute `name` (no namespace) among `range`'s, if present: an
    /// element's or a start tag's.
    func attribute(_ name: String, in range: AttributeRange) -> String? {
        attributeStore.index(of: name, in: range).map { attributeStore.value(at: $0) }
    }

    /// The value of the attribute `name` (no namespace) of the element `node`, if present.
    public func attribute(_ name: String, of node: NodeID) -> String? {
        guard case .element(let element) = nodes[Int(node)].kind else { return nil }
        return attribute(name, of: element)
    }

    /// Whether `element` has the attribute `name` (no namespace).
    public func hasAttribute(_ name: String, of element: Element) -> Bool {
        hasAttribute(name, in: element.attributes)
    }

    /// Whether the attribute `name` (no namespace) is among `range`'s.
    func hasAttribute(_ name: String, in range: AttributeRange) -> Bool {
        attributeStore.index(of: name, in: range) != nil
    }

    /// The local name of `node` when it is an HTML element.
    public func htmlName(_ node: NodeID) -> String? {
        if case .element(let element) = nodes[Int(node)].kind, element.namespace == .html {
            return element.name
        }
        return nil
    }

    /// The children of `node`, in order.
    public func children(of node: NodeID) -> Children { Children(dom: self, first: nodes[Int(node)].firstChild) }

    /// A lazy sequence of sibling nodes.
    public struct Children: Sequence, Sendable {
        let dom: HTMLDOM
        let first: NodeID
        public func makeIterator() -> Iterator { Iterator(dom: dom, cursor: first) }
        public struct Iterator: IteratorProtocol {
            let dom: HTMLDOM
            var cursor: NodeID
            public mutating func next() -> NodeID? {
                guard cursor >= 0 else { return nil }
                defer { cursor = dom.nodes[Int(cursor)].nextSibling }
                return cursor
            }
        }
    }

    // MARK: - Building

    /// Reserves room for `count` nodes and `textBytes` bytes of text (and for the text chunks of
    /// half as many text nodes), and for as many attributes as nodes in `attributeBytes` bytes.
    public mutating func reserveCapacity(_ count: Int, textBytes: Int = 0, attributeBytes: Int = 0) {
        nodes.reserveCapacity(count)
        self.textBytes.reserveCapacity(textBytes)
        textChunks.reserveCapacity(count / 2)
        attributeStore.slots.reserveCapacity(count)
        attributeStore.reserveBytes(attributeBytes)
    }

    /// Creates a node that is not yet in the tree.
    public mutating func create(_ kind: consuming Kind) -> NodeID {
        nodes.append(Node(kind: kind))
        return NodeID(nodes.count - 1)
    }

    /// Creates an element named `name` with `attributes`, not yet in the tree.
    public mutating func createElement(_ name: String, namespace: Namespace = .html, attributes: [Attribute] = []) -> NodeID {
        let start = attributeStore.slots.count
        for attribute in attributes { attributeStore.append(attribute) }
        let range = AttributeRange(start..<attributeStore.slots.count)
        return create(.element(Element(name: name, namespace: namespace, attributes: range)))
    }

    /// Creates an HTML element whose name is `tag`'s (or any element, with ``Tag/unknown``),
    /// not yet in the tree.
    mutating func create(_ element: consuming Element, tag: Tag) -> NodeID {
        nodes.append(Node(kind: .element(element), tag: tag))
        return NodeID(nodes.count - 1)
    }

    /// Appends `child` as the last child of `parent`, removing it from its old place first.
    public mutating func append(_ child: NodeID, to parent: NodeID) {
        insert(child, into: parent, before: -1)
    }

    /// Inserts `child` into `parent` before `reference` (−1 appends).
    public mutating func insert(_ child: NodeID, into parent: NodeID, before reference: NodeID) {
        let c = Int(child)
        if nodes[c].parent >= 0 { detach(child) }
        let p = Int(parent)
        nodes[c].parent = parent
        if reference < 0 {
            let last = nodes[p].lastChild
            nodes[c].previousSibling = last
            nodes[c].nextSibling = -1
            if last >= 0 { nodes[Int(last)].nextSibling = child } else { nodes[p].firstChild = child }
            nodes[p].lastChild = child
        } else {
            let r = Int(reference)
            let previous = nodes[r].previousSibling
            nodes[c].previousSibling = previous
            nodes[c].nextSibling = reference
            nodes[r].previousSibling = child
            if previous >= 0 { nodes[Int(previous)].nextSibling = child } else { nodes[p].firstChild = child }
        }
    }

    /// Removes `node` from its parent (it stays in ``nodes``, unattached).
    public mutating func detach(_ node: NodeID) {
        let n = Int(node)
        let parent = nodes[n].parent
        guard parent >= 0 else { return }
        let previous = nodes[n].previousSibling
        let next = nodes[n].nextSibling
        if previous >= 0 { nodes[Int(previous)].nextSibling = next } else { nodes[Int(parent)].firstChild = next }
        if next >= 0 { nodes[Int(next)].previousSibling = previous } else { nodes[Int(parent)].lastChild = previous }
        nodes[n].parent = -1
        nodes[n].previousSibling = -1
        nodes[n].nextSibling = -1
    }

    /// Moves every child of `source` to the end of `destination`'s children.
    public mutating func moveChildren(of source: NodeID, to destination: NodeID) {
        while nodes[Int(source)].firstChild >= 0 {
            append(nodes[Int(source)].firstChild, to: destination)
        }
    }

    /// Replaces a node's kind (to append text to a text node, or add attributes to an element).
    public mutating func setKind(_ kind: consuming Kind, of node: NodeID) {
        nodes[Int(node)].kind = kind
    }

    /// Appends text to `parent`, merging with its last child when that is a text node.
    public mutating func appendText(_ text: String, to parent: NodeID) {
        var text = text
        text.withUTF8 { appendText($0, to: parent) }
    }

    /// Appends UTF-8 text to `parent`, merging with its last child when that is a text node.
    public mutating func appendText(_ bytes: UnsafeBufferPointer<UInt8>, to parent: NodeID) {
        let last = nodes[Int(parent)].lastChild
        if last >= 0, case .text = nodes[Int(last)].kind {
            appendText(bytes, toTextNode: last)
        } else {
            append(createText(bytes), to: parent)
        }
    }

    /// Creates a text node holding `bytes` (UTF-8), not yet in the tree.
    public mutating func createText(_ bytes: UnsafeBufferPointer<UInt8>) -> NodeID {
        let chunk = Int32(textChunks.count)
        textChunks.append(TextChunk(start: textBytes.count, end: textBytes.count + bytes.count, next: -1))
        textBytes.append(contentsOf: bytes)
        return create(.text(Text(first: chunk, last: chunk)))
    }

    /// Creates a text node holding `text`, not yet in the tree.
    public mutating func createText(_ text: String) -> NodeID {
        var text = text
        return text.withUTF8 { createText($0) }
    }

    /// Appends UTF-8 bytes to the text node `node` (nothing when it is not one): its last chunk
    /// grows when it ends the storage, else a new chunk is linked after it.
    public mutating func appendText(_ bytes: UnsafeBufferPointer<UInt8>, toTextNode node: NodeID) {
        guard case .text(var text) = nodes[Int(node)].kind, !bytes.isEmpty else { return }
        let last = Int(text.last)
        if textChunks[last].end == textBytes.count {
            textChunks[last].end += bytes.count
        } else {
            let chunk = Int32(textChunks.count)
            textChunks.append(TextChunk(start: textBytes.count, end: textBytes.count + bytes.count, next: -1))
            textChunks[last].next = chunk
            text.last = chunk
            nodes[Int(node)].kind = .text(text)
        }
        textBytes.append(contentsOf: bytes)
    }

    // MARK: - Reading text

    /// Calls `body` with each run of `node`'s UTF-8 text in order (nothing when it is not text).
    public func forEachTextChunk(of node: NodeID, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        guard case .text(let text) = nodes[Int(node)].kind else { return }
        textBytes.withUnsafeBufferPointer { bytes in
            var chunk = Int(text.first)
            while chunk >= 0 {
                body(UnsafeBufferPointer(rebasing: bytes[textChunks[chunk].start..<textChunks[chunk].end]))
                chunk = Int(textChunks[chunk].next)
            }
        }
    }

    /// The text of a text node, or `nil` when `node` is not one.
    public func text(of node: NodeID) -> String? {
        guard case .text(let text) = nodes[Int(node)].kind else { return nil }
        if text.first == text.last {
            let chunk = textChunks[Int(text.first)]
            return textBytes.withUnsafeBufferPointer {
                String(decoding: UnsafeBufferPointer(rebasing: $0[chunk.start..<chunk.end]), as: UTF8.self)
            }
        }
        var bytes: [UInt8] = []
        forEachTextChunk(of: node) { bytes.append(contentsOf: $0) }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Whether `node` is a text node of ASCII whitespace only.
    public func isWhitespaceText(_ node: NodeID) -> Bool {
        guard case .text = nodes[Int(node)].kind else { return false }
        var isWhitespace = true
        forEachTextChunk(of: node) { chunk in
            if isWhitespace, !chunk.allSatisfy({ isHTMLWhitespace(Int($0)) }) { isWhitespace = false }
        }
        return isWhitespace
    }
}
