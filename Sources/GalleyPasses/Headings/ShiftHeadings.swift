// The `heading-shift=N` pass.

import GalleyCore

/// Shifts every heading's level by N (negative raises them), clamping to 1…6.
///
/// Levels that would fall below 1 become 1 and levels above 6 become 6; headings are never
/// turned into paragraphs, so a document keeps its outline even when levels merge.
public struct ShiftHeadings: Pass {
    /// `heading-shift`.
    public static let name = "heading-shift"

    /// How far to shift.
    public struct Options: Sendable, Hashable, Codable {
        /// Levels to add (−5…5). Default 1.
        public var offset = 1

        /// The defaults.
        public init() {}
    }

    /// The pass's options.
    public var options: Options

    /// Creates the pass.
    public init(options: Options = Options()) {
        self.options = options
    }

    /// Shifts the headings.
    public func run(_ document: Document, context: inout ConversionContext) throws -> Document {
        guard options.offset != 0 else { return document }
        return document.rewritingBlocks { block in
            guard case .heading(var heading) = block else { return nil }
            heading.level = min(max(heading.level + options.offset, 1), 6)
            return [.heading(heading)]
        }
    }

    /// The registry entry: `heading-shift=N`.
    public static let descriptor = PassDescriptor(
        name: name, summary: "Shift heading levels by N (negative allowed), clamped to 1-6.", argument: "N"
    ) { argument, _ in
        var options = Options()
        guard let argument, !argument.isEmpty else { return ShiftHeadings(options: options) }
        guard let offset = Int(argument), (-5...5).contains(offset) else {
            throw GalleyError(
                .usage, code: "heading-shift.invalid-argument",
                message: "heading-shift takes a whole number from -5 to 5, not '\(argument)'",
                hint: "write --pass heading-shift=1")
        }
        options.offset = offset
        return ShiftHeadings(options: options)
    }
}
