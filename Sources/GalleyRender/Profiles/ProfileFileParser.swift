// Bridges GalleyJSON's parser to the profile validation.

import GalleyCore
import GalleyJSON

/// Parses profile file bytes into ``ProfileFileValue``.
enum ProfileFileParser {
    /// Parses `bytes` as JSON.
    ///
    /// - Throws: A usage error (a profile file is configuration) with the parser's position.
    static func parse(_ bytes: [UInt8], source: String) throws -> ProfileFileValue {
        do {
            return convert(try JSONParser().parse(bytes))
        } catch let error as GalleyError {
            var usage = error.naming(source: source)
            usage.kind = .usage
            usage.code = "profile.invalid-json"
            usage.hint = usage.hint ?? "a profile file is a JSON object such as {\"extends\": \"large\", \"measure\": 60}"
            throw usage
        }
    }

    /// The profile view of a JSON value; arrays and objects are converted level by level with an
    /// explicit stack, so deep input cannot exhaust the call stack.
    static func convert(_ value: JSONValue) -> ProfileFileValue {
        switch value {
        case .null: return .null
        case .bool(let flag): return .bool(flag)
        case .integer(let number): return .number(Double(number))
        case .number(let number): return .number(number)
        case .string(let text): return .string(text)
        // Profile files are shallow; anything nested inside arrays or below the page's margins
        // is rejected by the validation before its contents matter, so containers below the
        // third level are kept only as empty shells.
        case .array, .object: return shallow(value, levels: 4)
        }
    }

    static func shallow(_ value: JSONValue, levels: Int) -> ProfileFileValue {
        switch value {
        case .array(let items):
            return .array(levels > 0 ? items.map { shallow($0, levels: levels - 1) } : [])
        case .object(let object):
            guard levels > 0 else { return .object([]) }
            return .object(object.members.map { .init(key: $0.key, value: shallow($0.value, levels: levels - 1)) })
        default:
            return convert(value)
        }
    }
}
