// libFuzzer entry point for the wire reader (ANPA-1312, IPTC 7901, plain agency copy) and the
// dateline, sign-off and source-line parsers it shares with the `dateline` pass.
//
// Build GalleyCore and GalleyWire as instrumented modules, then link this entry point, e.g.:
//   F="-O -sanitize=fuzzer,address -parse-as-library -wmo"; B=.build/fuzz
//   swiftc $F -module-name GalleyCore -emit-module -emit-module-path $B/GalleyCore.swiftmodule \
//     -c $(find Sources/GalleyCore -name '*.swift') -o $B/GalleyCore.o
//   swiftc $F -I $B -module-name GalleyWire -emit-module -emit-module-path $B/GalleyWire.swiftmodule \
//     -c $(find Sources/GalleyWire -name '*.swift') -o $B/GalleyWire.o
//   swiftc -O -sanitize=fuzzer,address -parse-as-library -I $B Fuzz/WireFuzz.swift \
//     $B/GalleyCore.o $B/GalleyWire.o -o $B/fuzz-wire
//   $B/fuzz-wire -max_len=4096 Fuzz/corpus/wire
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
    // The last byte picks the encoding, so that every declared encoding is exercised too.
    let encodings = WireReader.Options.Encoding.allCases
    let encoding = encodings[Int(bytes.last ?? 0) % encodings.count]
    for format in WireReader.Options.Format.allCases {
        var context = ConversionContext(sourceName: "fuzz", timestamp: 1_700_000_000)
        let reader = WireReader(options: WireReader.Options(format: format, encoding: encoding))
        _ = try? reader.readAll(Input(bytes: bytes), context: &context)
    }
    let text = String(decoding: bytes, as: UTF8.self)
    _ = DatelineParser.parse(text)
    _ = SignOff.strip(text)
    _ = SourceDateLine.parse(text)
    return 0
}
