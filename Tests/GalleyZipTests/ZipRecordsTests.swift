@testable import GalleyZip
import Testing

@Suite("ZIP record layout")
struct ZipRecordsTests {
    private func u32(_ bytes: [UInt8], _ at: Int) -> UInt32 {
        (0..<4).reduce(0) { $0 | UInt32(bytes[at + $1]) << (8 * UInt32($1)) }
    }
    private func u64(_ bytes: [UInt8], _ at: Int) -> UInt64 {
        UInt64(u32(bytes, at)) | UInt64(u32(bytes, at + 4)) << 32
    }
    private func u16(_ bytes: [UInt8], _ at: Int) -> UInt16 { UInt16(bytes[at]) | UInt16(bytes[at + 1]) << 8 }

    let big = ZipRecords.Entry(
        name: Array("big.bin".utf8), method: 8, modified: .earliest, crc: 0xDEAD_BEEF,
        compressedSize: 5_000_000_000, uncompressedSize: 6_000_000_000, localHeaderOffset: 4_300_000_000,
        hasZip64LocalSizes: true)

    @Test("a local header with ZIP64 sizes carries both in its extra field")
    func localZip64() {
        let header = ZipRecords.localHeader(big)
        #expect(header.count == 30 + 7 + 20)
        #expect(u16(header, 4) == 45)
        #expect(u32(header, 18) == 0xFFFF_FFFF && u32(header, 22) == 0xFFFF_FFFF)
        #expect(u16(header, 28) == 20)
        #expect(u16(header, 37) == 1 && u16(header, 39) == 16)
        #expect(u64(header, 41) == 6_000_000_000 && u64(header, 49) == 5_000_000_000)
    }

    @Test("a central header over 4 GiB puts sizes and offset in the ZIP64 extra field, in order")
    func centralZip64() {
        let header = ZipRecords.centralHeader(big, forcesZip64: false)
        #expect(header.count == 46 + 7 + 4 + 24)
        #expect(u32(header, 20) == 0xFFFF_FFFF && u32(header, 24) == 0xFFFF_FFFF && u32(header, 42) == 0xFFFF_FFFF)
        #expect(u16(header, 30) == 28)
        #expect(u16(header, 53) == 1 && u16(header, 55) == 24)
        #expect(u64(header, 57) == 6_000_000_000)
        #expect(u64(header, 65) == 5_000_000_000)
        #expect(u64(header, 73) == 4_300_000_000)
    }

    @Test("only the overflowing field moves to the extra field")
    func partialZip64() {
        var entry = big
        entry.compressedSize = 100
        entry.uncompressedSize = 200
        let header = ZipRecords.centralHeader(entry, forcesZip64: false)
        #expect(u32(header, 20) == 100 && u32(header, 24) == 200)
        #expect(u16(header, 30) == 12)
        #expect(u64(header, 57) == 4_300_000_000)
    }

    @Test("the end records switch to ZIP64 at 65,535 entries or a 4 GiB directory", arguments: [
        (UInt64(65_534), UInt64(10), UInt64(10), false),
        (UInt64(65_535), UInt64(10), UInt64(10), true),
        (UInt64(3), UInt64(10), UInt64(0xFFFF_FFFF), true),
        (UInt64(3), UInt64(0xFFFF_FFFF), UInt64(0), true),
    ])
    func endRecords(count: UInt64, size: UInt64, offset: UInt64, isZip64: Bool) {
        let end = ZipRecords.end(entryCount: count, directorySize: size, directoryOffset: offset, forcesZip64: false)
        #expect(end.count == (isZip64 ? 56 + 20 + 22 : 22))
        if isZip64 {
            #expect(u32(end, 0) == 0x0606_4B50)
            #expect(u64(end, 24) == count && u64(end, 40) == size && u64(end, 48) == offset)
            #expect(u32(end, 56) == 0x0706_4B50 && u64(end, 64) == offset + size)
            #expect(u16(end, 76 + 10) == 0xFFFF)
        } else {
            #expect(u16(end, 10) == UInt16(count))
        }
    }

    @Test("DOS times come from epoch seconds in UTC", arguments: [
        (Int64(0), UInt16(0), UInt16(0x21)),  // before 1980: 1980-01-01 00:00:00
        (Int64(315_532_800), UInt16(0), UInt16(0x21)),  // 1980-01-01 00:00:00
        (Int64(1_617_840_000), UInt16(0), UInt16(41 << 9 | 4 << 5 | 8)),  // 2021-04-08 00:00:00
        (Int64(1_617_883_201), UInt16(12 << 11 | 0 << 5 | 0), UInt16(41 << 9 | 4 << 5 | 8)),  // 12:00:01
        (Int64(951_782_400 + 86_399), UInt16(23 << 11 | 59 << 5 | 29), UInt16(20 << 9 | 2 << 5 | 29)),  // 2000-02-29 23:59:59
        (Int64(5_000_000_000), UInt16(23 << 11 | 59 << 5 | 29), UInt16(127 << 9 | 12 << 5 | 31)),  // after 2107
        (Int64(-1), UInt16(0), UInt16(0x21)),
    ])
    func dosTimes(seconds: Int64, time: UInt16, date: UInt16) {
        let value = DOSDateTime(secondsSince1970: seconds)
        #expect(value.time == time)
        #expect(value.date == date)
    }
}
