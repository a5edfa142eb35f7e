// Slugs for heading ids: lower-case words joined by hyphens, unique within a document.

import GalleyCore

/// Makes unique ids ("slugs") from heading text.
///
/// Letters and digits are kept (lower-cased, any script), every run of anything else becomes one
/// `-`, and leading and trailing hyphens go. Empty slugs become `section`. A slug already taken
/// gets `-1`, `-2`, … appended, as GitHub does.
public struct HeadingSlugger: Sendable {
    private var used: Set<String>
    /// The next suffix to try for each slug already taken (keeps many duplicates linear).
    private var nextSuffix: [String: Int] = [:]

    /// Creates a slugger that avoids the ids in `taken`.
    public init(taken: Set<String> = []) {
        used = taken
    }

    /// A unique slug for `text`, remembered from now on.
    public mutating func slug(for text: String) -> String {
        let base = Self.slug(text)
        if used.insert(base).inserted { return base }
        var suffix = nextSuffix[base] ?? 1
        while !used.insert("\(base)-\(suffix)").inserted { suffix += 1 }
        nextSuffix[base] = suffix + 1
        return "\(base)-\(suffix)"
    }

    /// `text` as a slug, without the uniqueness suffix.
    public static func slug(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        var pendingHyphen = false
        for scalar in text.unicodeScalars {
            let properties = scalar.properties
            if properties.isAlphabetic || properties.numericType != nil {
                if pendingHyphen && !scalars.isEmpty { scalars.append("-") }
                pendingHyphen = false
                scalars.append(contentsOf: properties.lowercaseMapping.unicodeScalars)
            } else if properties.generalCategory == .nonspacingMark, !scalars.isEmpty, !pendingHyphen {
                scalars.append(scalar)
            } else {
                pendingHyphen = true
            }
            if scalars.count > 80 { break }
        }
        return scalars.isEmpty ? "section" : String(scalars)
    }

    /// Every id used anywhere in `document` (headings, divs, spans, code, links, images,
    /// tables and figures).
    public static func ids(in document: Document) -> Set<String> {
        var ids = Set<String>()
        document.forEachBlock { block in
            switch block {
            case .heading(let heading): ids.insert(heading.attributes.id)
            case .div(let attributes, _): ids.insert(attributes.id)
            case .codeBlock(let code): ids.insert(code.attributes.id)
            case .table(let table): ids.insert(table.attributes.id)
            case .figure(let figure): ids.insert(figure.attributes.id)
            default: break
            }
        }
        document.forEachInline { inline in
            switch inline {
            case .span(let attributes, _): ids.insert(attributes.id)
            case .link(let link): ids.insert(link.attributes.id)
            case .image(let image): ids.insert(image.attributes.id)
            default: break
            }
        }
        ids.remove("")
        return ids
    }
}
