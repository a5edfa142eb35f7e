// Typed access to profile file values, each failure naming the field and the expected type.

import GalleyCore

extension ProfileFileDecoder {
    func error(_ code: String, _ message: String, path: String, hint: String? = nil) -> GalleyError {
        GalleyError(.usage, code: code, message: message, source: source, path: path, hint: hint)
    }

    func wrongType(_ value: ProfileFileValue, path: String, expected: String, example: String) -> GalleyError {
        error(
            "profile.wrong-type", "\(Self.label(path)) must be \(expected), not \(value.typeDescription)", path: path,
            hint: "for example \(example)")
    }

    func object(_ value: ProfileFileValue, path: String) throws -> [ProfileFileValue.Member] {
        guard case .object(let members) = value else {
            throw wrongType(value, path: path, expected: "an object", example: "{\"baseFontSize\": 14}")
        }
        return members
    }

    func string(_ value: ProfileFileValue, path: String) throws -> String {
        guard case .string(let text) = value else {
            throw wrongType(value, path: path, expected: "a string", example: "\"large\"")
        }
        return text
    }

    func number(_ value: ProfileFileValue, path: String, in range: ClosedRange<Double>, unit: String) throws -> Double {
        guard case .number(let number) = value else {
            throw wrongType(value, path: path, expected: "a number", example: Self.format(range.lowerBound))
        }
        guard number.isFinite, range.contains(number) else {
            throw error(
                "profile.out-of-range",
                "\(Self.label(path)) must be from \(Self.format(range.lowerBound)) to \(Self.format(range.upperBound))\(unit), not \(Self.format(number))",
                path: path, hint: "choose a value within the range")
        }
        return number
    }

    func integer(_ value: ProfileFileValue, path: String, in range: ClosedRange<Double>) throws -> Int {
        let number = try number(value, path: path, in: range, unit: " characters")
        guard number == number.rounded() else {
            throw error(
                "profile.wrong-type", "\(Self.label(path)) must be a whole number, not \(Self.format(number))", path: path,
                hint: "for example \(Self.format(number.rounded()))")
        }
        return Int(number)
    }

    func choice<T: RawRepresentable & CaseIterable>(_ value: ProfileFileValue, path: String, as type: T.Type) throws -> T
    where T.RawValue == String {
        let allowed = T.allCases.map(\.rawValue)
        guard case .string(let text) = value else {
            throw wrongType(value, path: path, expected: "one of \(allowed.joined(separator: ", "))", example: "\"\(allowed[0])\"")
        }
        guard let choice = T(rawValue: text) else {
            var hint = "use one of \(allowed.joined(separator: ", "))"
            if let suggestion = Registry.suggestion(for: text, among: allowed) { hint = "did you mean '\(suggestion)'? (\(hint))" }
            throw error("profile.invalid-value", "\(Self.label(path)) must be one of \(allowed.joined(separator: ", ")), not '\(text)'", path: path, hint: hint)
        }
        return choice
    }

    /// Rejects keys outside `allowed`, suggesting the closest allowed key; rejects repeated keys.
    func checkKeys(_ members: [ProfileFileValue.Member], allowed: [String], path: String) throws {
        var seen = Set<String>()
        for member in members {
            let field = path + "." + member.key
            guard allowed.contains(member.key) else {
                var hint = "known fields: \(allowed.joined(separator: ", "))"
                if let suggestion = Registry.suggestion(for: member.key, among: allowed) {
                    hint = "did you mean '\(suggestion)'? (\(hint))"
                }
                throw error("profile.unknown-field", "unknown field '\(member.key)' in \(Self.label(path))", path: field, hint: hint)
            }
            guard seen.insert(member.key).inserted else {
                throw error("profile.duplicate-field", "the field '\(member.key)' appears twice in \(Self.label(path))", path: field, hint: "keep one")
            }
        }
    }

    /// A field's name for messages: `'page.margins.top'`, or "the profile" for the whole file.
    static func label(_ path: String) -> String {
        path == "$" ? "the profile" : "'" + path.dropFirst(2) + "'"
    }

    /// A number for messages: no trailing zeros (`12`, `1.25`).
    static func format(_ value: Double) -> String {
        guard value.isFinite else { return "\(value)" }
        if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
        return String(value)
    }
}
