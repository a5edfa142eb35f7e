/// A command-line option that a reader, writer or pass understands (`--columns N`).
///
/// Formats declare their options so that the driver can parse, validate and document them
/// without knowing any format. Several formats may declare the same name (`--columns` for text
/// and Markdown); they then share its value.
public struct OptionSpec: Sendable, Hashable {
    /// The long name without dashes: `columns`.
    public var name: String
    /// The value's placeholder (`N`), or `nil` for a flag that takes no value.
    public var valueName: String?
    /// One line of help.
    public var help: String
    /// Whether the option may be given several times (`--mail-to`).
    public var isRepeatable: Bool

    public init(_ name: String, value valueName: String? = nil, help: String, isRepeatable: Bool = false) {
        self.name = name
        self.valueName = valueName
        self.help = help
        self.isRepeatable = isRepeatable
    }
}

/// The values given for declared options, by name.
public struct OptionValues: Sendable, Hashable {
    private var storage: [String: [String]]

    public init(_ storage: [String: [String]] = [:]) {
        self.storage = storage
    }

    /// Adds one value for `name` (flags get the value "true").
    public mutating func add(_ name: String, _ value: String) {
        storage[name, default: []].append(value)
    }

    /// Every value given for `name`, in order.
    public func strings(_ name: String) -> [String] { storage[name] ?? [] }

    /// The last value given for `name`.
    public func string(_ name: String) -> String? { storage[name]?.last }

    /// Whether the flag `name` was given.
    public func flag(_ name: String) -> Bool { storage[name] != nil }

    /// The last value of `name` as an integer within `range`.
    ///
    /// - Throws: A usage error naming the option when the value is not such an integer.
    public func integer(_ name: String, in range: ClosedRange<Int>) throws -> Int? {
        guard let text = string(name) else { return nil }
        guard let value = Int(text), range.contains(value) else {
            throw GalleyError(
                .usage, code: "option.invalid-integer",
                message: "--\(name) takes a whole number from \(range.lowerBound) to \(range.upperBound), not '\(text)'")
        }
        return value
    }

    /// The last value of `name` as one of an enum's raw values.
    ///
    /// - Throws: A usage error listing the allowed values.
    public func choice<T: RawRepresentable & CaseIterable>(_ name: String, as type: T.Type) throws -> T?
    where T.RawValue == String {
        guard let text = string(name) else { return nil }
        guard let value = T(rawValue: text) else {
            let allowed = T.allCases.map(\.rawValue).joined(separator: ", ")
            throw GalleyError(
                .usage, code: "option.invalid-choice",
                message: "--\(name) takes one of \(allowed), not '\(text)'")
        }
        return value
    }
}
