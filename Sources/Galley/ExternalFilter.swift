import GalleyCore
import GalleyJSON

/// A pass that runs an external program on the JSON form.
///
/// The program gets the document as the JSON form on standard input and the target format's
/// name as its first argument; it prints the (changed) document as the JSON form on standard
/// output. Anything it writes to standard error is shown when it fails. The program runs
/// through ``ConversionContext/runProcess``, which the driver provides.
public struct ExternalFilter: Pass {
    public static let name = "filter"
    /// The program to run: a path, or a name looked up on `PATH`.
    public var executable: String
    /// Seconds before the program is killed.
    public var timeLimit: Double

    public init(executable: String, timeLimit: Double = 30) {
        self.executable = executable
        self.timeLimit = timeLimit
    }

    public var displayName: String { "filter \(executable)" }

    public func run(_ document: Document, context: inout ConversionContext) throws -> Document {
        guard let runProcess = context.runProcess else {
            throw failure("external programs are not allowed here", hint: nil)
        }
        let input = JSONWriter(options: .init(isCompact: true)).encode(document)
        let request = ProcessRequest(
            executable: executable, arguments: [context.targetFormat ?? "json"], standardInput: input,
            timeLimit: timeLimit)
        let result = try runProcess(request)
        let stderrLine = Self.lastLine(of: result.standardError)
        switch result.termination {
        case .couldNotStart(let reason):
            throw failure("could not be started: \(reason)", hint: "check the path and that the file is executable")
        case .timedOut:
            throw failure(
                "did not finish within \(Self.seconds(timeLimit)) and was stopped",
                hint: "raise --filter-timeout if it needs longer")
        case .signalled(let signal):
            throw failure("was killed by signal \(signal)\(stderrLine)", hint: nil)
        case .exited(let status) where status != 0:
            throw failure("exited with status \(status)\(stderrLine)", hint: nil)
        case .exited:
            break
        }
        do {
            var filterContext = ConversionContext(sourceName: "output of filter '\(executable)'")
            let filtered = try JSONReader().read(Input(bytes: result.standardOutput), context: &filterContext)
            for diagnostic in filterContext.takeDiagnostics() { context.report(diagnostic) }
            return filtered
        } catch let error as GalleyError {
            var description = error.message
            if let location = error.location { description += " at \(location)" }
            if let path = error.path { description += " (at \(path))" }
            throw failure(
                "printed output that is not the JSON form: \(description)",
                hint: "the filter must print the document as JSON on standard output")
        }
    }

    func failure(_ what: String, hint: String?) -> GalleyError {
        GalleyError(.pass, code: "filter.failed", message: "filter '\(executable)' \(what)", hint: hint)
    }

    static func lastLine(of bytes: [UInt8]) -> String {
        let text = String(decoding: bytes, as: UTF8.self)
        guard let line = text.split(whereSeparator: \.isNewline).last(where: { !$0.allSatisfy(\.isWhitespace) })
        else { return "" }
        return ": " + String(line.prefix(200))
    }

    static func seconds(_ value: Double) -> String {
        value == value.rounded() ? "\(Int(value)) s" : "\(value) s"
    }
}
