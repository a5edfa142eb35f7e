/// Describes a reader to the registry: its names, file extensions, options and factory.
public struct ReaderDescriptor: Sendable {
    public var name: String
    public var aliases: [String]
    /// Lower-case extensions without the dot (`html`, `htm`).
    public var extensions: [String]
    public var summary: String
    public var options: [OptionSpec]
    public var make: @Sendable (OptionValues) throws -> any Reader

    public init(
        name: String, aliases: [String] = [], extensions: [String] = [], summary: String,
        options: [OptionSpec] = [], make: @escaping @Sendable (OptionValues) throws -> any Reader
    ) {
        self.name = name
        self.aliases = aliases
        self.extensions = extensions
        self.summary = summary
        self.options = options
        self.make = make
    }

    /// Whether the reader is called `name`, by its name or an alias.
    public func answers(to name: String) -> Bool { self.name == name || aliases.contains(name) }
}

/// Describes a writer to the registry.
public struct WriterDescriptor: Sendable {
    public var name: String
    public var aliases: [String]
    /// Lower-case extensions without the dot; the first is the one `batch` gives its outputs.
    public var extensions: [String]
    public var summary: String
    public var options: [OptionSpec]
    /// The profile used when the user names none (`ereader` for EPUB, `email` for e-mail).
    public var defaultProfile: String?
    public var make: @Sendable (OptionValues) throws -> any Writer

    public init(
        name: String, aliases: [String] = [], extensions: [String] = [], summary: String,
        options: [OptionSpec] = [], defaultProfile: String? = nil,
        make: @escaping @Sendable (OptionValues) throws -> any Writer
    ) {
        self.name = name
        self.aliases = aliases
        self.extensions = extensions
        self.summary = summary
        self.options = options
        self.defaultProfile = defaultProfile
        self.make = make
    }

    /// Whether the writer is called `name`, by its name or an alias.
    public func answers(to name: String) -> Bool { self.name == name || aliases.contains(name) }
}

/// Describes a pass to the registry.
public struct PassDescriptor: Sendable {
    public var name: String
    public var summary: String
    /// What `NAME=ARG` takes (`N`, `precision|recall|balanced`), or `nil` when it takes nothing.
    public var argument: String?
    public var options: [OptionSpec]
    public var make: @Sendable (_ argument: String?, OptionValues) throws -> any Pass

    public init(
        name: String, summary: String, argument: String? = nil, options: [OptionSpec] = [],
        make: @escaping @Sendable (_ argument: String?, OptionValues) throws -> any Pass
    ) {
        self.name = name
        self.summary = summary
        self.argument = argument
        self.options = options
        self.make = make
    }
}

/// Describes a rendering profile to the registry.
public struct ProfileDescriptor: Sendable {
    public var profile: RenderProfile
    public var summary: String
    public init(_ profile: RenderProfile, summary: String) {
        self.profile = profile
        self.summary = summary
    }
}

/// The names a conversion can use: readers, writers, passes and profiles.
///
/// A value, built once by whoever runs conversions (the umbrella module's `Registry.standard`
/// holds every built-in); a package that embeds Galley registers its own formats on a copy.
public struct Registry: Sendable {
    public private(set) var readers: [ReaderDescriptor] = []
    public private(set) var writers: [WriterDescriptor] = []
    public private(set) var passes: [PassDescriptor] = []
    public private(set) var profiles: [ProfileDescriptor] = []

    public init() {}

    public mutating func register(_ reader: ReaderDescriptor) {
        readers.removeAll { $0.name == reader.name }
        readers.append(reader)
    }

    public mutating func register(_ writer: WriterDescriptor) {
        writers.removeAll { $0.name == writer.name }
        writers.append(writer)
    }

    public mutating func register(_ pass: PassDescriptor) {
        passes.removeAll { $0.name == pass.name }
        passes.append(pass)
    }

    public mutating func register(_ profile: ProfileDescriptor) {
        profiles.removeAll { $0.profile.name == profile.profile.name }
        profiles.append(profile)
    }

    /// The reader called `name` (or with that alias).
    public func reader(named name: String) -> ReaderDescriptor? {
        readers.first { $0.answers(to: name) }
    }

    /// The writer called `name` (or with that alias).
    public func writer(named name: String) -> WriterDescriptor? {
        writers.first { $0.answers(to: name) }
    }

    public func pass(named name: String) -> PassDescriptor? {
        passes.first { $0.name == name }
    }

    public func profile(named name: String) -> RenderProfile? {
        profiles.first { $0.profile.name == name }?.profile
    }

    /// The reader for a file extension (case-insensitive, without the dot).
    public func reader(forExtension ext: String) -> ReaderDescriptor? {
        let ext = ext.lowercased()
        return readers.first { $0.extensions.contains(ext) }
    }

    /// The writer for a file extension (case-insensitive, without the dot).
    public func writer(forExtension ext: String) -> WriterDescriptor? {
        let ext = ext.lowercased()
        return writers.first { $0.extensions.contains(ext) }
    }

    /// The option called `name`, looked for in the order of ``allOptions`` (the first wins).
    public func option(named name: String) -> OptionSpec? {
        for reader in readers { if let spec = reader.options.first(where: { $0.name == name }) { return spec } }
        for writer in writers { if let spec = writer.options.first(where: { $0.name == name }) { return spec } }
        for pass in passes { if let spec = pass.options.first(where: { $0.name == name }) { return spec } }
        return nil
    }

    /// Every option any registered format or pass declares, each name once.
    public var allOptions: [OptionSpec] {
        var seen = Set<String>()
        var result: [OptionSpec] = []
        let all = readers.flatMap(\.options) + writers.flatMap(\.options) + passes.flatMap(\.options)
        for option in all where seen.insert(option.name).inserted { result.append(option) }
        return result
    }

    /// The closest of `candidates` to `name`, for "did you mean" messages; `nil` if none is close.
    public static func suggestion(for name: String, among candidates: [String]) -> String? {
        var best: (name: String, distance: Int)?
        for candidate in candidates {
            let distance = editDistance(Array(name.utf8), Array(candidate.utf8))
            if distance <= max(2, name.utf8.count / 3), distance < (best?.distance ?? .max) {
                best = (candidate, distance)
            }
        }
        return best?.name
    }

    static func editDistance(_ a: [UInt8], _ b: [UInt8]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
