import GalleyCore

/// The wire readers for the registry: `wire` (detects the format), `anpa` and `iptc7901`.
public enum GalleyWireFormats {
    /// Options every wire reader understands.
    static let options = [
        OptionSpec("wire-encoding", value: "auto|utf-8|iso-8859-1|iso646-de",
            help: "character encoding of wire copy (default: auto, UTF-8 when valid, else ISO-8859-1)"),
        OptionSpec("keep-dateline", help: "leave the dateline at the start of the first paragraph"),
    ]

    /// Reads ANPA-1312, IPTC 7901 and plain agency copy, detecting which per message.
    public static let wire = ReaderDescriptor(
        name: "wire", extensions: ["tst", "anpa", "ipt", "wire"],
        summary: "news-agency copy: ANPA-1312, IPTC 7901 or plain agency text, one document per story",
        options: options,
        make: { values in WireReader(options: try WireReader.Options(values, format: .auto)) })

    /// Reads every message as ANPA-1312 (AP and other North American services).
    public static let anpa = ReaderDescriptor(
        name: "anpa", aliases: ["anpa1312", "anpa-1312"],
        summary: "ANPA-1312 wire copy (AP), one document per story",
        options: options,
        make: { values in WireReader(options: try WireReader.Options(values, format: .anpa)) })

    /// Reads every message as IPTC 7901 (dpa and other agencies).
    public static let iptc7901 = ReaderDescriptor(
        name: "iptc7901", aliases: ["iptc", "iptc-7901"],
        summary: "IPTC 7901 wire copy (dpa and others), one document per story",
        options: options,
        make: { values in WireReader(options: try WireReader.Options(values, format: .iptc7901)) })
}
