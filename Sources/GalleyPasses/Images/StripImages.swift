// The `strip-images` pass.

import GalleyCore

/// Removes images, inline and in figures.
///
/// A figure is replaced by its caption's blocks (so the caption's words survive as ordinary
/// paragraphs) and by whatever non-image content it held; set ``Options/keepsCaptions`` to
/// `false` to drop captions too. Paragraphs and links left empty disappear. `meta.image` is kept.
public struct StripImages: Pass {
    /// `strip-images`.
    public static let name = "strip-images"

    /// What happens to figures.
    public struct Options: Sendable, Hashable, Codable {
        /// Keep a figure's caption as paragraphs. Default `true`.
        public var keepsCaptions = true

        /// The defaults.
        public init() {}
    }

    /// The pass's options.
    public var options: Options

    /// Creates the pass.
    public init(options: Options = Options()) {
        self.options = options
    }

    /// Removes the images.
    public func run(_ document: Document, context: inout ConversionContext) throws -> Document {
        let withoutInlines = document.rewritingInlines { inline in
            switch inline {
            case .image: return []
            case .link(let link) where link.content.isEmpty: return []
            default: return nil
            }
        }
        return withoutInlines.rewritingBlocks { block in
            switch block {
            case .figure(let figure):
                return figure.content + (options.keepsCaptions ? figure.caption : [])
            case .paragraph(let content) where content.allSatisfy(Self.isBlank):
                return []
            default:
                return nil
            }
        }
    }

    static func isBlank(_ inline: Inline) -> Bool {
        switch inline {
        case .softBreak, .lineBreak: return true
        case .text(let text): return text.utf8.allSatisfy { $0 == 0x20 || $0 == 0x0A || $0 == 0x09 }
        default: return false
        }
    }

    /// The registry entry: `strip-images`, or `strip-images=no-captions`.
    public static let descriptor = PassDescriptor(
        name: name, summary: "Remove images; figure captions stay as paragraphs.", argument: "no-captions"
    ) { argument, _ in
        var options = Options()
        switch argument {
        case nil, "": break
        case "no-captions": options.keepsCaptions = false
        case let other?:
            throw GalleyError(
                .usage, code: "strip-images.invalid-argument",
                message: "strip-images takes no argument or 'no-captions', not '\(other)'")
        }
        return StripImages(options: options)
    }
}
