#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import GalleyCore

/// The driver's file access: whole-file reads, atomic writes, and identity checks.
enum FileSystem {
    /// Reads a whole file, or standard input for `-`.
    ///
    /// - Throws: An input error naming the file and the system's reason.
    static func read(_ path: String) throws -> [UInt8] {
        let descriptor = path == "-" ? STDIN_FILENO : open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw inputError(path, errno) }
        defer { if path != "-" { close(descriptor) } }
        var info = stat()
        if fstat(descriptor, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR {
            throw GalleyError(
                .input, code: "input.is-directory", message: "is a directory", source: path,
                hint: "use galley batch to convert a directory")
        }
        var bytes: [UInt8] = []
        if info.st_size > 0 {
            // A file of known size is read straight into an array of its size and one byte more
            // (no second buffer to copy from); a short count before that byte means the end.
            let size = Int(info.st_size)
            var failure: Int32 = 0
            bytes = [UInt8](unsafeUninitializedCapacity: size + 1) { buffer, count in
                count = 0
                guard let base = buffer.baseAddress else { return }
                while count < buffer.count {
                    let read = Glibc.read(descriptor, base + count, buffer.count - count)
                    if read < 0, errno == EINTR { continue }
                    if read < 0 { failure = errno }
                    if read <= 0 { return }
                    count += read
                }
            }
            if failure != 0 { throw inputError(path, failure) }
            if bytes.count <= size { return bytes }
        }
        // Standard input, a pipe, or a file that grew while it was read: the rest in chunks.
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw inputError(path, errno)
            }
            if count == 0 { break }
            bytes.append(contentsOf: chunk[0..<count])
        }
        return bytes
    }

    static func inputError(_ path: String, _ code: Int32) -> GalleyError {
        let reason = String(cString: strerror(code))
        let hint = code == ENOENT ? "check the path" : nil
        return GalleyError(
            .input, code: "input.unreadable", message: "cannot read: \(reason)",
            source: path == "-" ? "<stdin>" : path, hint: hint)
    }

    /// Writes `bytes` to `path` atomically: a temporary file beside it, then a rename.
    ///
    /// A failed write leaves no file behind and the previous file (if any) untouched. `-` writes
    /// to standard output. With `flushing`, the data reaches the disk before the rename; a batch
    /// of many files writes without and calls ``flushAll()`` once at the end instead (a flush
    /// per file made `batch` wait on the disk for longer than it converted).
    ///
    /// - Throws: An output error naming the path and the system's reason.
    static func writeAtomically(_ bytes: [UInt8], to path: String, flushing: Bool = true) throws {
        if path == "-" {
            try writeAll(bytes, to: STDOUT_FILENO, path: "<stdout>")
            return
        }
        let directory = parentDirectory(of: path)
        let name = String(path.split(separator: "/").last ?? Substring(path))
        let temporary = "\(directory)/.\(name).galley-\(getpid())-\(UInt32.random(in: 0...UInt32.max)).tmp"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw outputError(path, errno) }
        do {
            try writeAll(bytes, to: descriptor, path: path)
            guard !flushing || fsync(descriptor) == 0 || errno == EINVAL else { throw outputError(path, errno) }
            close(descriptor)
        } catch {
            close(descriptor)
            unlink(temporary)
            throw error
        }
        guard rename(temporary, path) == 0 else {
            let code = errno
            unlink(temporary)
            throw outputError(path, code)
        }
    }

    /// Puts every file written so far on the disk (`sync(2)`): one flush for a whole batch.
    static func flushAll() {
        sync()
    }

    static func writeAll(_ bytes: [UInt8], to descriptor: Int32, path: String) throws {
        var offset = 0
        while offset < bytes.count {
            let count = bytes[offset...].withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw outputError(path, errno)
            }
            offset += count
        }
    }

    static func outputError(_ path: String, _ code: Int32) -> GalleyError {
        GalleyError(
            .output, code: "output.unwritable", message: "cannot write: \(String(cString: strerror(code)))",
            source: path, hint: code == ENOENT ? "create the directory first" : nil)
    }

    static func parentDirectory(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    /// The device and inode of an existing file, to tell whether two paths are the same file.
    static func identity(of path: String) -> (UInt64, UInt64)? {
        var info = stat()
        guard path != "-", stat(path, &info) == 0 else { return nil }
        return (UInt64(info.st_dev), UInt64(info.st_ino))
    }

    static func isDirectory(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
    }

    /// Creates `path` and its parents as needed.
    static func makeDirectories(_ path: String) throws {
        var current = path.hasPrefix("/") ? "" : "."
        for component in path.split(separator: "/") {
            current += "/" + component
            if mkdir(current, 0o755) != 0 && errno != EEXIST { throw outputError(path, errno) }
        }
        guard isDirectory(path) else { throw outputError(path, ENOTDIR) }
    }

    /// Every regular file below `root`, sorted, with paths relative to `root`.
    static func files(below root: String) throws -> [String] {
        var found: [String] = []
        var pending = [""]
        while let relative = pending.popLast() {
            let full = relative.isEmpty ? root : "\(root)/\(relative)"
            guard let directory = opendir(full) else { throw inputError(full, errno) }
            defer { closedir(directory) }
            while let entry = readdir(directory) {
                let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                    String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
                }
                if name == "." || name == ".." || name.hasPrefix(".") { continue }
                let child = relative.isEmpty ? name : "\(relative)/\(name)"
                // The entry's type when the file system gives it; a link (or no type) is followed.
                let type = entry.pointee.d_type
                let isFolder = type == UInt8(DT_DIR) || (type != UInt8(DT_REG) && isDirectory("\(root)/\(child)"))
                if isFolder { pending.append(child) } else { found.append(child) }
            }
        }
        return found.sorted()
    }

    static var isStandardErrorTerminal: Bool { isatty(STDERR_FILENO) != 0 }
}
