/// Why a ZIP archive could not be written.
public enum ZipError: Error, Sendable, Hashable, CustomStringConvertible {
    /// zlib refused to start or continue compressing; the code is zlib's return value.
    case compressionFailed(entry: String, code: Int32)
    /// An entry grew past 4 GiB − 1 bytes although it was not begun with ZIP64 sizes reserved.
    case entryNeedsZip64(entry: String)
    /// ``ZipWriter/write(_:)`` or ``ZipWriter/endEntry()`` was called with no entry open.
    case noOpenEntry
    /// ``ZipWriter/beginEntry(_:method:reservesZip64:)`` was called while another entry was open.
    case entryStillOpen(entry: String)
    /// The name is empty or longer than 65,535 UTF-8 bytes.
    case invalidName(String)

    /// One sentence saying what went wrong.
    public var description: String {
        switch self {
        case .compressionFailed(let entry, let code): return "zlib failed (code \(code)) while compressing '\(entry)'"
        case .entryNeedsZip64(let entry):
            return "entry '\(entry)' is larger than 4 GiB; begin it with reservesZip64 or use Options.forcesZip64"
        case .noOpenEntry: return "no entry is open; call beginEntry first"
        case .entryStillOpen(let entry): return "entry '\(entry)' is still open; call endEntry first"
        case .invalidName(let name): return "entry name '\(name.prefix(40))' is empty or longer than 65,535 bytes"
        }
    }
}
