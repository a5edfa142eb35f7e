// RFC 2047 encoded-words for header text that is not plain ASCII:
// https://www.rfc-editor.org/rfc/rfc2047

/// Builds `=?utf-8?B?…?=` encoded-words.
///
/// Text is split between characters (never inside one) into words of at most ``maximumLength``
/// characters; each word carries its own spaces, so a decoder that joins adjacent encoded-words
/// (dropping the folding whitespace between them) restores the text exactly.
enum EncodedWord {
    /// The longest encoded-word Galley writes. RFC 2047 allows 75; 60 leaves room for a field
    /// name such as `Subject: ` on the first line within the 78-character line limit.
    static let maximumLength = 60
    static let prefix = "=?utf-8?B?"
    static let suffix = "?="

    /// The encoded-words for `text`, in order.
    static func encode(_ text: String) -> [String] {
        // Base64 turns every 3 bytes into 4 characters.
        let maximumBytes = (maximumLength - prefix.utf8.count - suffix.utf8.count) / 4 * 3
        var words: [String] = []
        var chunk: [UInt8] = []
        // Where the chunk could end after a space: decoders that (against RFC 2047) keep the
        // folding whitespace between encoded-words then add it between words, not inside one.
        var lastSpaceEnd = 0
        for character in text {
            let bytes = Array(String(character).utf8)
            let pieces = bytes.count > maximumBytes ? String(character).unicodeScalars.map { Array(String($0).utf8) } : [bytes]
            for piece in pieces {
                if chunk.count + piece.count > maximumBytes, !chunk.isEmpty {
                    let fitsAfterSpace = lastSpaceEnd > 0 && chunk.count - lastSpaceEnd + piece.count <= maximumBytes
                    let end = fitsAfterSpace ? lastSpaceEnd : chunk.count
                    words.append(word(Array(chunk[..<end])))
                    chunk = Array(chunk[end...])
                    lastSpaceEnd = 0
                }
                chunk += piece
                if piece == [0x20] { lastSpaceEnd = chunk.count }
            }
        }
        if !chunk.isEmpty { words.append(word(chunk)) }
        return words
    }

    static func word(_ bytes: [UInt8]) -> String {
        prefix + Base64.encode(bytes) + suffix
    }

    /// Whether `text` can appear in a header as it is: printable ASCII and spaces only, no word
    /// that looks like an encoded-word, and no word too long to fold.
    static func isPlain(_ text: String) -> Bool {
        guard text.utf8.allSatisfy({ (0x20...0x7E).contains($0) }) else { return false }
        return !text.contains("=?") && !text.split(separator: " ").contains { $0.utf8.count > 70 }
    }
}
