#if canImport(Glibc)
import Glibc
#endif

/// The input files of a benchmark: every regular file below a directory with one of the wanted
/// extensions, in name order, read into memory before any clock starts.
struct BenchFiles {
    /// Paths and contents, in name order.
    var files: [(path: String, bytes: [UInt8])] = []

    /// Total size in bytes.
    var byteCount: Int { files.reduce(0) { $0 + $1.bytes.count } }

    /// Reads the files below each of `roots` whose name ends with one of `suffixes` (all files when
    /// `suffixes` is empty), at most `limit` of them (0: no limit).
    init(roots: [String], suffixes: [String], limit: Int) throws {
        var paths: [String] = []
        for root in roots { paths += try Self.list(root) }
        paths = paths.filter { path in suffixes.isEmpty || suffixes.contains { path.lowercased().hasSuffix($0) } }
        paths.sort()
        if limit > 0 { paths = Array(paths.prefix(limit)) }
        for path in paths { files.append((path, try Self.read(path))) }
    }

    /// Every regular file below `root` (or `root` itself when it is a file).
    static func list(_ root: String) throws -> [String] {
        guard let directory = opendir(root) else { return [root] }
        defer { closedir(directory) }
        var result: [String] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name == "." || name == ".." { continue }
            let path = root.hasSuffix("/") ? root + name : root + "/" + name
            var info = stat()
            guard stat(path, &info) == 0 else { continue }
            if (info.st_mode & S_IFMT) == S_IFDIR {
                result += try list(path)
            } else if (info.st_mode & S_IFMT) == S_IFREG {
                result.append(path)
            }
        }
        return result
    }

    /// The whole file.
    static func read(_ path: String) throws -> [UInt8] {
        guard let file = fopen(path, "rb") else { throw BenchError("cannot open \(path)") }
        defer { fclose(file) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { fread($0.baseAddress, 1, $0.count, file) }
            if count <= 0 { break }
            bytes += chunk[0..<count]
        }
        return bytes
    }
}

/// A benchmark that cannot run.
struct BenchError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
