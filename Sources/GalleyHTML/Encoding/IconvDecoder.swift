#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Decodes the multi-byte encodings through the C library's `iconv`.
///
/// glibc's iconv knows every WHATWG multi-byte encoding; ``WebEncoding`` names the variant
/// closest to each WHATWG decoder. An invalid byte becomes U+FFFD and decoding resumes at the
/// next byte; an incomplete sequence at the end becomes one U+FFFD.
enum IconvDecoder {
    /// Output is grown in steps of this many bytes at least (a page's worth; any size works).
    static let growthStep = 16 * 1024

    /// Decodes `bytes` from the iconv encoding `name` to UTF-8; when iconv does not know `name`,
    /// decodes as windows-1252 so that no byte is lost.
    static func decode(_ bytes: [UInt8], from name: String) -> [UInt8] {
        let descriptor = iconv_open("UTF-8", name)
        guard Int(bitPattern: descriptor) != -1 else {
            return SingleByteDecoder.decode(bytes, upperHalf: WebEncoding.windows1252.singleByteUpperHalf ?? [])
        }
        defer { iconv_close(descriptor) }
        var output = [UInt8](repeating: 0, count: bytes.count * 2 + growthStep)
        var written = 0
        var input = bytes
        input.withUnsafeMutableBufferPointer { inputBuffer in
            var consumed = 0
            while true {
                let (status, error, inputUsed, outputUsed) = step(
                    descriptor, inputBuffer, from: consumed, into: &output, at: written)
                consumed += inputUsed
                written += outputUsed
                if status != -1 { break }
                switch error {
                case E2BIG:
                    output.append(contentsOf: [UInt8](repeating: 0, count: max(growthStep, output.count / 2)))
                case EILSEQ:
                    replace(into: &output, at: &written)
                    consumed += 1
                default:  // EINVAL: an incomplete sequence at the end
                    replace(into: &output, at: &written)
                    consumed = inputBuffer.count
                }
                if consumed >= inputBuffer.count, error != E2BIG { break }
            }
        }
        // Flush a stateful encoding's shift state (ISO-2022-JP).
        if output.count - written < 16 { output.append(contentsOf: [UInt8](repeating: 0, count: 16)) }
        output.withUnsafeMutableBufferPointer { buffer in
            var outPointer = buffer.baseAddress.map { UnsafeMutableRawPointer($0 + written).assumingMemoryBound(to: CChar.self) }
            var outLeft = buffer.count - written
            let before = outLeft
            _ = iconv(descriptor, nil, nil, &outPointer, &outLeft)
            written += before - outLeft
        }
        output.removeSubrange(written...)
        return output
    }

    /// One call of `iconv` from `offset` in the input: (result, errno, bytes read, bytes written).
    private static func step(
        _ descriptor: iconv_t?, _ input: UnsafeMutableBufferPointer<UInt8>, from offset: Int,
        into output: inout [UInt8], at written: Int
    ) -> (Int, Int32, Int, Int) {
        guard offset < input.count, let inputBase = input.baseAddress else { return (0, 0, 0, 0) }
        var inPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(inputBase + offset)
            .assumingMemoryBound(to: CChar.self)
        var inLeft = input.count - offset
        return output.withUnsafeMutableBufferPointer { buffer in
            var outPointer = buffer.baseAddress.map {
                UnsafeMutableRawPointer($0 + written).assumingMemoryBound(to: CChar.self)
            }
            var outLeft = buffer.count - written
            let inBefore = inLeft
            let outBefore = outLeft
            errno = 0
            let status = iconv(descriptor, &inPointer, &inLeft, &outPointer, &outLeft)
            let error = errno
            return (status == Int.max ? -1 : Int(bitPattern: UInt(bitPattern: status)), error, inBefore - inLeft, outBefore - outLeft)
        }
    }

    private static func replace(into output: inout [UInt8], at written: inout Int) {
        if output.count - written < 3 { output.append(contentsOf: [0, 0, 0]) }
        output[written] = 0xEF
        output[written + 1] = 0xBF
        output[written + 2] = 0xBD
        written += 3
    }
}
