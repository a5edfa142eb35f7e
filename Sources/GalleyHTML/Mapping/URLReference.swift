/// A URI reference split into its five components, and RFC 3986 reference resolution.
///
/// https://www.rfc-editor.org/rfc/rfc3986#section-5.2 — implemented on strings, without
/// normalisation beyond what §5.2 asks (dot segments), so that URLs come out as pages wrote them.
public struct URLReference: Sendable, Hashable {
    /// The scheme without its colon (`https`), or `nil` for a relative reference.
    public var scheme: String?
    /// The authority without its `//`, or `nil` when there is none (`mailto:x`, `/path`).
    public var authority: String?
    /// The path, possibly empty.
    public var path: String
    /// The query without its `?`, or `nil` when there is none.
    public var query: String?
    /// The fragment without its `#`, or `nil` when there is none.
    public var fragment: String?

    /// Splits `text` by the regular expression of RFC 3986 appendix B (on UTF-8 bytes).
    public init(_ text: String) {
        let bytes = Array(text.utf8)
        let schemeEnd = bytes.withUnsafeBufferPointer(Self.schemeLength)
        func string(_ range: Range<Int>) -> String { String(decoding: bytes[range], as: UTF8.self) }
        var position = 0
        if schemeEnd > 0 {
            scheme = string(0..<schemeEnd)
            position = schemeEnd + 1
        }
        if position + 1 < bytes.count, bytes[position] == 0x2F, bytes[position + 1] == 0x2F {
            var end = position + 2
            while end < bytes.count, bytes[end] != 0x2F, bytes[end] != 0x3F, bytes[end] != 0x23 { end += 1 }
            authority = string((position + 2)..<end)
            position = end
        }
        var pathEnd = position
        while pathEnd < bytes.count, bytes[pathEnd] != 0x3F, bytes[pathEnd] != 0x23 { pathEnd += 1 }
        path = string(position..<pathEnd)
        position = pathEnd
        if position < bytes.count, bytes[position] == 0x3F {
            var end = position + 1
            while end < bytes.count, bytes[end] != 0x23 { end += 1 }
            query = string((position + 1)..<end)
            position = end
        }
        if position < bytes.count, bytes[position] == 0x23 {
            fragment = string((position + 1)..<bytes.count)
        }
    }

    /// The length of the scheme that starts `bytes` (before its colon), or 0 when there is none.
    /// scheme: ALPHA *( ALPHA / DIGIT / "+" / "-" / "." ) followed by ":"
    static func schemeLength(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x3A { return index }
            let isLetter = (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A
            let isOther = (byte >= 0x30 && byte <= 0x39) || byte == 0x2B || byte == 0x2D || byte == 0x2E
            if !(isLetter || (index > 0 && isOther)) { return 0 }
            index += 1
        }
        return 0
    }

    /// The scheme of `text` (as written), or `nil` for a relative reference; only its start is read.
    static func scheme(of text: String) -> String? {
        var text = text
        return text.withUTF8 { bytes in
            let length = schemeLength(bytes)
            return length > 0 ? String(decoding: UnsafeBufferPointer(rebasing: bytes[..<length]), as: UTF8.self) : nil
        }
    }

    /// Creates a reference from its components.
    public init(scheme: String?, authority: String?, path: String, query: String?, fragment: String?) {
        self.scheme = scheme
        self.authority = authority
        self.path = path
        self.query = query
        self.fragment = fragment
    }

    /// The reference written out again (RFC 3986 §5.3).
    public var text: String {
        var result = ""
        if let scheme { result += scheme + ":" }
        if let authority { result += "//" + authority }
        result += path
        if let query { result += "?" + query }
        if let fragment { result += "#" + fragment }
        return result
    }

    /// This reference resolved against `base` (RFC 3986 §5.2.2, strict).
    public func resolved(against base: URLReference) -> URLReference {
        if let scheme {
            return URLReference(scheme: scheme, authority: authority, path: Self.removingDotSegments(path),
                                query: query, fragment: fragment)
        }
        if authority != nil {
            return URLReference(scheme: base.scheme, authority: authority, path: Self.removingDotSegments(path),
                                query: query, fragment: fragment)
        }
        if path.isEmpty {
            return URLReference(scheme: base.scheme, authority: base.authority, path: base.path,
                                query: query ?? base.query, fragment: fragment)
        }
        let merged: String
        if path.hasPrefix("/") {
            merged = path
        } else if base.authority != nil, base.path.isEmpty {
            merged = "/" + path
        } else if let slash = base.path.utf8.lastIndex(of: 0x2F) {
            merged = String(base.path[...slash]) + path
        } else {
            merged = path
        }
        return URLReference(scheme: base.scheme, authority: base.authority, path: Self.removingDotSegments(merged),
                            query: query, fragment: fragment)
    }

    /// RFC 3986 §5.2.4 "remove_dot_segments".
    static func removingDotSegments(_ path: String) -> String {
        var path = path
        guard path.withUTF8(hasDotSegment) else { return path }
        if let removed = path.withUTF8(removingDotSegments(printableASCII:)) { return removed }
        var input = Substring(path)
        var output: [Substring] = []
        while !input.isEmpty {
            if input.hasPrefix("../") {
                input = input.dropFirst(3)
            } else if input.hasPrefix("./") {
                input = input.dropFirst(2)
            } else if input.hasPrefix("/./") {
                input = input.dropFirst(2)
            } else if input == "/." {
                input = "/"
            } else if input.hasPrefix("/../") {
                input = input.dropFirst(3)
                if !output.isEmpty { output.removeLast() }
            } else if input == "/.." {
                input = "/"
                if !output.isEmpty { output.removeLast() }
            } else if input == "." || input == ".." {
                input = ""
            } else {
                // Move the first segment (with its leading "/", up to the next "/") to the output.
                let start = input.startIndex
                let searchFrom = input.hasPrefix("/") ? input.index(after: start) : start
                let end = input[searchFrom...].firstIndex(of: "/") ?? input.endIndex
                output.append(input[start..<end])
                input = input[end...]
            }
        }
        return output.joined()
    }

    /// Whether `path` has a dot segment, a segment that is exactly `.` or `..`: the only
    /// segments §5.2.4 acts on, so that any other path comes out of it as it went in.
    static func hasDotSegment(_ path: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = ByteScan.firstIndex(of: 0x2E, in: path, from: 0)
        while index < path.count {
            if index == 0 || path[index - 1] == 0x2F {
                var end = index + 1
                if end < path.count, path[end] == 0x2E { end += 1 }
                if end == path.count || path[end] == 0x2F { return true }
            }
            index = ByteScan.firstIndex(of: 0x2E, in: path, from: index + 1)
        }
        return false
    }

    /// The steps of ``removingDotSegments(_:)`` on the bytes of a path of printable ASCII, where
    /// each character is one byte (so no byte test can differ from the string's); `nil` for any
    /// other path, which takes the string route.
    private static func removingDotSegments(printableASCII path: UnsafeBufferPointer<UInt8>) -> String? {
        guard !path.contains(where: { $0 < 0x20 || $0 >= 0x7F }) else { return nil }
        var input = Array(path)
        var position = 0
        var output: [UInt8] = []
        output.reserveCapacity(input.count)
        // Where each segment moved to the output starts, to take the last one back.
        var segmentStarts: [Int] = []
        func rest(is text: StaticString) -> Bool {
            input.count - position == text.utf8CodeUnitCount && restStarts(with: text)
        }
        func restStarts(with text: StaticString) -> Bool {
            input.withUnsafeBufferPointer { ASCIISearch.hasPrefix(UnsafeBufferPointer(rebasing: $0[position...]), exactly: text) }
        }
        func removeLastSegment() {
            if let start = segmentStarts.popLast() { output.removeSubrange(start...) }
        }
        while position < input.count {
            if restStarts(with: "../") {
                position += 3
            } else if restStarts(with: "./") {
                position += 2
            } else if restStarts(with: "/./") {
                position += 2
            } else if rest(is: "/.") {
                input = [0x2F]
                position = 0
            } else if restStarts(with: "/../") {
                position += 3
                removeLastSegment()
            } else if rest(is: "/..") {
                input = [0x2F]
                position = 0
                removeLastSegment()
            } else if rest(is: ".") || rest(is: "..") {
                position = input.count
            } else {
                // Move the first segment (with its leading "/", up to the next "/") to the output.
                let start = position
                var end = input[start] == 0x2F ? start + 1 : start
                while end < input.count, input[end] != 0x2F { end += 1 }
                segmentStarts.append(output.count)
                output.append(contentsOf: input[start..<end])
                position = end
            }
        }
        return String(decoding: output, as: UTF8.self)
    }
}

/// Resolves the URLs a page links to against its base.
struct URLResolver: Sendable {
    /// The base, or `nil` when relative URLs stay as written.
    let base: URLReference?
    /// The base's scheme and colon (`https:`), put before a scheme-relative reference (`//host/x`).
    private let schemePrefix: String
    /// The base's scheme and authority (`https://host`), put before a path-absolute reference.
    private let originPrefix: String
    /// The base up to the last slash of its path (`https://host/dir/`), put before a
    /// path-relative reference; `nil` when that part of the path has a dot segment.
    private let directoryPrefix: String?
    /// The base without its query and fragment, put before a reference that starts with `?`.
    private let pathPrefix: String
    /// The base without its fragment, put before a reference that starts with `#`.
    private let documentPrefix: String

    init(base: String?) {
        if let base, let cleaned = Self.cleaned(base), let scheme = URLReference(cleaned).scheme {
            let reference = URLReference(cleaned)
            self.base = reference
            schemePrefix = scheme + ":"
            originPrefix = schemePrefix + (reference.authority.map { "//" + $0 } ?? "")
            pathPrefix = originPrefix + reference.path
            documentPrefix = pathPrefix + (reference.query.map { "?" + $0 } ?? "")
            // The part of the base's path a path-relative reference is merged with (§5.2.3).
            var directory: String
            if reference.authority != nil, reference.path.isEmpty {
                directory = "/"
            } else if let slash = reference.path.utf8.lastIndex(of: 0x2F) {
                directory = String(reference.path[...slash])
            } else {
                directory = ""
            }
            let hasDotSegment = directory.withUTF8(URLReference.hasDotSegment)
            directoryPrefix = hasDotSegment ? nil : originPrefix + directory
        } else {
            self.base = nil
            schemePrefix = ""
            originPrefix = ""
            directoryPrefix = nil
            pathPrefix = ""
            documentPrefix = ""
        }
    }

    /// What a link or image should point to: `nil` for `javascript:` and empty values; other
    /// schemes (`mailto:`, `tel:`, `data:`) stay as written; relative references are resolved.
    func resolve(_ raw: String) -> String? {
        guard let cleaned = Self.cleaned(raw) else { return nil }
        if Self.resolvesToItself(cleaned) { return cleaned }
        // Most relative references are the base's text joined to the reference's: no splitting.
        if base != nil, let joined = joinedToBase(cleaned) { return joined }
        if let scheme = URLReference.scheme(of: cleaned)?.lowercased() {
            if scheme == "javascript" || scheme == "vbscript" { return nil }
            if scheme != "http" && scheme != "https" { return cleaned }
        }
        guard let base else { return cleaned }
        return URLReference(cleaned).resolved(against: base).text
    }

    /// A relative reference whose path has no dot segment, resolved by putting a part of the
    /// base before it: what ``URLReference/resolved(against:)`` makes of it, without splitting
    /// either. `nil` for a reference with a scheme or a dot segment, which take the full route.
    private func joinedToBase(_ reference: String) -> String? {
        var reference = reference
        let prefix: String? = reference.withUTF8 { bytes in
            guard let first = bytes.first else { return nil }
            if first == 0x23 { return documentPrefix }
            if first == 0x3F { return pathPrefix }
            var pathEnd = 0
            while pathEnd < bytes.count, bytes[pathEnd] != 0x3F, bytes[pathEnd] != 0x23 { pathEnd += 1 }
            guard !URLReference.hasDotSegment(UnsafeBufferPointer(rebasing: bytes[..<pathEnd])) else { return nil }
            if first == 0x2F { return bytes.count > 1 && bytes[1] == 0x2F ? schemePrefix : originPrefix }
            return URLReference.schemeLength(bytes) == 0 ? directoryPrefix : nil
        }
        return prefix.map { $0 + reference }
    }

    /// Whether `url` is an absolute `http:` or `https:` URL whose path has no dot segments, which
    /// resolution leaves exactly as written (the common case, decided without splitting it).
    static func resolvesToItself(_ url: String) -> Bool {
        var url = url
        return url.withUTF8 { bytes in
            let prefixLength: Int
            if ASCIISearch.hasPrefix(bytes, exactly: "https://") {
                prefixLength = 8
            } else if ASCIISearch.hasPrefix(bytes, exactly: "http://") {
                prefixLength = 7
            } else {
                return false
            }
            // A dot segment starts with "/." before the query or fragment: from slash to slash.
            var index = prefixLength
            while true {
                index = ByteScan.firstIndex(of: 0x2F, 0x3F, 0x23, in: bytes, from: index)
                guard index < bytes.count, bytes[index] == 0x2F else { return true }
                if index + 1 < bytes.count, bytes[index + 1] == 0x2E { return false }
                index += 1
            }
        }
    }

    /// `raw` without surrounding whitespace and without tabs and line breaks inside (as the
    /// WHATWG URL parser strips them); `nil` when nothing is left.
    static func cleaned(_ raw: String) -> String? {
        var raw = raw
        let hasControlOrSpace = raw.withUTF8 { ByteScan.containsByte(below: 0x21, in: $0) }
        guard hasControlOrSpace else { return raw.isEmpty ? nil : raw }
        var kept: [UInt8] = []
        raw.withUTF8 { bytes in
            kept.reserveCapacity(bytes.count)
            for byte in bytes where byte != 0x09 && byte != 0x0A && byte != 0x0D { kept.append(byte) }
        }
        while let last = kept.last, last <= 0x20 { kept.removeLast() }
        let start = kept.firstIndex(where: { $0 > 0x20 }) ?? kept.count
        guard start < kept.count else { return nil }
        return String(decoding: kept[start...], as: UTF8.self)
    }
}
