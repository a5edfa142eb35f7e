import GalleyCore
import GalleyHTML

/// Turns a link target from the document into an `href` that works inside the publication.
///
/// An EPUB must stand on its own: a `#fragment` link must name an id that exists, and relative
/// links have nothing to point at once the page is gone. So:
/// - `#id` becomes `chapter-N.xhtml#new-id` (or `#new-id` in the same file) when some element had
///   that id, and no link at all otherwise;
/// - `http`, `https` and `mailto` links stay, percent-encoded where the URL has characters that
///   URLs may not contain;
/// - protocol-relative (`//host/x`) links get `https:`;
/// - relative and site-relative links (`/foo`, `foo.html`) are resolved against the document's
///   URL when it is an `http(s)` URL, and dropped otherwise;
/// - every other scheme (`javascript:`, `data:`, `file:`, …) is dropped.
///
/// A dropped link keeps its text; the writer renders it as a `span`.
struct LinkResolver {
    /// The document's own URL, when it is absolute `http(s)`.
    var base: URLReference?
    /// The first new id for each original id.
    var idForOriginal: [String: String]
    /// The file each new id lives in.
    var fileOfID: [String: String]

    /// Schemes a reading system can follow without the publication containing the target.
    static let keptSchemes: Set<String> = ["http", "https", "mailto"]

    /// The `href` for `url` in a document named `file`, or `nil` when the link must go.
    func href(for url: String, from file: String) -> String? {
        let trimmed = url.trimmingWhitespace()
        guard !trimmed.isEmpty else { return nil }
        if trimmed.hasPrefix("#") { return fragmentHref(String(trimmed.dropFirst()), from: file) }
        if let scheme = Self.scheme(of: trimmed) {
            guard Self.keptSchemes.contains(scheme) else { return nil }
            let encoded = Self.percentEncoded(trimmed)
            guard scheme == "mailto" || Self.hasHost(encoded) else { return nil }
            return encoded
        }
        if trimmed.hasPrefix("//") {
            let encoded = Self.percentEncoded("https:" + trimmed)
            return Self.hasHost(encoded) ? encoded : nil
        }
        guard let base else { return nil }
        let absolute = URLReference(Self.percentEncoded(trimmed)).resolved(against: base).text
        guard let scheme = Self.scheme(of: absolute), scheme == "http" || scheme == "https", Self.hasHost(absolute)
        else { return nil }
        return absolute
    }

    private func fragmentHref(_ fragment: String, from file: String) -> String? {
        let decoded = fragment.removingPercentEncodingSafely()
        guard let id = idForOriginal[fragment] ?? idForOriginal[decoded], let target = fileOfID[id] else { return nil }
        return target == file ? "#" + id : target + "#" + id
    }

    /// The lower-cased scheme of `url`, when it starts with one (RFC 3986 section 3.1).
    static func scheme(of url: String) -> String? {
        var scheme = ""
        for (index, byte) in url.utf8.enumerated() {
            switch byte {
            case UInt8(ascii: ":"): return index > 0 ? scheme.lowercased() : nil
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"):
                scheme.unicodeScalars.append(Unicode.Scalar(byte))
            case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "."):
                guard index > 0 else { return nil }
                scheme.unicodeScalars.append(Unicode.Scalar(byte))
            default: return nil
            }
        }
        return nil
    }

    /// Whether an `http(s)` URL names a plausible host: letters, digits, `-` and `.` only
    /// (`https:/x`, `https://` and hosts with spaces or markup do not; epubcheck warns about them).
    /// The host is the authority without `userinfo@` and `:port`; a port must be digits.
    static func hasHost(_ url: String) -> Bool {
        let reference = URLReference(url)
        if reference.scheme?.lowercased() == "mailto" { return true }
        guard var host = reference.authority?.utf8[...] else { return false }
        if let at = host.lastIndex(of: UInt8(ascii: "@")) { host = host[host.index(after: at)...] }
        if let colon = host.firstIndex(of: UInt8(ascii: ":")) {
            guard host[host.index(after: colon)...].allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return false }
            host = host[..<colon]
        }
        return !host.isEmpty && host.allSatisfy { byte in
            (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
                || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".")
        }
    }

    /// `url` with every byte that may not appear in a URI (RFC 3986 section 2) percent-encoded;
    /// `%` stays only before two hex digits, and only the first `#` starts the fragment.
    static func percentEncoded(_ url: String) -> String {
        let bytes = Array(url.utf8)
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var seenHash = false
        let hex = Array("0123456789ABCDEF".utf8)
        func isHex(_ byte: UInt8) -> Bool {
            (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x46) || (byte >= 0x61 && byte <= 0x66)
        }
        for (index, byte) in bytes.enumerated() {
            var keeps: Bool
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"):
                keeps = true
            case UInt8(ascii: "%"):
                keeps = index + 2 < bytes.count && isHex(bytes[index + 1]) && isHex(bytes[index + 2])
            case UInt8(ascii: "#"):
                keeps = !seenHash
                seenHash = true
            default:
                keeps = Array("-._~:/?@!$&'()*+,;=".utf8).contains(byte)
            }
            if keeps {
                output.append(byte)
            } else {
                output.append(UInt8(ascii: "%"))
                output.append(hex[Int(byte >> 4)])
                output.append(hex[Int(byte & 0x0F)])
            }
        }
        return String(decoding: output, as: UTF8.self)
    }
}
