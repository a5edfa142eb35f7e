// libFuzzer entry point for the wire reader (ANPA-1312, IPTC 7901, plain agency copy) and the
// dateline, sign-off and source-line parsers it shares with the `dateline` pass.
//
// Built with the sources of GalleyCore and GalleyWire in one module, for example:
//   swiftc -sanitize=fuzzer,address -parse-as-library -module-name WireFuzz \
//     Sources/GalleyCore/*/*.swift Sources/GalleyWire/*.swift Sources/GalleyWire/*/*.swift \
//     Fuzz/WireFuzz.swift -o .build/fuzz-wire
//   .build/fuzz-wire Fuzz/corpus/wire
// The seeds in Fuzz/corpus/wire are small framed, damaged and plain stories.

#if canImport(GalleyCore)
import GalleyCore
#endif
#if canImport(GalleyWire)
import GalleyWire
#endif

/// Reads the input with every format setting and runs the shared parsers over its text.
@_cdecl("LLVMFuzzerTestOneInput")
public func wireFuzzTestOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    for format in WireReader.Options.Format.allCases {
        var context = ConversionContext(sourceName: "fuzz", timestamp: 1_700_000_000)
        let reader = WireReader(options: WireReader.Options(format: format))
        _ = try? reader.readAll(Input(bytes: bytes), context: &context)
    }
    let text = String(decoding: bytes, as: UTF8.self)
    _ = DatelineParser.parse(text)
    _ = SignOff.strip(text)
    _ = SourceDateLine.parse(text)
    return 0
}
