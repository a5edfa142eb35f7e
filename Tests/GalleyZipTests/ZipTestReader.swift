import CZlib

/// A small ZIP reader written independently of the writer, from APPNOTE.TXT: it finds the end
/// records, walks the central directory, checks each local header and inflates with zlib.
struct ZipTestReader {
    struct Entry: Equatable {
        var name: String
        var method: UInt16
        var flags: UInt16
        var crc: UInt32
        var compressedSize: UInt64
        var uncompressedSize: UInt64
        var localOffset: UInt64
        var localExtraLength: Int
        var centralExtraLength: Int
        var dosTime: UInt16
        var dosDate: UInt16
        var data: [UInt8]
    }

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    var entries: [Entry] = []
    var usesZip64End = false

    init(_ bytes: [UInt8]) throws {
        func u16(_ at: Int) throws -> UInt16 {
            guard at >= 0, at + 2 <= bytes.count else { throw Failure(description: "read past end at \(at)") }
            return UInt16(bytes[at]) | UInt16(bytes[at + 1]) << 8
        }
        func u32(_ at: Int) throws -> UInt32 { UInt32(try u16(at)) | UInt32(try u16(at + 2)) << 16 }
        func u64(_ at: Int) throws -> UInt64 { UInt64(try u32(at)) | UInt64(try u32(at + 4)) << 32 }

        guard bytes.count >= 22 else { throw Failure(description: "too short") }
        var end = bytes.count - 22
        while end >= 0, try u32(end) != 0x0605_4B50 { end -= 1 }
        guard end >= 0 else { throw Failure(description: "no end of central directory") }
        var count = UInt64(try u16(end + 10))
        var directorySize = UInt64(try u32(end + 12))
        var directoryOffset = UInt64(try u32(end + 16))
        if end >= 20, try u32(end - 20) == 0x0706_4B50 {
            usesZip64End = true
            let record = Int(try u64(end - 12))
            guard try u32(record) == 0x0606_4B50 else { throw Failure(description: "bad ZIP64 end record") }
            count = try u64(record + 32)
            directorySize = try u64(record + 40)
            directoryOffset = try u64(record + 48)
        }
        var at = Int(directoryOffset)
        for _ in 0..<count {
            guard try u32(at) == 0x0201_4B50 else { throw Failure(description: "bad central header at \(at)") }
            let nameLength = Int(try u16(at + 28))
            let extraLength = Int(try u16(at + 30))
            let commentLength = Int(try u16(at + 32))
            var entry = Entry(
                name: String(decoding: bytes[(at + 46)..<(at + 46 + nameLength)], as: UTF8.self),
                method: try u16(at + 10), flags: try u16(at + 8), crc: try u32(at + 16),
                compressedSize: UInt64(try u32(at + 20)), uncompressedSize: UInt64(try u32(at + 24)),
                localOffset: UInt64(try u32(at + 42)), localExtraLength: 0, centralExtraLength: extraLength,
                dosTime: try u16(at + 12), dosDate: try u16(at + 14), data: [])
            var extra = at + 46 + nameLength
            let extraEnd = extra + extraLength
            while extra + 4 <= extraEnd {
                let id = try u16(extra)
                let size = Int(try u16(extra + 2))
                if id == 1 {
                    var field = extra + 4
                    if entry.uncompressedSize == 0xFFFF_FFFF { entry.uncompressedSize = try u64(field); field += 8 }
                    if entry.compressedSize == 0xFFFF_FFFF { entry.compressedSize = try u64(field); field += 8 }
                    if entry.localOffset == 0xFFFF_FFFF { entry.localOffset = try u64(field) }
                }
                extra += 4 + size
            }
            at = extraEnd + commentLength
            let local = Int(entry.localOffset)
            guard try u32(local) == 0x0403_4B50 else { throw Failure(description: "bad local header for \(entry.name)") }
            guard try u32(local + 14) == entry.crc else { throw Failure(description: "local CRC differs for \(entry.name)") }
            let localNameLength = Int(try u16(local + 26))
            entry.localExtraLength = Int(try u16(local + 28))
            let localName = String(decoding: bytes[(local + 30)..<(local + 30 + localNameLength)], as: UTF8.self)
            guard localName == entry.name else { throw Failure(description: "local name differs for \(entry.name)") }
            let dataStart = local + 30 + localNameLength + entry.localExtraLength
            let raw = Array(bytes[dataStart..<(dataStart + Int(entry.compressedSize))])
            entry.data = entry.method == 8 ? try Self.inflate(raw, expected: Int(entry.uncompressedSize)) : raw
            guard entry.data.count == Int(entry.uncompressedSize) else {
                throw Failure(description: "size differs for \(entry.name)")
            }
            guard Self.checksum(entry.data) == entry.crc else { throw Failure(description: "CRC differs for \(entry.name)") }
            entries.append(entry)
        }
        guard UInt64(at) == directoryOffset + directorySize else {
            throw Failure(description: "central directory size mismatch")
        }
    }

    /// zlib's CRC-32 of `bytes`, called directly (not through the writer's code).
    static func checksum(_ bytes: [UInt8]) -> UInt32 {
        bytes.withUnsafeBufferPointer { UInt32(crc32(0, $0.baseAddress, uInt($0.count))) }
    }

    /// Inflates raw deflate data with zlib (windowBits −15).
    static func inflate(_ input: [UInt8], expected: Int) throws -> [UInt8] {
        var stream = z_stream()
        guard inflateInit2_(&stream, -15, zlibVersion(), Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            throw Failure(description: "inflateInit2 failed")
        }
        defer { inflateEnd(&stream) }
        var output = [UInt8](repeating: 0, count: max(expected, 1))
        var input = input
        let status: Int32 = input.withUnsafeMutableBufferPointer { source in
            output.withUnsafeMutableBufferPointer { target in
                stream.next_in = source.baseAddress
                stream.avail_in = uInt(source.count)
                stream.next_out = target.baseAddress
                stream.avail_out = uInt(target.count)
                return CZlib.inflate(&stream, Z_FINISH)
            }
        }
        guard status == Z_STREAM_END else { throw Failure(description: "inflate returned \(status)") }
        return Array(output[0..<Int(stream.total_out)])
    }
}
