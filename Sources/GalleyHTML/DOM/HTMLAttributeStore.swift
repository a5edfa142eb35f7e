/// Attribute storage: every attribute of a document in one arena.
///
/// The tokenizer writes each tag's attributes here as it reads them (names lower-cased, values
/// with character references already decoded): the bytes go to one buffer, and each attribute
/// is one fixed-size ``HTMLAttributeStore/Slot`` pointing into it. An element keeps the range of
/// its slots (``HTMLDOM/AttributeRange``); clones made by the tree builder share the range, and
/// adding attributes (to `<html>` or `<body>`) moves the element's slots to a new range with free
/// slots after it, which later additions fill in place. Nothing here is a `String`
/// until a reader asks for one, so the many attributes nobody reads (styles, scripts' data,
/// event handlers) cost a copy of their bytes and no allocation, and freeing them is two frees.
struct HTMLAttributeStore: Sendable {
    /// Which namespace an adjusted foreign attribute lives in (``HTMLDOM/Attribute/namespace``).
    enum Namespace: UInt8, Sendable {
        case none, xlink, xml, xmlns

        init(_ prefix: String?) {
            switch prefix {
            case "xlink": self = .xlink
            case "xml": self = .xml
            case "xmlns": self = .xmlns
            default: self = .none
            }
        }

        var prefix: String? {
            switch self {
            case .none: return nil
            case .xlink: return "xlink"
            case .xml: return "xml"
            case .xmlns: return "xmlns"
            }
        }
    }

    /// One attribute: where its name and value lie in ``bytes``.
    struct Slot: Sendable {
        var nameStart: Int
        var nameEnd: Int
        var valueStart: Int
        var valueEnd: Int
        var namespace: Namespace
    }

    /// The names and values of all attributes, UTF-8, in its first ``byteCount`` bytes; the rest
    /// is zeroed room. Appending copies into that room: `Array.append(contentsOf:)` costs more
    /// than the copy itself for the few bytes of most names and values.
    private(set) var bytes: [UInt8] = []
    private(set) var byteCount = 0
    var slots: [Slot] = []

    /// Removes everything, keeping the storage.
    mutating func removeAll() {
        byteCount = 0
        slots.removeAll(keepingCapacity: true)
    }

    /// Drops the slots from `slotCount` on and the bytes from `byteCount` on.
    mutating func truncate(slotCount: Int, byteCount: Int) {
        if slots.count > slotCount { slots.removeLast(slots.count - slotCount) }
        self.byteCount = min(self.byteCount, byteCount)
    }

    /// Makes room for at least `count` bytes in all.
    mutating func reserveBytes(_ count: Int) {
        guard count > bytes.count else { return }
        bytes.append(contentsOf: repeatElement(0, count: count - bytes.count))
    }

    /// Appends `first` and then `second`; the offsets where each ends.
    @inline(__always) private mutating func appendBytes(
        _ first: UnsafeBufferPointer<UInt8>, _ second: UnsafeBufferPointer<UInt8>
    ) -> (Int, Int) {
        let firstEnd = byteCount + first.count
        let end = firstEnd + second.count
        if end > bytes.count { reserveBytes(max(end, 2 * bytes.count, 4096)) }
        let start = byteCount
        bytes.withUnsafeMutableBufferPointer { storage in
            // `storage` holds at least `end` bytes (reserved above), so both copies fit.
            Self.copy(first, to: storage, at: start)
            Self.copy(second, to: storage, at: firstEnd)
        }
        byteCount = end
        return (firstEnd, end)
    }

    /// Copies `source` into `storage` from `offset` on (the caller made sure it fits): short runs
    /// byte by byte, longer ones in one block.
    @inline(__always) private static func copy(
        _ source: UnsafeBufferPointer<UInt8>, to storage: UnsafeMutableBufferPointer<UInt8>, at offset: Int
    ) {
        if source.count <= 16 {
            for index in 0..<source.count { storage[offset + index] = source[index] }
        } else if let from = source.baseAddress, let to = storage.baseAddress {
            (to + offset).update(from: from, count: source.count)
        }
    }

    /// Appends one attribute from its name and value bytes.
    ///
    /// - Precondition: Neither buffer points into this store's own bytes (appending may move
    ///   them): names and values come from the input, the tokenizer's buffers or strings.
    @inline(__always) mutating func append(
        name: UnsafeBufferPointer<UInt8>, value: UnsafeBufferPointer<UInt8>, namespace: Namespace = .none
    ) {
        let nameStart = byteCount
        let (nameEnd, valueEnd) = appendBytes(name, value)
        slots.append(Slot(nameStart: nameStart, nameEnd: nameEnd, valueStart: nameEnd, valueEnd: valueEnd,
                          namespace: namespace))
    }

    /// Appends `name` as the new name of a copy of slot `index` (an adjusted foreign attribute).
    mutating func appendRenamed(_ index: Int, name: UnsafeBufferPointer<UInt8>, namespace: Namespace) {
        var slot = slots[index]
        slot.nameStart = byteCount
        (slot.nameEnd, _) = appendBytes(name, UnsafeBufferPointer(start: nil, count: 0))
        slot.namespace = namespace
        slots.append(slot)
    }

    /// Appends one attribute from strings.
    mutating func append(_ attribute: HTMLDOM.Attribute) {
        var name = attribute.name
        var value = attribute.value
        name.withUTF8 { name in
            value.withUTF8 { append(name: name, value: $0, namespace: Namespace(attribute.namespace)) }
        }
    }

    /// Appends `count` empty slots that no range covers yet (room an element's range may grow into).
    mutating func appendFreeSlots(_ count: Int) {
        slots.append(contentsOf: repeatElement(
            Slot(nameStart: 0, nameEnd: 0, valueStart: 0, valueEnd: 0, namespace: .none), count: count))
    }

    /// The index of the first slot in `range` whose name is `name` (no namespace), if any.
    @inline(__always) func index(of name: UnsafeBufferPointer<UInt8>, in range: HTMLDOM.AttributeRange) -> Int? {
        guard range.count > 0 else { return nil }
        return bytes.withUnsafeBufferPointer { storage -> Int? in
            for index in range.indices {
                let slot = slots[index]
                guard slot.nameEnd - slot.nameStart == name.count, slot.namespace == .none else { continue }
                if Self.equal(storage, slot.nameStart, name) { return index }
            }
            return nil
        }
    }

    /// Whether `storage` holds `name` from `start` on (the caller checked that it fits).
    @inline(__always) static func equal(_ storage: UnsafeBufferPointer<UInt8>, _ start: Int, _ name: UnsafeBufferPointer<UInt8>) -> Bool {
        var offset = 0
        while offset < name.count {
            if storage[start + offset] != name[offset] { return false }
            offset += 1
        }
        return true
    }

    /// The index of the first slot in `range` named `name` (no namespace), if any.
    func index(of name: String, in range: HTMLDOM.AttributeRange) -> Int? {
        var name = name
        return name.withUTF8 { index(of: $0, in: range) }
    }

    /// The name of slot `index`.
    func name(at index: Int) -> String {
        let slot = slots[index]
        return bytes.withUnsafeBufferPointer {
            String(decoding: UnsafeBufferPointer(rebasing: $0[slot.nameStart..<slot.nameEnd]), as: UTF8.self)
        }
    }

    /// The value of slot `index`.
    func value(at index: Int) -> String {
        let slot = slots[index]
        return bytes.withUnsafeBufferPointer {
            String(decoding: UnsafeBufferPointer(rebasing: $0[slot.valueStart..<slot.valueEnd]), as: UTF8.self)
        }
    }

    /// Calls `body` with the value bytes of slot `index`.
    @inline(__always) func withValue<Result>(at index: Int, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        let slot = slots[index]
        return bytes.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[slot.valueStart..<slot.valueEnd])) }
    }

    /// The name bytes of slot `index`, as an array (a key for sets and dictionaries).
    func nameBytes(at index: Int) -> [UInt8] {
        withName(at: index) { Array($0) }
    }

    /// Calls `body` with the name bytes of slot `index`.
    @inline(__always) func withName<Result>(at index: Int, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        let slot = slots[index]
        return bytes.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[slot.nameStart..<slot.nameEnd])) }
    }

    /// The attribute at slot `index` as strings.
    func attribute(at index: Int) -> HTMLDOM.Attribute {
        HTMLDOM.Attribute(name: name(at: index), value: value(at: index), namespace: slots[index].namespace.prefix)
    }

    /// Whether slots `a` and `b` have the same name, namespace and value.
    func isSame(_ a: Int, _ b: Int) -> Bool {
        let first = slots[a]
        let second = slots[b]
        guard first.namespace == second.namespace, first.valueEnd - first.valueStart == second.valueEnd - second.valueStart,
              hasSameName(a, b) else { return false }
        return bytes.withUnsafeBufferPointer { storage in
            storage[first.valueStart..<first.valueEnd].elementsEqual(storage[second.valueStart..<second.valueEnd])
        }
    }

    /// Whether slots `a` and `b` have the same name (namespaces aside).
    func hasSameName(_ a: Int, _ b: Int) -> Bool {
        let first = slots[a]
        let second = slots[b]
        guard first.nameEnd - first.nameStart == second.nameEnd - second.nameStart else { return false }
        return bytes.withUnsafeBufferPointer { storage in
            storage[first.nameStart..<first.nameEnd].elementsEqual(storage[second.nameStart..<second.nameEnd])
        }
    }
}
