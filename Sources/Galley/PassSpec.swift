import GalleyCore

/// One step of a pipeline as the user names it: a built-in pass or an external filter.
public enum PassSpec: Sendable, Hashable, CustomStringConvertible {
    /// A registered pass, with the argument after `=` (`heading-shift=1`).
    case builtin(name: String, argument: String?)
    /// An executable that speaks the JSON form on stdin and stdout.
    case filter(path: String)

    /// Parses `NAME` or `NAME=ARG` as given to `--pass`.
    public init(passArgument text: String) {
        if let equals = text.firstIndex(of: "=") {
            self = .builtin(
                name: String(text[..<equals]), argument: String(text[text.index(after: equals)...]))
        } else {
            self = .builtin(name: text, argument: nil)
        }
    }

    public var description: String {
        switch self {
        case .builtin(let name, let argument?): return "\(name)=\(argument)"
        case .builtin(let name, nil): return name
        case .filter(let path): return "filter \(path)"
        }
    }
}

extension Registry {
    /// Builds the pipeline for `specs`.
    ///
    /// - Parameters:
    ///   - specs: The passes in order.
    ///   - options: Command-line options the passes may read.
    ///   - filterTimeLimit: Seconds an external filter may run.
    /// - Throws: A usage error for an unknown pass (with a suggestion) or a bad argument.
    public func makePipeline(
        _ specs: [PassSpec], options: OptionValues, filterTimeLimit: Double
    ) throws -> Pipeline {
        var passes: [any Pass] = []
        for spec in specs {
            switch spec {
            case .filter(let path):
                passes.append(ExternalFilter(executable: path, timeLimit: filterTimeLimit))
            case .builtin(let name, let argument):
                guard let descriptor = pass(named: name) else {
                    throw Registry.unknownName(name, kind: "pass", among: self.passes.map(\.name))
                }
                if descriptor.argument == nil, let argument {
                    throw GalleyError(
                        .usage, code: "pass.unexpected-argument",
                        message: "pass '\(name)' takes no argument, but was given '\(argument)'",
                        hint: "write --pass \(name)")
                }
                passes.append(try descriptor.make(argument, options))
            }
        }
        return Pipeline(passes)
    }

    /// A usage error for a name that is not registered, with a "did you mean" when one is close.
    public static func unknownName(_ name: String, kind: String, among names: [String]) -> GalleyError {
        var hint = "known \(kind)s: \(names.joined(separator: ", "))"
        if let suggestion = suggestion(for: name, among: names) {
            hint = "did you mean '\(suggestion)'? (\(hint))"
        }
        return GalleyError(
            .usage, code: "usage.unknown-\(kind)", message: "unknown \(kind) '\(name)'", hint: hint)
    }
}
