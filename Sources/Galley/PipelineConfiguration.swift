import GalleyCore
import GalleyJSON

/// A pipeline file: passes, filters and a profile, as `--pipeline FILE` reads them.
///
/// ```json
/// {"passes": ["extract", {"name": "heading-shift", "arg": "1"}, {"filter": "./my-filter.py"}],
///  "profile": "large"}
/// ```
public struct PipelineConfiguration: Sendable, Hashable {
    public var passes: [PassSpec]
    public var profile: String?

    public init(passes: [PassSpec] = [], profile: String? = nil) {
        self.passes = passes
        self.profile = profile
    }

    /// Parses a pipeline file.
    ///
    /// - Throws: A usage error naming the file and the JSON path of what is wrong.
    public init(json bytes: [UInt8], source: String) throws {
        let value: JSONValue
        do {
            value = try JSONParser().parse(bytes)
        } catch var error as GalleyError {
            error.kind = .usage
            throw error.naming(source: source)
        }
        func problem(_ message: String, at path: String) -> GalleyError {
            GalleyError(
                .usage, code: "pipeline.invalid", message: message, source: source, path: path,
                hint: #"a pipeline file looks like {"passes": ["extract", {"name": "heading-shift", "arg": "1"}, {"filter": "./f.py"}], "profile": "large"}"#)
        }
        guard let object = value.object else { throw problem("a pipeline file is a JSON object, not \(value.typeName)", at: "$") }
        var passes: [PassSpec] = []
        var profile: String?
        for member in object.members {
            switch member.key {
            case "passes":
                guard let list = member.value.array else { throw problem("passes must be an array", at: "$.passes") }
                for (index, entry) in list.enumerated() {
                    passes.append(try Self.pass(entry, at: "$.passes[\(index)]", problem: problem))
                }
            case "profile":
                guard let name = member.value.string else { throw problem("profile must be a string", at: "$.profile") }
                profile = name
            default:
                var message = "unknown field '\(member.key)'"
                if let suggestion = Registry.suggestion(for: member.key, among: ["passes", "profile"]) {
                    message += "; did you mean '\(suggestion)'?"
                }
                throw problem(message, at: "$.\(member.key)")
            }
        }
        self.init(passes: passes, profile: profile)
    }

    static func pass(
        _ entry: JSONValue, at path: String, problem: (String, String) -> GalleyError
    ) throws -> PassSpec {
        if let name = entry.string { return PassSpec(passArgument: name) }
        guard let object = entry.object else {
            throw problem("a pass is a name or an object, not \(entry.typeName)", path)
        }
        if let filter = object["filter"] {
            guard let path = filter.string else { throw problem("filter must be a string", "\(path).filter") }
            return .filter(path: path)
        }
        guard let name = object["name"]?.string else {
            throw problem("a pass object needs \"name\" (or \"filter\")", path)
        }
        var argument: String?
        if let value = object["arg"] {
            switch value {
            case .string(let text): argument = text
            case .integer(let number): argument = String(number)
            default: throw problem("arg must be a string or an integer", "\(path).arg")
            }
        }
        return .builtin(name: name, argument: argument)
    }
}
