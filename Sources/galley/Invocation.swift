import Galley
import GalleyCore

/// What the command line asks for, parsed but not yet acted on.
struct Invocation {
    enum Command: String {
        case convert, batch, list, help, version
    }

    var command: Command = .convert
    var inputs: [String] = []
    var from: String?
    var to: String?
    var output: String?
    var passes: [PassSpec] = []
    var pipelineFile: String?
    var profile: String?
    var metadata: [String] = []
    var filterTimeLimit: Double = 30
    var jobs: Int?
    var isExplaining = false
    var isQuiet = false
    /// Values for the options formats and passes declare (`--columns`, `--standalone`, …).
    var formatOptions = OptionValues()

    /// Options the driver itself understands, besides the ones formats declare.
    static let driverOptions: [OptionSpec] = [
        OptionSpec("from", value: "FORMAT", help: "Input format (-f); inferred from the extension otherwise."),
        OptionSpec("to", value: "FORMAT", help: "Output format (-t); inferred from -o's extension otherwise."),
        OptionSpec("output", value: "PATH", help: "Output file or directory (-o); '-' or absent: standard output."),
        OptionSpec("pass", value: "NAME[=ARG]", help: "Run a built-in pass; repeatable, in order.", isRepeatable: true),
        OptionSpec("filter", value: "EXE", help: "Run an external filter (JSON on stdin/stdout); repeatable.", isRepeatable: true),
        OptionSpec("filter-timeout", value: "SECONDS", help: "Time limit for each external filter (default 30)."),
        OptionSpec("pipeline", value: "FILE", help: "Read passes, filters and profile from a JSON pipeline file."),
        OptionSpec("profile", value: "NAME|FILE", help: "Rendering profile: a built-in name or a JSON file."),
        OptionSpec("meta", value: "KEY=VALUE", help: "Set a metadata field; repeatable.", isRepeatable: true),
        OptionSpec("standalone", help: "Write a complete document (HTML page, Markdown front matter, text header)."),
        OptionSpec("columns", value: "N", help: "Line width for text and Markdown wrapping (default: the profile's measure)."),
        OptionSpec("explain", help: "Say on stderr why passes dropped what they dropped."),
        OptionSpec("jobs", value: "N", help: "batch: files converted at once (-j; default: all cores)."),
        OptionSpec("quiet", help: "Print no warnings, only errors."),
        OptionSpec("help", help: "Show the manual (-h)."),
        OptionSpec("version", help: "Show the version."),
    ]

    /// The short forms of driver options and the long names they stand for. Switches, not a
    /// dictionary: a process converting one page would spend more on building the table (and
    /// its generic metadata) than on the look-ups.
    static func longName(ofShort argument: String) -> String? {
        switch argument {
        case "-f": "from"
        case "-t": "to"
        case "-o": "output"
        case "-j": "jobs"
        case "-h": "help"
        case "-q": "quiet"
        default: nil
        }
    }

    /// The short form of the driver option `name`, if it has one (`output` → `-o`).
    static func shortName(of name: String) -> String? {
        // Every short form is a dash and the long name's first letter.
        guard let first = name.first else { return nil }
        let short = "-\(first)"
        return longName(ofShort: short) == name ? short : nil
    }

    /// Whether the option `name`'s value also reaches formats and passes.
    static func isSharedWithFormats(_ name: String) -> Bool {
        name == "standalone" || name == "columns"
    }

    /// Parses `arguments` (without the program name), asking `registry` for the registry only
    /// when an option is not the driver's own (or for an error message).
    ///
    /// - Throws: A usage error naming the offending argument.
    static func parse(_ arguments: [String], registry: () -> Registry) throws -> Invocation {
        var invocation = Invocation()
        var index = 0
        if let first = arguments.first, let command = Command(rawValue: first) {
            invocation.command = command
            index = 1
        }
        // Looked up name by name: a command line names a few options, and building tables of all
        // of them cost a one-page conversion more than its arguments. A driver option is found
        // by its position (an optional spec's copies would cost a process the optional's type).
        func driverOption(_ name: String) -> Int? { driverOptions.firstIndex { $0.name == name } }
        func knownNames() -> [String] { driverOptions.map(\.name) + registry().allOptions.map(\.name) }
        var onlyInputs = false
        while index < arguments.count {
            let argument = arguments[index]
            index += 1
            if onlyInputs || argument == "-" || !argument.hasPrefix("-") {
                invocation.inputs.append(argument)
                continue
            }
            if argument == "--" {
                onlyInputs = true
                continue
            }
            var name: String
            var inlineValue: String?
            if let long = longName(ofShort: argument) {
                name = long
            } else if argument.hasPrefix("--") {
                name = String(argument.dropFirst(2))
                if let equals = name.firstIndex(of: "=") {
                    inlineValue = String(name[name.index(after: equals)...])
                    name = String(name[..<equals])
                }
            } else if argument.count > 2, let long = longName(ofShort: String(argument.prefix(2))) {
                name = long  // -tjson
                inlineValue = String(argument.dropFirst(2))
            } else {
                throw unknownOption(argument, known: knownNames())
            }
            let isOwn: Bool
            let valueName: String?
            if let own = driverOption(name) {
                isOwn = true
                valueName = driverOptions[own].valueName
            } else if let registered = registry().option(named: name) {
                isOwn = false
                valueName = registered.valueName
            } else {
                throw unknownOption("--" + name, known: knownNames())
            }
            var value = "true"
            if let valueName {
                if let inlineValue {
                    value = inlineValue
                } else if index < arguments.count {
                    value = arguments[index]
                    index += 1
                } else {
                    throw GalleyError(
                        .usage, code: "usage.missing-value",
                        message: "--\(name) needs a value (\(valueName))")
                }
            } else if let inlineValue {
                throw GalleyError(
                    .usage, code: "usage.unexpected-value",
                    message: "--\(name) takes no value, but was given '\(inlineValue)'")
            }
            try invocation.set(name, value, isFormatOption: !isOwn)
        }
        return invocation
    }

    /// The built-in registry cut down to what this conversion names (its reader, writer and
    /// passes; see ``Registry/standard(reader:writer:passes:)``), or `nil` when it leaves a
    /// choice to extensions or sniffing, reads a pipeline file, or names what no built-in is:
    /// the whole registry then serves, and says what it says about unknown names.
    func namedRegistry() -> Registry? {
        guard command == .convert, pipelineFile == nil, let from, let to else { return nil }
        var passNames: [String] = []
        for spec in passes {
            if case .builtin(let name, _) = spec { passNames.append(name) }
        }
        return Registry.standard(reader: from, writer: to, passes: passNames)
    }

    mutating func set(_ name: String, _ value: String, isFormatOption: Bool) throws {
        if isFormatOption || Self.isSharedWithFormats(name) {
            formatOptions.add(name, value)
            if isFormatOption { return }
        }
        switch name {
        case "from": from = value
        case "to": to = value
        case "output": output = value
        case "pass": passes.append(PassSpec(passArgument: value))
        case "filter": passes.append(.filter(path: value))
        case "filter-timeout":
            guard let seconds = Double(value), seconds > 0, seconds <= 86_400 else {
                throw GalleyError(
                    .usage, code: "usage.filter-timeout",
                    message: "--filter-timeout takes seconds between 0 and 86400, not '\(value)'")
            }
            filterTimeLimit = seconds
        case "pipeline": pipelineFile = value
        case "profile": profile = value
        case "meta": metadata.append(value)
        case "explain": isExplaining = true
        case "quiet": isQuiet = true
        case "jobs":
            guard let count = Int(value), (1...1024).contains(count) else {
                throw GalleyError(
                    .usage, code: "usage.jobs", message: "--jobs takes a whole number from 1 to 1024, not '\(value)'")
            }
            jobs = count
        case "help": command = .help
        case "version": command = .version
        default: break  // standalone, columns: format options only
        }
    }

    static func unknownOption(_ argument: String, known: [String]) -> GalleyError {
        let bare = argument.hasPrefix("--") ? String(argument.dropFirst(2)) : argument
        var hint = "see galley --help"
        if let suggestion = Registry.suggestion(for: bare, among: known) {
            hint = "did you mean --\(suggestion)? (see galley --help)"
        }
        return GalleyError(.usage, code: "usage.unknown-option", message: "unknown option '\(argument)'", hint: hint)
    }
}
