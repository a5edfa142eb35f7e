import CZlib

/// Writes a ZIP archive entry by entry, compressing data as it arrives.
///
/// The archive is built in memory. Each entry's local header is written when the entry begins,
/// its data is compressed (or stored) chunk by chunk as ``write(_:)`` receives it, and when the
/// entry ends the writer goes back and fills the header's CRC-32 and sizes in. Headers therefore
/// always hold the real values and the archive uses no data descriptors (general purpose bit 3),
/// which keeps it simple for every reader, including EPUB's rule that `mimetype` be a plain
/// stored entry.
///
/// ZIP64 records appear only where needed: the end records when there are 65,535 entries or more
/// (or the central directory lies beyond 4 GiB), and per-entry extra fields when an offset or
/// size does not fit 32 bits. An entry that may exceed 4 GiB must say so when it begins
/// (`reservesZip64`), because the space for its 64-bit sizes is reserved in the local header.
/// ``Options/forcesZip64`` makes every entry and the end use ZIP64 records.
///
/// Nothing reads the clock: every entry gets ``Options/modificationTime``, so the same calls
/// give the same bytes. Entries carry no extra fields beyond ZIP64's.
///
/// ```swift
/// var zip = ZipWriter(options: .init(modificationTime: 0))
/// try zip.addEntry("mimetype", Array("application/epub+zip".utf8), method: .stored)
/// try zip.beginEntry("chapter.xhtml")
/// try zip.write(Array("<html>…".utf8))
/// try zip.endEntry()
/// let bytes = try zip.finish()
/// ```
public struct ZipWriter {
    /// How entries are stored.
    public enum Method: UInt16, Sendable, Hashable, CaseIterable {
        /// Stored as is (method 0).
        case stored = 0
        /// Raw deflate (method 8).
        case deflated = 8
    }

    /// Settings for a whole archive.
    public struct Options: Sendable, Hashable {
        /// Seconds since 1970 (UTC) stamped on every entry, as a DOS date and time. Default 0,
        /// which DOS cannot express and becomes 1980-01-01 00:00:00.
        public var modificationTime: Int64
        /// zlib's compression level, 0–9 (default 9: archives are written once, read many times).
        public var compressionLevel: Int32
        /// Whether to write ZIP64 sizes for every entry and the ZIP64 end records even when the
        /// archive is small (default false). For testing readers and for consumers that want it.
        public var forcesZip64: Bool

        /// Creates options; every argument has the documented default.
        public init(modificationTime: Int64 = 0, compressionLevel: Int32 = 9, forcesZip64: Bool = false) {
            self.modificationTime = modificationTime
            self.compressionLevel = min(max(compressionLevel, 0), 9)
            self.forcesZip64 = forcesZip64
        }
    }

    /// The archive's settings.
    public let options: Options
    private var bytes: [UInt8] = []
    private var entries: [ZipRecords.Entry] = []
    private var open: OpenEntry?
    private let modified: DOSDateTime

    /// The entry being written.
    private struct OpenEntry {
        var record: ZipRecords.Entry
        var crc = CRC32()
        var deflater: RawDeflater?
        var dataStart: Int
    }

    /// Starts an empty archive.
    ///
    /// - Parameter options: The archive's settings.
    /// - Parameter expectedSize: Bytes to reserve up front (a guess of the archive's size).
    public init(options: Options = Options(), expectedSize: Int = 0) {
        self.options = options
        self.modified = DOSDateTime(secondsSince1970: options.modificationTime)
        bytes.reserveCapacity(expectedSize)
    }

    /// The number of entries ended so far.
    public var entryCount: Int { entries.count }

    /// Begins an entry; its data follows through ``write(_:)`` and it ends with ``endEntry()``.
    ///
    /// - Parameters:
    ///   - name: The path inside the archive, `/`-separated; written as UTF-8 (with general
    ///     purpose bit 11 set when it is not ASCII).
    ///   - method: Stored or deflated (default).
    ///   - reservesZip64: Whether the entry may grow beyond 4 GiB − 1 bytes.
    /// - Throws: ``ZipError`` when an entry is still open, the name is unusable or zlib fails.
    public mutating func beginEntry(_ name: String, method: Method = .deflated, reservesZip64: Bool = false) throws(ZipError) {
        if let open { throw .entryStillOpen(entry: String(decoding: open.record.name, as: UTF8.self)) }
        let nameBytes = Array(name.utf8)
        guard !nameBytes.isEmpty, nameBytes.count <= 0xFFFF else { throw .invalidName(name) }
        var record = ZipRecords.Entry(
            name: nameBytes, method: method.rawValue, modified: modified,
            hasZip64LocalSizes: reservesZip64 || options.forcesZip64)
        record.localHeaderOffset = UInt64(bytes.count)
        bytes.append(contentsOf: ZipRecords.localHeader(record))
        var deflater: RawDeflater?
        if method == .deflated {
            guard let made = RawDeflater(level: options.compressionLevel) else {
                throw .compressionFailed(entry: name, code: Z_STREAM_ERROR)
            }
            deflater = made
        }
        open = OpenEntry(record: record, deflater: deflater, dataStart: bytes.count)
    }

    /// Appends a chunk of the open entry's data.
    ///
    /// - Throws: ``ZipError/noOpenEntry`` or a compression failure.
    public mutating func write(_ chunk: [UInt8]) throws(ZipError) {
        guard var entry = open else { throw .noOpenEntry }
        open = nil
        entry.crc.update(chunk)
        entry.record.uncompressedSize += UInt64(chunk.count)
        if let deflater = entry.deflater {
            let status = chunk.withUnsafeBytes { deflater.compress($0, finishing: false, into: &bytes) }
            guard status == Z_OK else {
                throw .compressionFailed(entry: String(decoding: entry.record.name, as: UTF8.self), code: status)
            }
        } else {
            bytes.append(contentsOf: chunk)
        }
        open = entry
    }

    /// Ends the open entry: flushes compression and fills its header's CRC-32 and sizes in.
    ///
    /// - Throws: ``ZipError/noOpenEntry``, a compression failure, or
    ///   ``ZipError/entryNeedsZip64(entry:)`` when the entry outgrew 32-bit sizes unannounced.
    public mutating func endEntry() throws(ZipError) {
        guard var entry = open else { throw .noOpenEntry }
        open = nil
        let name = String(decoding: entry.record.name, as: UTF8.self)
        if let deflater = entry.deflater {
            let status = [UInt8]().withUnsafeBytes { deflater.compress($0, finishing: true, into: &bytes) }
            guard status == Z_OK else { throw .compressionFailed(entry: name, code: status) }
        }
        entry.record.crc = entry.crc.value
        entry.record.compressedSize = UInt64(bytes.count - entry.dataStart)
        let start = Int(entry.record.localHeaderOffset)
        bytes.storeLE32(entry.record.crc, at: start + ZipRecords.localCRCOffset)
        if entry.record.hasZip64LocalSizes {
            let sizes = start + ZipRecords.localZip64SizesOffset(nameLength: entry.record.name.count)
            bytes.storeLE64(entry.record.uncompressedSize, at: sizes)
            bytes.storeLE64(entry.record.compressedSize, at: sizes + 8)
        } else {
            let limit = UInt64(ZipRecords.overflow32)
            guard entry.record.uncompressedSize < limit, entry.record.compressedSize < limit else {
                throw .entryNeedsZip64(entry: name)
            }
            bytes.storeLE32(UInt32(entry.record.compressedSize), at: start + ZipRecords.localCompressedSizeOffset)
            bytes.storeLE32(UInt32(entry.record.uncompressedSize), at: start + ZipRecords.localUncompressedSizeOffset)
        }
        entries.append(entry.record)
    }

    /// Adds a whole entry at once: ``beginEntry(_:method:reservesZip64:)``, ``write(_:)``,
    /// ``endEntry()``.
    ///
    /// - Throws: ``ZipError``.
    public mutating func addEntry(_ name: String, _ data: [UInt8], method: Method = .deflated) throws(ZipError) {
        try beginEntry(name, method: method, reservesZip64: data.count >= Int(ZipRecords.overflow32))
        try write(data)
        try endEntry()
    }

    /// Writes the central directory and end records and returns the archive's bytes.
    ///
    /// - Throws: ``ZipError/entryStillOpen(entry:)`` when an entry was not ended.
    public consuming func finish() throws(ZipError) -> [UInt8] {
        if let open { throw .entryStillOpen(entry: String(decoding: open.record.name, as: UTF8.self)) }
        let directoryOffset = UInt64(bytes.count)
        for entry in entries {
            bytes.append(contentsOf: ZipRecords.centralHeader(entry, forcesZip64: options.forcesZip64))
        }
        let directorySize = UInt64(bytes.count) - directoryOffset
        bytes.append(
            contentsOf: ZipRecords.end(
                entryCount: UInt64(entries.count), directorySize: directorySize,
                directoryOffset: directoryOffset, forcesZip64: options.forcesZip64))
        return bytes
    }
}
