// The few JSON shapes a profile file uses, kept apart from any particular JSON parser so that the
// validation below does not depend on how the bytes were parsed.

/// A parsed JSON value as profile validation sees it.
///
/// Objects keep their members in file order, so that errors report the first offending field.
enum ProfileFileValue: Sendable, Hashable {
    case object([Member])
    case array([ProfileFileValue])
    case string(String)
    case number(Double)
    case bool(Bool)
    case null

    /// One `"key": value` member of an object.
    struct Member: Sendable, Hashable {
        var key: String
        var value: ProfileFileValue
    }

    /// The JSON type's name for messages ("a string", "a number").
    var typeDescription: String {
        switch self {
        case .object: return "an object"
        case .array: return "an array"
        case .string: return "a string"
        case .number: return "a number"
        case .bool: return "true or false"
        case .null: return "null"
        }
    }
}
