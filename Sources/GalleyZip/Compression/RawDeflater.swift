import CZlib

/// A raw deflate stream (RFC 1951, no zlib or gzip wrapper) over zlib, as ZIP method 8 stores it.
///
/// `deflateInit2_` with `windowBits` −15 asks zlib for raw deflate with a 32 KiB window. The
/// stream lives at a fixed address (zlib keeps pointers into it), hence a class that owns it.
final class RawDeflater {
    private let stream: UnsafeMutablePointer<z_stream>
    private var isOpen = false

    /// Starts a stream at `level` (0–9; −1 is zlib's default, 6).
    init?(level: Int32) {
        stream = .allocate(capacity: 1)
        stream.initialize(to: z_stream())
        let status = deflateInit2_(
            stream, level, Z_DEFLATED, -15, 8, Z_DEFAULT_STRATEGY, zlibVersion(),
            Int32(MemoryLayout<z_stream>.size))
        // On failure `isOpen` stays false; deinit releases the memory without `deflateEnd`.
        guard status == Z_OK else { return nil }
        isOpen = true
    }

    deinit {
        if isOpen { deflateEnd(stream) }
        stream.deinitialize(count: 1)
        stream.deallocate()
    }

    /// Compresses `input` and appends what zlib produces to `output`; `finishes` flushes the end.
    ///
    /// - Returns: `Z_OK`, or zlib's error code when compression failed.
    func compress(_ input: UnsafeRawBufferPointer, finishing finishes: Bool, into output: inout [UInt8]) -> Int32 {
        // Small entries get a small buffer; the loop below drains larger output in rounds.
        var chunk = [UInt8](repeating: 0, count: min(64 * 1024, max(256, input.count + input.count / 8 + 64)))
        var offset = 0
        repeat {
            let piece = min(input.count - offset, 1 << 30)
            let isLastPiece = offset + piece == input.count
            let flush = finishes && isLastPiece ? Z_FINISH : Z_NO_FLUSH
            stream.pointee.next_in = UnsafeMutablePointer(
                mutating: input.baseAddress.map { $0.assumingMemoryBound(to: Bytef.self) + offset })
            stream.pointee.avail_in = uInt(piece)
            var status: Int32 = Z_OK
            repeat {
                let produced: Int = chunk.withUnsafeMutableBufferPointer { buffer in
                    stream.pointee.next_out = buffer.baseAddress
                    stream.pointee.avail_out = uInt(buffer.count)
                    status = deflate(stream, flush)
                    return buffer.count - Int(stream.pointee.avail_out)
                }
                guard status == Z_OK || status == Z_STREAM_END || status == Z_BUF_ERROR else {
                    return status
                }
                output.append(contentsOf: chunk[0..<produced])
                if flush == Z_FINISH { if status == Z_STREAM_END { break } } else if stream.pointee.avail_out != 0 { break }
            } while true
            offset += piece
        } while offset < input.count
        return Z_OK
    }
}
