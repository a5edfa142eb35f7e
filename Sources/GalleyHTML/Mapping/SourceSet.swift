/// The candidates of a `srcset` attribute and the choice of the best one.
///
/// Parsing follows https://html.spec.whatwg.org/multipage/images.html#parsing-a-srcset-attribute
/// closely enough for real pages: URLs may contain commas (`w_100,h_80`), a URL ending in a comma
/// has no descriptors, and descriptors end at a comma outside parentheses.
struct SourceSet: Sendable, Hashable {
    struct Candidate: Sendable, Hashable {
        var url: String
        /// The `w` descriptor, when given.
        var width: Int?
        /// The `x` descriptor (1 when neither `w` nor `x` is given).
        var density: Double
    }

    var candidates: [Candidate] = []

    init(_ attribute: String) {
        let bytes = Array(attribute.utf8)
        var index = 0
        while index < bytes.count {
            while index < bytes.count, HTMLEncoding.isASCIIWhitespace(bytes[index]) || bytes[index] == 0x2C { index += 1 }
            guard index < bytes.count else { break }
            let urlStart = index
            while index < bytes.count, !HTMLEncoding.isASCIIWhitespace(bytes[index]) { index += 1 }
            var urlEnd = index
            var hasDescriptors = true
            if bytes[urlEnd - 1] == 0x2C {
                while urlEnd > urlStart, bytes[urlEnd - 1] == 0x2C { urlEnd -= 1 }
                hasDescriptors = false
            }
            var candidate = Candidate(url: String(decoding: bytes[urlStart..<urlEnd], as: UTF8.self), width: nil, density: 1)
            if hasDescriptors {
                var depth = 0
                let descriptorStart = index
                while index < bytes.count {
                    let byte = bytes[index]
                    if byte == 0x28 { depth += 1 } else if byte == 0x29 { depth = max(0, depth - 1) }
                    if byte == 0x2C, depth == 0 { break }
                    index += 1
                }
                for token in bytes[descriptorStart..<index].split(whereSeparator: HTMLEncoding.isASCIIWhitespace) {
                    guard let unit = token.last else { continue }
                    let number = String(decoding: token.dropLast(), as: UTF8.self)
                    if unit == 0x77 || unit == 0x57, let width = Int(number), width > 0 {
                        candidate.width = width
                    } else if unit == 0x78 || unit == 0x58, let density = Double(number), density > 0 {
                        candidate.density = density
                    }
                }
            }
            if urlEnd > urlStart { candidates.append(candidate) }
        }
    }

    /// The largest candidate: the widest when any has a `w` descriptor, else the densest; the
    /// first of equals.
    var best: Candidate? {
        var best: Candidate?
        for candidate in candidates {
            guard let current = best else {
                best = candidate
                continue
            }
            if let width = candidate.width {
                if width > (current.width ?? 0) { best = candidate }
            } else if current.width == nil, candidate.density > current.density {
                best = candidate
            }
        }
        return best
    }
}
