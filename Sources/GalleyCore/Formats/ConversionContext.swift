/// Everything from outside that readers, passes and writers may use, passed explicitly.
///
/// Library code never reads the clock, the environment or the file system; it asks the context.
/// The driver fills it from the real world; tests build one in memory.
public struct ConversionContext: Sendable {
    /// The current input's name for messages.
    public var sourceName: String?
    /// Seconds since 1970 to stamp outputs with (`SOURCE_DATE_EPOCH`, or the clock in the driver).
    /// `nil` means "no time available": writers then leave dates out or derive them from content.
    public var timestamp: Int64?
    /// The target format's name (external filters receive it as their first argument).
    public var targetFormat: String?
    /// Loads a resource named relative to the input (an image next to an HTML file), or returns
    /// `nil` when it does not exist or is not allowed.
    public var loadResource: (@Sendable (String) -> [UInt8]?)?
    /// Runs an external program; set by the driver, `nil` where processes are not allowed.
    public var runProcess: (@Sendable (ProcessRequest) throws -> ProcessResult)?
    /// A monotonic clock in nanoseconds, for timing passes; `nil` disables timing.
    public var monotonicNanoseconds: (@Sendable () -> UInt64)?
    /// Whether passes should explain what they drop (`--explain`), as diagnostics of severity note.
    public var isExplaining: Bool
    /// Whether the process ends once this conversion is written (the driver's one-shot
    /// `convert`): working structures may then be left to the exit; see ``leaveToProcessEnd(_:)``.
    public var endsWithProcess = false
    /// What was noticed so far, in order.
    public private(set) var diagnostics: [Diagnostic] = []
    /// How long each pass took, in order.
    public var passTimings: [PassTiming] = []

    public init(
        sourceName: String? = nil, timestamp: Int64? = nil, targetFormat: String? = nil,
        isExplaining: Bool = false
    ) {
        self.sourceName = sourceName
        self.timestamp = timestamp
        self.targetFormat = targetFormat
        self.isExplaining = isExplaining
    }

    /// Keeps `value` until the process exits when ``endsWithProcess`` is set, so that a large
    /// structure (a parsed page, a document tree) is not taken apart node by node moments before
    /// the exit returns all memory at once. Otherwise it does nothing and `value` is freed as usual.
    public func leaveToProcessEnd(_ value: Any) {
        guard endsWithProcess else { return }
        _ = Unmanaged.passRetained(ProcessLeftover(value))
    }

    /// Records a diagnostic, naming the current source unless it names one.
    public mutating func report(_ diagnostic: Diagnostic) {
        var diagnostic = diagnostic
        if diagnostic.source == nil { diagnostic.source = sourceName }
        diagnostics.append(diagnostic)
    }

    /// Records a warning.
    public mutating func warn(_ code: String, _ message: String, at location: SourceLocation? = nil) {
        report(Diagnostic(.warning, code: code, message: message, location: location))
    }

    /// Removes and returns the diagnostics recorded so far.
    public mutating func takeDiagnostics() -> [Diagnostic] {
        defer { diagnostics = [] }
        return diagnostics
    }
}

/// A request to run an external program (for external filters).
public struct ProcessRequest: Sendable {
    public var executable: String
    public var arguments: [String]
    public var standardInput: [UInt8]
    /// Seconds before the program is killed.
    public var timeLimit: Double

    public init(executable: String, arguments: [String], standardInput: [UInt8], timeLimit: Double) {
        self.executable = executable
        self.arguments = arguments
        self.standardInput = standardInput
        self.timeLimit = timeLimit
    }
}

/// How an external program ended.
public struct ProcessResult: Sendable {
    public enum Termination: Sendable, Hashable {
        case exited(Int32)
        case signalled(Int32)
        case timedOut
        case couldNotStart(String)
    }

    public var termination: Termination
    public var standardOutput: [UInt8]
    public var standardError: [UInt8]

    public init(termination: Termination, standardOutput: [UInt8], standardError: [UInt8]) {
        self.termination = termination
        self.standardOutput = standardOutput
        self.standardError = standardError
    }
}

/// How long one pass took.
public struct PassTiming: Sendable, Hashable {
    public var name: String
    public var nanoseconds: UInt64
    public init(name: String, nanoseconds: UInt64) {
        self.name = name
        self.nanoseconds = nanoseconds
    }
}

/// What ``ConversionContext/leaveToProcessEnd(_:)`` keeps: retained once, never released.
private final class ProcessLeftover {
    let value: Any
    init(_ value: Any) { self.value = value }
}
