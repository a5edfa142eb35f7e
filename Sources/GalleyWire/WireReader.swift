import GalleyCore

/// Reads news-agency copy: ANPA-1312 (AP and other North American services), IPTC 7901 (dpa and
/// other agencies) and plain agency copy, one document per story.
///
/// A feed capture holds several messages; ``readAll(_:context:)`` returns one document for each,
/// ``read(_:context:)`` the first. Damaged transmissions (missing ETX or EOT, NUL bytes, line
/// noise) yield what can be recovered, with warnings; the reader never throws on damaged input.
///
/// ```swift
/// var context = ConversionContext()
/// let stories = try WireReader().readAll(Input(bytes: feed), context: &context)
/// print(stories.map { $0.metadata.title ?? "(untitled)" })
/// ```
public struct WireReader: Reader {
    /// How the reader reads.
    public struct Options: Sendable, Hashable {
        /// Which format to expect.
        public enum Format: String, Sendable, Hashable, CaseIterable {
            /// Detect per message: ANPA when the heading has ANPA's unit separator or format
            /// controls, IPTC 7901 for other framed copy, plain copy without transmission controls.
            case auto
            /// Every framed message is ANPA-1312.
            case anpa
            /// Every framed message is IPTC 7901.
            case iptc7901
            /// The input is plain agency copy, whatever controls it holds.
            case plain
        }

        /// The character encoding of the copy.
        public enum Encoding: String, Sendable, Hashable, CaseIterable {
            /// UTF-8 when the message is valid UTF-8, else ISO-8859-1.
            case auto
            /// UTF-8 (malformed sequences become U+FFFD).
            case utf8 = "utf-8"
            /// ISO-8859-1, with windows-1252's characters in 0x80–0x9F.
            case latin1 = "iso-8859-1"
            /// The German 7-bit set of older IPTC 7901 services (ISO 646-DE, DIN 66003):
            /// `[\]{|}~@` are `ÄÖÜäöüß§`. Never detected; give it explicitly.
            case german7Bit = "iso646-de"
        }

        /// The format; default `.auto`.
        public var format: Format
        /// The encoding; default `.auto`. A declared input encoding overrides it.
        public var encoding: Encoding
        /// Whether the dateline stays at the start of the first paragraph (it is always also in
        /// `meta.dateline`); default `false`: the paragraph starts after the dateline's dash.
        public var keepsDateline: Bool

        /// The defaults: `.auto` format and encoding, dateline moved into the metadata.
        public init(format: Format = .auto, encoding: Encoding = .auto, keepsDateline: Bool = false) {
            self.format = format
            self.encoding = encoding
            self.keepsDateline = keepsDateline
        }

        /// Options from the command line (`--wire-encoding`, `--keep-dateline`).
        ///
        /// - Throws: A usage error naming the option when a value is not allowed.
        public init(_ values: OptionValues, format: Format) throws {
            self.init(format: format)
            if let encoding = try values.choice("wire-encoding", as: Encoding.self) { self.encoding = encoding }
            keepsDateline = values.flag("keep-dateline")
        }
    }

    /// How this reader reads.
    public var options: Options

    /// A reader with the given options.
    public init(options: Options = Options()) {
        self.options = options
    }

    /// The first story of the input; warns when the input holds more.
    public func read(_ input: Input, context: inout ConversionContext) throws -> Document {
        let documents = try readAll(input, context: &context)
        if documents.count > 1 {
            context.warn("wire.several-stories",
                "the input holds \(documents.count) stories; only the first is read here (use batch or readAll)")
        }
        return documents.first ?? Document()
    }

    /// Every story of the input, in transmission order.
    public func readAll(_ input: Input, context: inout ConversionContext) throws -> [Document] {
        var bytes = input.bytes
        if bytes.contains(ControlCode.nul) {
            bytes.removeAll { $0 == ControlCode.nul }
            context.warn("wire.nul-bytes", "NUL bytes in the input were dropped")
        }
        let encoding = declaredEncoding(input) ?? options.encoding
        let messages = options.format == .plain ? [] : WireFramer.messages(in: bytes)
        if messages.isEmpty {
            if bytes.allSatisfy({ ByteText.isBlank($0) || $0 == ControlCode.lineFeed }) {
                context.warn("wire.empty", "the input holds no text")
                return [Document()]
            }
            let decoder = WireTextDecoder(detectingIn: bytes[...], declared: encoding)
            var reader = PlainCopyReader(decoder: decoder, story: Story())
            reader.read(bytes[...], context: &context)
            return [finish(reader.story, context: &context)]
        }
        var documents: [Document] = []
        var lines = LineCounter(bytes: bytes)
        for message in messages {
            warnAboutFraming(message, at: lines.location(of: message.offset), context: &context)
            let story = readMessage(message, encoding: encoding)
            documents.append(finish(story, context: &context))
        }
        return documents
    }

    private func declaredEncoding(_ input: Input) -> Options.Encoding? {
        guard let declared = input.declaredEncoding?.lowercased() else { return nil }
        switch declared {
        case "utf-8", "utf8": return .utf8
        case "iso-8859-1", "latin1", "latin-1", "iso8859-1", "windows-1252", "cp1252": return .latin1
        case "iso646-de", "din66003", "din-66003": return .german7Bit
        default: return nil
        }
    }

    private func warnAboutFraming(_ message: WireMessage, at location: SourceLocation, context: inout ConversionContext) {
        if !message.hasStartOfText {
            context.warn("wire.missing-stx", "message without STX: its first line was read as the heading", at: location)
        }
        if !message.hasEndOfText {
            context.warn("wire.missing-etx", "message without ETX: the text may be cut short", at: location)
        } else if !message.hasEndOfTransmission {
            context.warn("wire.missing-eot", "message without EOT", at: location)
        }
    }

    // MARK: - One message

    private func readMessage(_ message: WireMessage, encoding: Options.Encoding) -> Story {
        let decoder = WireTextDecoder(detectingIn: message.all, declared: encoding)
        var story = Story()
        let trailerText = decoder.string(message.trailer)
        story.trailer = WireTrailer.parse(trailerText)
        let trailerRaw = trailerText.trimmingSpaces()
        if !trailerRaw.isEmpty { story.setExtra("trailer", story.trailer?.text ?? trailerRaw) }
        switch detectFormat(message) {
        case .anpa:
            let heading = ANPAHeading.parse(message.heading, decoder: decoder)
            story.apply(heading)
            var reader = ANPATextReader(decoder: decoder, heading: heading, story: story)
            reader.read(message.text)
            story = reader.story
        case .iptc7901, .auto, .plain:
            let heading = IPTC7901Heading.parse(message.heading, decoder: decoder)
            story.apply(heading)
            var reader = IPTC7901TextReader(decoder: decoder, story: story)
            reader.read(message.text, heading: heading)
            story = reader.story
        }
        if let agency = story.trailer?.agency, story.metadata.source == nil, agency.utf8.count <= 8 {
            story.metadata.source = agency
        }
        return story
    }

    private func detectFormat(_ message: WireMessage) -> Options.Format {
        switch options.format {
        case .anpa, .iptc7901: return options.format
        case .auto, .plain: break
        }
        if WireFramer.isANPAFirstLine(message.heading) { return .anpa }
        if message.heading.contains(where: { $0 >= ControlCode.dc1 && $0 <= ControlCode.dc4 }) { return .anpa }
        if message.heading.isEmpty, message.text.prefix(400).contains(ControlCode.caret),
            message.text.prefix(400).contains(ControlCode.tab)
        {
            return .anpa
        }
        return .iptc7901
    }
}
