import GalleyCore

/// What ``BlockFeatures`` counts in runs of inlines read without the general walk: links, the
/// characters inside them, and whether an image occurs.
struct InlineFacts {
    var links = 0
    var linkCharacters = 0
    var hasImage = false
    /// The lists being read, outermost first, each with where to go on; `depth` counts the
    /// links around a list, since a link's characters count once for each link around them.
    /// Kept from read to read so that its storage is reused.
    private var pending: [(list: [Inline], next: Int, depth: Int)] = []

    /// Appends the text of `content` (what `plainText` gives) to `text` in one walk, with a
    /// stack instead of recursion, and counts its links, link characters and images as the
    /// general walk does. `false` when the content holds a note, whose blocks the general walk
    /// reads; `text` and the counts are then partly filled.
    mutating func read(_ content: [Inline], into text: inout String) -> Bool {
        pending.removeAll(keepingCapacity: true)
        var list = content
        var next = 0
        var depth = 0
        while true {
            guard next < list.count else {
                guard let outer = pending.popLast() else { break }
                (list, next, depth) = outer
                continue
            }
            let inline = list[next]
            next += 1
            switch inline {
            case .text(let piece), .code(let piece):
                text += piece
                if depth > 0 { linkCharacters += depth * BlockFeatures.visibleCharacters(piece) }
            case .softBreak, .lineBreak:
                text += " "
            case .image(let image):
                hasImage = true
                text += image.alt
                if depth > 0 { linkCharacters += depth * BlockFeatures.visibleCharacters(image.alt) }
            case .rawInline:
                break
            case .note:
                return false
            case .emphasis(let children), .strong(let children), .strikeout(let children),
                .superscript(let children), .subscript(let children), .span(_, let children):
                pending.append((list, next, depth))
                (list, next) = (children, 0)
            case .link(let link):
                links += 1
                pending.append((list, next, depth))
                (list, next, depth) = (link.content, 0, depth + 1)
            }
        }
        return true
    }

    /// Adds these counts to `features`.
    func add(to features: inout BlockFeatures) {
        features.links += links
        features.linkCharacters += linkCharacters
        if hasImage { features.hasImage = true }
    }
}
