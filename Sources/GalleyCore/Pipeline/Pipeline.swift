/// An ordered list of passes, run as a fold over the document.
///
/// Each pass is timed (when the context has a clock) and any error it throws that is not
/// already a ``GalleyError`` becomes one of kind `.pass` naming it.
public struct Pipeline: Sendable {
    public var passes: [any Pass]

    public init(_ passes: [any Pass] = []) {
        self.passes = passes
    }

    /// Runs every pass in order.
    ///
    /// - Throws: A ``GalleyError`` of kind `.pass` naming the pass that failed.
    public func run(_ document: Document, context: inout ConversionContext) throws -> Document {
        var document = document
        for pass in passes {
            let start = context.monotonicNanoseconds?()
            do {
                document = try pass.run(document, context: &context)
            } catch let error as GalleyError {
                throw error
            } catch {
                throw GalleyError(
                    .pass, code: "pass.failed", message: "pass '\(pass.displayName)' failed: \(error)",
                    source: context.sourceName)
            }
            if let start, let end = context.monotonicNanoseconds?() {
                context.passTimings.append(
                    PassTiming(name: pass.displayName, nanoseconds: end &- start))
            }
        }
        return document
    }
}
