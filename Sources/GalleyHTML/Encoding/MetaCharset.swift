/// "Extracting a character encoding from a meta element": the label after `charset=` in a
/// `content` attribute (or a `Content-Type` header value).
///
/// https://html.spec.whatwg.org/multipage/urls-and-fetching.html#algorithm-for-extracting-a-character-encoding-from-a-meta-element
enum MetaCharset {
    /// The label, unresolved (the caller gets an encoding from it), or `nil` when there is none.
    static func encodingLabel(inContent content: [UInt8]) -> String? {
        let pattern = Array("charset".utf8)
        var position = 0
        while position + pattern.count <= content.count {
            // Loop: find "charset" (ASCII case-insensitively) at or after `position`.
            var found = -1
            var index = position
            while index + pattern.count <= content.count {
                var matched = true
                for offset in 0..<pattern.count where HTMLEncoding.lowercased(content[index + offset]) != pattern[offset] {
                    matched = false
                    break
                }
                if matched {
                    found = index
                    break
                }
                index += 1
            }
            guard found >= 0 else { return nil }
            var cursor = found + pattern.count
            while cursor < content.count, HTMLEncoding.isASCIIWhitespace(content[cursor]) { cursor += 1 }
            guard cursor < content.count, content[cursor] == 0x3D else {
                position = cursor
                continue
            }
            cursor += 1
            while cursor < content.count, HTMLEncoding.isASCIIWhitespace(content[cursor]) { cursor += 1 }
            guard cursor < content.count else { return nil }
            let first = content[cursor]
            if first == 0x22 || first == 0x27 {
                guard let close = content[(cursor + 1)...].firstIndex(of: first) else { return nil }
                return EncodingPrescan.string(Array(content[(cursor + 1)..<close]))
            }
            var stop = cursor
            while stop < content.count, !HTMLEncoding.isASCIIWhitespace(content[stop]), content[stop] != 0x3B {
                stop += 1
            }
            return EncodingPrescan.string(Array(content[cursor..<stop]))
        }
        return nil
    }
}
