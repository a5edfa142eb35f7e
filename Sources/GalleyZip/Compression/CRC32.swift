import CZlib

/// The CRC-32 of ZIP entries (ISO 3309 polynomial), computed by zlib's `crc32`.
public struct CRC32: Sendable, Hashable {
    /// The checksum of everything added so far.
    public private(set) var value: UInt32 = 0

    /// A checksum of nothing (0).
    public init() {}

    /// The checksum of `bytes`.
    public init(_ bytes: [UInt8]) {
        update(bytes)
    }

    /// Adds `bytes` to the checksum.
    public mutating func update(_ bytes: some Collection<UInt8>) {
        let done: Void? = bytes.withContiguousStorageIfAvailable { update(UnsafeRawBufferPointer($0)) }
        if done == nil { Array(bytes).withUnsafeBytes { update($0) } }
    }

    /// Adds raw bytes to the checksum, in pieces that fit zlib's 32-bit length.
    mutating func update(_ buffer: UnsafeRawBufferPointer) {
        guard var base = buffer.baseAddress?.assumingMemoryBound(to: Bytef.self) else { return }
        var remaining = buffer.count
        var crc = uLong(value)
        while remaining > 0 {
            let piece = min(remaining, 1 << 30)
            crc = crc32(crc, base, uInt(piece))
            base += piece
            remaining -= piece
        }
        value = UInt32(truncatingIfNeeded: crc)
    }
}
