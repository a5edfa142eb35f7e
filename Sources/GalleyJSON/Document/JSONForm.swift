import GalleyCore

/// Names shared by the JSON form's reader and writer: the schema version and the node types.
public enum JSONForm {
    /// The schema version written in the top-level `galley` key.
    public static let version = "1.0"
    /// The major version this module reads; documents with another major version are rejected.
    public static let majorVersion = 1

    /// The `type` names of blocks, in the order of ``Block``'s cases.
    public static let blockTypes = [
        "paragraph", "heading", "blockQuote", "list", "codeBlock", "horizontalRule", "table", "figure",
        "div", "lineBlock", "rawBlock",
    ]

    /// The `type` names of inlines, in the order of ``Inline``'s cases.
    public static let inlineTypes = [
        "text", "softBreak", "lineBreak", "emphasis", "strong", "strikeout", "superscript", "subscript",
        "code", "link", "image", "span", "note", "rawInline",
    ]
}

extension Block {
    /// The block's `type` in the JSON form.
    var typeName: String {
        switch self {
        case .paragraph: return "paragraph"
        case .heading: return "heading"
        case .blockQuote: return "blockQuote"
        case .list: return "list"
        case .codeBlock: return "codeBlock"
        case .horizontalRule: return "horizontalRule"
        case .table: return "table"
        case .figure: return "figure"
        case .div: return "div"
        case .lineBlock: return "lineBlock"
        case .rawBlock: return "rawBlock"
        }
    }

    /// Whether the block holds no other nodes (written on one line).
    var isLeaf: Bool {
        switch self {
        case .horizontalRule, .rawBlock: return true
        default: return false
        }
    }
}

extension Inline {
    /// The inline's `type` in the JSON form.
    var typeName: String {
        switch self {
        case .text: return "text"
        case .softBreak: return "softBreak"
        case .lineBreak: return "lineBreak"
        case .emphasis: return "emphasis"
        case .strong: return "strong"
        case .strikeout: return "strikeout"
        case .superscript: return "superscript"
        case .subscript: return "subscript"
        case .code: return "code"
        case .link: return "link"
        case .image: return "image"
        case .span: return "span"
        case .note: return "note"
        case .rawInline: return "rawInline"
        }
    }

    /// Whether the inline holds no other nodes (written on one line).
    var isLeaf: Bool {
        switch self {
        case .text, .softBreak, .lineBreak, .code, .image, .rawInline: return true
        default: return false
        }
    }
}
