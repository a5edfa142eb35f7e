import Foundation
import GalleyZip
import Testing
import TestSupport

/// One archive to write and read back.
struct ZipCase: CustomTestStringConvertible, Sendable {
    var label: String
    var entries: [(name: String, data: [UInt8], method: ZipWriter.Method)]
    var options = ZipWriter.Options(modificationTime: 1_617_840_000)
    var testDescription: String { label }

    static func pseudoRandom(_ count: Int, seed: UInt64) -> [UInt8] {
        var random = SeededRandom(seed: seed)
        return (0..<count).map { _ in UInt8(truncatingIfNeeded: random.next()) }
    }

    static let prose = Array(String(repeating: "The strategic dialogue covered security. ", count: 500).utf8)

    static let all: [ZipCase] = [
        ZipCase(label: "empty archive", entries: []),
        ZipCase(label: "one stored entry", entries: [("mimetype", Array("application/epub+zip".utf8), .stored)]),
        ZipCase(label: "empty entries", entries: [("a.txt", [], .deflated), ("b.txt", [], .stored)]),
        ZipCase(label: "text deflated", entries: [("OEBPS/text.xhtml", prose, .deflated)]),
        ZipCase(label: "incompressible", entries: [("noise.bin", pseudoRandom(200_000, seed: 7), .deflated)]),
        ZipCase(
            label: "UTF-8 names",
            entries: [("Straße/北京 😀.txt", Array("ü".utf8), .deflated), ("plain.txt", [1, 2, 3], .stored)]),
        ZipCase(
            label: "forced ZIP64", entries: [("a", prose, .deflated), ("b", [0, 1], .stored)],
            options: ZipWriter.Options(modificationTime: 0, forcesZip64: true)),
        ZipCase(
            label: "level 0", entries: [("a", prose, .deflated)],
            options: ZipWriter.Options(modificationTime: 1, compressionLevel: 0)),
    ]

    func write() throws -> [UInt8] {
        var zip = ZipWriter(options: options)
        for entry in entries { try zip.addEntry(entry.name, entry.data, method: entry.method) }
        return try zip.finish()
    }
}

@Suite("ZipWriter")
struct ZipWriterTests {
    @Test("writes archives the test reader reads back byte for byte", arguments: ZipCase.all)
    func readsBack(_ zipCase: ZipCase) throws {
        let archive = try zipCase.write()
        let reader = try ZipTestReader(archive)
        #expect(reader.entries.map(\.name) == zipCase.entries.map(\.name))
        for (read, written) in zip(reader.entries, zipCase.entries) {
            #expect(read.data == written.data, "\(read.name)")
            #expect(read.method == written.method.rawValue)
            #expect(read.localExtraLength == (zipCase.options.forcesZip64 ? 20 : 0))
            let isASCII = written.name.utf8.allSatisfy { $0 < 0x80 }
            #expect((read.flags & 0x800 != 0) == !isASCII, "bit 11 for \(read.name)")
            #expect(read.flags & 0x8 == 0, "no data descriptors")
        }
        #expect(reader.usesZip64End == zipCase.options.forcesZip64)
    }

    @Test("unzip -t and python3 -m zipfile -t accept the archives", arguments: ZipCase.all)
    func externalReaders(_ zipCase: ZipCase) throws {
        let archive = try zipCase.write()
        try ZipTools.check(archive, label: zipCase.label)
    }

    @Test("streams chunks of any size into the same bytes as one write")
    func streaming() throws {
        let data = ZipCase.prose + ZipCase.pseudoRandom(100_000, seed: 3) + ZipCase.prose
        var whole = ZipWriter()
        try whole.addEntry("x", data)
        let expected = try whole.finish()
        for chunkSize in [1, 7, 4096, 65_536, 1_000_000] {
            var streamed = ZipWriter()
            try streamed.beginEntry("x")
            var offset = 0
            while offset < data.count {
                let end = min(offset + chunkSize, data.count)
                try streamed.write(Array(data[offset..<end]))
                offset = end
            }
            try streamed.endEntry()
            let bytes = try streamed.finish()
            #expect(try ZipTestReader(bytes).entries.first?.data == data, "chunk size \(chunkSize)")
            if chunkSize >= 4096 { #expect(bytes == expected, "chunk size \(chunkSize)") }
        }
    }

    @Test("the same calls give the same bytes")
    func reproducible() throws {
        let first = try ZipCase.all[3].write()
        let second = try ZipCase.all[3].write()
        #expect(first == second)
    }

    @Test("more than 65,535 entries switch to the ZIP64 end records")
    func manyEntries() throws {
        var zip = ZipWriter(options: .init(modificationTime: 1_617_840_000), expectedSize: 6_000_000)
        let count = 65_540
        for index in 0..<count {
            try zip.addEntry("e\(index)", Array("\(index)".utf8), method: .stored)
        }
        let archive = try zip.finish()
        let reader = try ZipTestReader(archive)
        #expect(reader.usesZip64End)
        #expect(reader.entries.count == count)
        #expect(reader.entries.last?.data == Array("\(count - 1)".utf8))
        #expect(reader.entries.allSatisfy { $0.centralExtraLength == 0 }, "small entries need no ZIP64 extra")
        try ZipTools.check(archive, label: "65,540 entries")
    }

    @Test("misuse throws instead of writing a broken archive")
    func misuse() throws {
        var zip = ZipWriter()
        #expect(throws: ZipError.noOpenEntry) { try zip.write([1]) }
        #expect(throws: ZipError.noOpenEntry) { try zip.endEntry() }
        #expect(throws: ZipError.invalidName("")) { try zip.beginEntry("") }
        try zip.beginEntry("a")
        #expect(throws: ZipError.entryStillOpen(entry: "a")) { try zip.beginEntry("b") }
        #expect(throws: ZipError.entryStillOpen(entry: "a")) { try zip.finish() }
    }
}

/// The external archive checkers.
enum ZipTools {
    /// Runs `unzip -t` and `python3 -m zipfile -t` on `archive`; records an issue when one fails
    /// or is missing.
    static func check(_ archive: [UInt8], label: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let directory = try PackagePaths.temporaryDirectory("zip")
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("archive.zip")
        try Data(archive).write(to: file)
        guard ExternalTool.find("unzip") != nil else {
            Issue.record("unzip is missing: install the Debian package 'unzip'", sourceLocation: sourceLocation)
            return
        }
        guard ExternalTool.find("python3") != nil else {
            Issue.record("python3 is missing: install the Debian package 'python3'", sourceLocation: sourceLocation)
            return
        }
        let unzip = try ExternalTool.run("unzip", ["-tqq", file.path])
        // unzip exits with 1 ("zipfile is empty", a warning) for an archive without entries.
        let isEmptyWarning = unzip.status == 1 && unzip.text.contains("zipfile is empty")
        #expect(unzip.status == 0 || isEmptyWarning, "unzip -t \(label): \(unzip.text) \(unzip.standardError)", sourceLocation: sourceLocation)
        let python = try ExternalTool.run("python3", ["-m", "zipfile", "-t", file.path])
        #expect(python.status == 0, "python zipfile -t \(label): \(python.standardError)", sourceLocation: sourceLocation)
    }
}
