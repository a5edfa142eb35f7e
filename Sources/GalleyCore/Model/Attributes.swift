/// Identifier, classes and key–value pairs attached to a node.
///
/// Attributes carry what a reader knows about a node's origin that the AST has no field for:
/// the HTML reader records a container's tag, id, classes, role and itemprop here, so that
/// passes such as `extract` can use them.
public struct Attributes: Sendable, Hashable {
    /// The node's identifier, or the empty string.
    public var id: String
    /// The node's classes, in source order.
    public var classes: [String]
    /// Other attributes, in source order. Keys are unique.
    public var pairs: [Pair]

    /// One key–value attribute.
    public struct Pair: Sendable, Hashable {
        public var key: String
        public var value: String
        public init(_ key: String, _ value: String) {
            self.key = key
            self.value = value
        }
    }

    /// Creates attributes.
    public init(id: String = "", classes: [String] = [], pairs: [Pair] = []) {
        self.id = id
        self.classes = classes
        self.pairs = pairs
    }

    /// Attributes with nothing in them.
    public static let empty = Attributes()

    /// Whether there is no id, class or pair.
    public var isEmpty: Bool { id.isEmpty && classes.isEmpty && pairs.isEmpty }

    /// The value of the pair named `key`, if any.
    public subscript(key: String) -> String? {
        get { pairs.first(where: { $0.key == key })?.value }
        set {
            if let index = pairs.firstIndex(where: { $0.key == key }) {
                if let newValue { pairs[index].value = newValue } else { pairs.remove(at: index) }
            } else if let newValue {
                pairs.append(Pair(key, newValue))
            }
        }
    }
}
