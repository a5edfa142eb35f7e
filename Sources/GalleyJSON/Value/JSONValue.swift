/// A JSON value as ``JSONParser`` reads it and ``JSONValue/serialized(isCompact:)`` writes it.
///
/// Numbers keep the distinction JSON text makes: a number written without fraction or exponent
/// that fits an `Int` is ``integer(_:)``, any other number is ``number(_:)``. Objects keep their
/// members in source order (see ``JSONObject``).
///
/// ```swift
/// let value = try JSONParser().parse(Array(#"{"passes": ["clean"]}"#.utf8))
/// let names = value["passes"]?.array?.compactMap(\.string)   // ["clean"]
/// ```
public enum JSONValue: Sendable, Hashable {
    /// `null`.
    case null
    /// `true` or `false`.
    case bool(Bool)
    /// A number written without fraction or exponent that fits an `Int`.
    case integer(Int)
    /// Any other number (always finite).
    case number(Double)
    /// A string.
    case string(String)
    /// An array.
    case array([JSONValue])
    /// An object.
    case object(JSONObject)

    /// The string, if this is a string.
    public var string: String? {
        if case .string(let value) = self { return value }
        return nil
    }

    /// The integer, if this is an integer (a number such as `2.0` is not).
    public var integer: Int? {
        if case .integer(let value) = self { return value }
        return nil
    }

    /// The number as a `Double`, if this is an integer or a number.
    public var double: Double? {
        switch self {
        case .integer(let value): return Double(value)
        case .number(let value): return value
        default: return nil
        }
    }

    /// The Boolean, if this is `true` or `false`.
    public var bool: Bool? {
        if case .bool(let value) = self { return value }
        return nil
    }

    /// The elements, if this is an array.
    public var array: [JSONValue]? {
        if case .array(let value) = self { return value }
        return nil
    }

    /// The object, if this is an object.
    public var object: JSONObject? {
        if case .object(let value) = self { return value }
        return nil
    }

    /// The value of the member `key`, if this is an object that has one.
    public subscript(key: String) -> JSONValue? {
        object?[key]
    }

    /// The name of this value's JSON type, for messages: `string`, `number`, `object`, …
    public var typeName: String {
        switch self {
        case .null: return "null"
        case .bool: return "a Boolean"
        case .integer: return "an integer"
        case .number: return "a number"
        case .string: return "a string"
        case .array: return "an array"
        case .object: return "an object"
        }
    }
}

/// A JSON object: its members in source order, with lookup by key.
///
/// ``JSONParser`` rejects objects that repeat a key, so a parsed object's keys are unique.
public struct JSONObject: Sendable, Hashable {
    /// One `"key": value` member.
    public struct Member: Sendable, Hashable {
        /// The member's name.
        public var key: String
        /// The member's value.
        public var value: JSONValue

        /// Creates a member.
        public init(_ key: String, _ value: JSONValue) {
            self.key = key
            self.value = value
        }
    }

    /// The members, in source order.
    public var members: [Member]

    /// Creates an object from members (keys should be unique).
    public init(_ members: [Member] = []) {
        self.members = members
    }

    /// The value of the first member named `key` (a linear search: objects in the JSON form are small).
    public subscript(key: String) -> JSONValue? {
        for member in members where member.key == key { return member.value }
        return nil
    }

    /// The keys, in source order.
    public var keys: [String] { members.map(\.key) }

    /// Whether there are no members.
    public var isEmpty: Bool { members.isEmpty }
}
