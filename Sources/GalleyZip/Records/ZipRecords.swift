/// The byte layout of ZIP records (PKWARE APPNOTE.TXT 6.3.10, section 4.3 and 4.5.3).
///
/// Pure functions from field values to bytes, kept apart from the writer so that tests can check
/// the ZIP64 layout of sizes beyond 4 GiB without writing 4 GiB.
enum ZipRecords {
    static let localHeaderSignature: UInt32 = 0x0403_4B50
    static let centralHeaderSignature: UInt32 = 0x0201_4B50
    static let endSignature: UInt32 = 0x0605_4B50
    static let zip64EndSignature: UInt32 = 0x0606_4B50
    static let zip64LocatorSignature: UInt32 = 0x0706_4B50
    /// The ZIP64 extended-information extra field's header ID (4.5.3).
    static let zip64ExtraID: UInt16 = 0x0001
    /// A 32-bit field that says "the real value is in the ZIP64 extra field".
    static let overflow32: UInt32 = 0xFFFF_FFFF
    /// A 16-bit count that says "the real value is in the ZIP64 end record".
    static let overflow16: UInt16 = 0xFFFF
    /// Version needed to extract: 2.0 (deflate) or 4.5 (ZIP64), 4.4.3.2.
    static let versionDeflate: UInt16 = 20
    static let versionZip64: UInt16 = 45
    /// Version made by: upper byte 3 = UNIX (so that the external attributes carry a mode).
    static let versionMadeBy: UInt16 = 3 << 8 | 45
    /// External attributes: a regular file, mode 0644, in the upper 16 bits (UNIX convention).
    static let externalAttributes: UInt32 = 0o100644 << 16
    /// General purpose bit 11: the name is UTF-8 (4.4.4, appendix D).
    static let utf8NameFlag: UInt16 = 1 << 11

    /// What headers say about one entry.
    struct Entry: Hashable {
        var name: [UInt8]
        var method: UInt16
        var modified: DOSDateTime
        var crc: UInt32 = 0
        var compressedSize: UInt64 = 0
        var uncompressedSize: UInt64 = 0
        var localHeaderOffset: UInt64 = 0
        /// Whether the local header carries a ZIP64 extra field with both sizes.
        var hasZip64LocalSizes: Bool

        var flags: UInt16 { name.contains { $0 >= 0x80 } ? utf8NameFlag : 0 }
    }

    /// The local file header (4.3.7). With ZIP64 sizes, both size fields are 0xFFFFFFFF and the
    /// extra field holds the 64-bit sizes (4.5.3: the local extra must carry both).
    static func localHeader(_ entry: Entry) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(30 + entry.name.count + 20)
        bytes.appendLE32(localHeaderSignature)
        bytes.appendLE16(entry.hasZip64LocalSizes ? versionZip64 : versionDeflate)
        bytes.appendLE16(entry.flags)
        bytes.appendLE16(entry.method)
        bytes.appendLE16(entry.modified.time)
        bytes.appendLE16(entry.modified.date)
        bytes.appendLE32(entry.crc)
        if entry.hasZip64LocalSizes {
            bytes.appendLE32(overflow32)
            bytes.appendLE32(overflow32)
        } else {
            bytes.appendLE32(UInt32(truncatingIfNeeded: entry.compressedSize))
            bytes.appendLE32(UInt32(truncatingIfNeeded: entry.uncompressedSize))
        }
        bytes.appendLE16(UInt16(entry.name.count))
        bytes.appendLE16(entry.hasZip64LocalSizes ? 20 : 0)
        bytes.append(contentsOf: entry.name)
        if entry.hasZip64LocalSizes {
            bytes.appendLE16(zip64ExtraID)
            bytes.appendLE16(16)
            bytes.appendLE64(entry.uncompressedSize)
            bytes.appendLE64(entry.compressedSize)
        }
        return bytes
    }

    /// Offsets, within a local header, of the fields patched once an entry's data is written.
    static let localCRCOffset = 14
    static let localCompressedSizeOffset = 18
    static let localUncompressedSizeOffset = 22
    static func localZip64SizesOffset(nameLength: Int) -> Int { 30 + nameLength + 4 }

    /// The central directory header (4.3.12). Each 32-bit field that overflows (or every one,
    /// when `forcesZip64`) is 0xFFFFFFFF and its value goes into the ZIP64 extra field, in the
    /// order uncompressed size, compressed size, local header offset (4.5.3).
    static func centralHeader(_ entry: Entry, forcesZip64: Bool) -> [UInt8] {
        let uncompressedOverflows = forcesZip64 || entry.uncompressedSize >= UInt64(overflow32)
        let compressedOverflows = forcesZip64 || entry.compressedSize >= UInt64(overflow32)
        let offsetOverflows = entry.localHeaderOffset >= UInt64(overflow32)
        var extra: [UInt8] = []
        if uncompressedOverflows { extra.appendLE64(entry.uncompressedSize) }
        if compressedOverflows { extra.appendLE64(entry.compressedSize) }
        if offsetOverflows { extra.appendLE64(entry.localHeaderOffset) }
        let needsZip64 = !extra.isEmpty || entry.hasZip64LocalSizes
        var bytes: [UInt8] = []
        bytes.reserveCapacity(46 + entry.name.count + 28)
        bytes.appendLE32(centralHeaderSignature)
        bytes.appendLE16(versionMadeBy)
        bytes.appendLE16(needsZip64 ? versionZip64 : versionDeflate)
        bytes.appendLE16(entry.flags)
        bytes.appendLE16(entry.method)
        bytes.appendLE16(entry.modified.time)
        bytes.appendLE16(entry.modified.date)
        bytes.appendLE32(entry.crc)
        bytes.appendLE32(compressedOverflows ? overflow32 : UInt32(entry.compressedSize))
        bytes.appendLE32(uncompressedOverflows ? overflow32 : UInt32(entry.uncompressedSize))
        bytes.appendLE16(UInt16(entry.name.count))
        bytes.appendLE16(extra.isEmpty ? 0 : UInt16(4 + extra.count))
        bytes.appendLE16(0)  // comment length
        bytes.appendLE16(0)  // disk number start
        bytes.appendLE16(0)  // internal attributes
        bytes.appendLE32(externalAttributes)
        bytes.appendLE32(offsetOverflows ? overflow32 : UInt32(entry.localHeaderOffset))
        bytes.append(contentsOf: entry.name)
        if !extra.isEmpty {
            bytes.appendLE16(zip64ExtraID)
            bytes.appendLE16(UInt16(extra.count))
            bytes.append(contentsOf: extra)
        }
        return bytes
    }

    /// The end of the archive: the ZIP64 end record and locator when needed (4.3.14, 4.3.15),
    /// then the classic end of central directory record (4.3.16).
    static func end(
        entryCount: UInt64, directorySize: UInt64, directoryOffset: UInt64, forcesZip64: Bool
    ) -> [UInt8] {
        let needsZip64 = forcesZip64 || entryCount >= UInt64(overflow16)
            || directorySize >= UInt64(overflow32) || directoryOffset >= UInt64(overflow32)
        var bytes: [UInt8] = []
        if needsZip64 {
            let zip64EndOffset = directoryOffset + directorySize
            bytes.appendLE32(zip64EndSignature)
            bytes.appendLE64(44)  // size of the rest of this record
            bytes.appendLE16(versionMadeBy)
            bytes.appendLE16(versionZip64)
            bytes.appendLE32(0)  // this disk
            bytes.appendLE32(0)  // disk with the central directory
            bytes.appendLE64(entryCount)
            bytes.appendLE64(entryCount)
            bytes.appendLE64(directorySize)
            bytes.appendLE64(directoryOffset)
            bytes.appendLE32(zip64LocatorSignature)
            bytes.appendLE32(0)  // disk with the ZIP64 end record
            bytes.appendLE64(zip64EndOffset)
            bytes.appendLE32(1)  // total disks
        }
        let count16 = needsZip64 ? overflow16 : UInt16(entryCount)
        bytes.appendLE32(endSignature)
        bytes.appendLE16(0)
        bytes.appendLE16(0)
        bytes.appendLE16(count16)
        bytes.appendLE16(count16)
        bytes.appendLE32(needsZip64 ? overflow32 : UInt32(directorySize))
        bytes.appendLE32(needsZip64 ? overflow32 : UInt32(directoryOffset))
        bytes.appendLE16(0)  // comment length
        return bytes
    }
}
