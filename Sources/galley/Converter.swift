#if canImport(Glibc)
import Glibc
#endif
import Galley
import GalleyCore

/// Everything fixed for a run: writer, pipeline, profile and options. Converts one input at a time.
struct Converter: Sendable {
    let registry: Registry
    let readerName: String?
    let writer: WriterDescriptor
    let writerInstance: any Writer
    let pipeline: Pipeline
    let profile: RenderProfile
    let formatOptions: OptionValues
    let metadata: [String]
    let isExplaining: Bool
    let timestamp: Int64?

    /// Prepares a run from the command line.
    ///
    /// - Throws: Usage errors for unknown names and invalid options; input errors for an
    ///   unreadable pipeline or profile file.
    init(_ invocation: Invocation, registry: Registry, defaultOutput: String?) throws {
        self.registry = registry
        var passes = invocation.passes
        var profileName = invocation.profile
        if let file = invocation.pipelineFile {
            let configuration = try PipelineConfiguration(
                json: try FileSystem.read(file), source: file)
            passes = configuration.passes + passes
            if profileName == nil { profileName = configuration.profile }
        }
        if let from = invocation.from, registry.reader(named: from) == nil {
            throw Registry.unknownName(from, kind: "input format", among: registry.readers.map(\.name))
        }
        readerName = invocation.from
        writer = try Self.chooseWriter(invocation.to, output: defaultOutput, registry: registry)
        // A writer's preferred profile applies only when the registry has it.
        let writerDefault = writer.defaultProfile.flatMap { registry.profile(named: $0) != nil ? $0 : nil }
        profile = try Self.chooseProfile(profileName ?? writerDefault, registry: registry)
        let options = invocation.formatOptions
        if let columns = options.string("columns"), (Int(columns) ?? 0) < 1 {
            throw GalleyError(.usage, code: "usage.columns", message: "--columns takes a positive whole number, not '\(columns)'")
        }
        formatOptions = options
        writerInstance = try writer.make(options)
        pipeline = try registry.makePipeline(passes, options: options, filterTimeLimit: invocation.filterTimeLimit)
        metadata = invocation.metadata
        var probe = Metadata()
        for assignment in metadata { try MetadataOverride.apply(assignment, to: &probe) }
        isExplaining = invocation.isExplaining
        timestamp = Self.timestamp()
    }

    static func chooseWriter(_ name: String?, output: String?, registry: Registry) throws -> WriterDescriptor {
        if let name {
            guard let writer = registry.writer(named: name) else {
                throw Registry.unknownName(name, kind: "output format", among: registry.writers.map(\.name))
            }
            return writer
        }
        if let output, output != "-", let ext = Self.pathExtension(output),
            let writer = registry.writer(forExtension: ext)
        {
            return writer
        }
        if let writer = registry.writer(named: "markdown") ?? registry.writer(named: "text") {
            return writer
        }
        throw GalleyError(.usage, code: "usage.no-output-format", message: "no output format", hint: "give -t FORMAT")
    }

    static func chooseProfile(_ name: String?, registry: Registry) throws -> RenderProfile {
        guard let name else { return registry.profile(named: "medium") ?? .standard }
        if let profile = registry.profile(named: name) { return profile }
        if name.hasSuffix(".json") || name.contains("/") {
            return try registry.profile(fromFile: try FileSystem.read(name), source: name)
        }
        throw Registry.unknownName(name, kind: "profile", among: registry.profiles.map(\.profile.name))
    }

    /// `SOURCE_DATE_EPOCH` when set (reproducible builds), else the clock.
    static func timestamp() -> Int64? {
        if let value = getenv("SOURCE_DATE_EPOCH"), let seconds = Int64(String(cString: value)) {
            return seconds
        }
        return Int64(time(nil))
    }

    static func pathExtension(_ path: String) -> String? {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return nil }
        return String(name[name.index(after: dot)...]).lowercased()
    }

    /// How messages name an input: its path, or `<stdin>` for `-`.
    static func displayName(_ path: String) -> String { path == "-" ? "<stdin>" : path }

    /// A fresh context for one input.
    func makeContext(sourceName: String) -> ConversionContext {
        var context = ConversionContext(
            sourceName: Self.displayName(sourceName), timestamp: timestamp, targetFormat: writer.name, isExplaining: isExplaining)
        context.runProcess = { ProcessRunner.run($0) }
        context.monotonicNanoseconds = {
            var now = timespec()
            clock_gettime(CLOCK_MONOTONIC, &now)
            return UInt64(now.tv_sec) * 1_000_000_000 + UInt64(now.tv_nsec)
        }
        let directory = FileSystem.parentDirectory(of: sourceName)
        context.loadResource = { relative in
            guard sourceName != "-", !relative.hasPrefix("/"), !relative.contains("://"),
                !relative.split(separator: "/").contains("..")
            else { return nil }
            return try? FileSystem.read("\(directory)/\(relative)")
        }
        return context
    }

    /// The reader for one input: `-f`, else the extension, else a guess from the bytes.
    func reader(for path: String, bytes: [UInt8]) throws -> ReaderDescriptor {
        if let readerName, let reader = registry.reader(named: readerName) { return reader }
        if path != "-", let ext = Self.pathExtension(path), let reader = registry.reader(forExtension: ext) {
            return reader
        }
        let guess = FormatSniffer.guess(bytes)
        if let reader = registry.reader(named: guess) ?? registry.reader(named: "text") { return reader }
        throw GalleyError(
            .usage, code: "usage.no-input-format", message: "cannot tell the input format", source: path,
            hint: "give -f FORMAT")
    }

    /// Reads one input into its documents.
    func read(_ path: String, context: inout ConversionContext) throws -> [Document] {
        let bytes = try FileSystem.read(path)
        let descriptor = try reader(for: path, bytes: bytes)
        let reader = try descriptor.make(formatOptions)
        let name = Self.displayName(path)
        let input = Input(bytes: bytes, name: name, url: formatOptions.string("base-url"), declaredEncoding: formatOptions.string("encoding"))
        do {
            return try reader.readAll(input, context: &context)
        } catch let error as GalleyError {
            throw error.naming(source: name)
        }
    }

    /// Runs the pipeline on one document and writes it to bytes.
    ///
    /// - Parameter compact: Ask the writer for its one-line form (JSON Lines for several stories).
    func process(_ document: Document, context: inout ConversionContext, compact: Bool = false) throws -> [UInt8] {
        var document = try withMetadata(document)
        document = try pipeline.run(document, context: &context)
        document = try withMetadata(document)
        var writer = writerInstance
        if compact {
            var options = formatOptions
            options.add("compact", "true")
            writer = try self.writer.make(options)
        }
        do {
            return try writer.write(document, profile: profile, context: &context).bytes
        } catch let error as GalleyError {
            throw error
        } catch {
            throw GalleyError(.output, code: "output.failed", message: "\(self.writer.name) writer failed: \(error)")
        }
    }

    func withMetadata(_ document: Document) throws -> Document {
        guard !metadata.isEmpty else { return document }
        var document = document
        for assignment in metadata { try MetadataOverride.apply(assignment, to: &document.metadata) }
        return document
    }
}
