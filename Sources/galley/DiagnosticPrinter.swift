#if canImport(Glibc)
import Glibc
#endif
import GalleyCore
import Synchronization

/// Writes warnings, errors and progress to standard error, one line each, from any thread.
final class DiagnosticPrinter: Sendable {
    let isQuiet: Bool
    let isExplaining: Bool
    private let lock = Mutex(false)  // whether a progress line is showing

    init(isQuiet: Bool, isExplaining: Bool) {
        self.isQuiet = isQuiet
        self.isExplaining = isExplaining
    }

    /// Prints warnings and errors (notes only with --explain); nothing for warnings with --quiet.
    func print(_ diagnostics: [Diagnostic]) {
        for diagnostic in diagnostics {
            switch diagnostic.severity {
            case .note: if !isExplaining { continue }
            case .warning: if isQuiet { continue }
            case .error: break
            }
            line("galley: \(diagnostic)")
        }
    }

    func printError(_ error: GalleyError) {
        line("galley: \(error)")
    }

    /// Replaces the progress line (or clears it for `nil`).
    func progress(_ text: String?) {
        lock.withLock { showing in
            var bytes = Array("\r\u{1B}[K".utf8)
            if let text {
                bytes += Array(String(text.prefix(100)).utf8)
                showing = true
            } else {
                showing = false
            }
            _ = bytes.withUnsafeBytes { write(STDERR_FILENO, $0.baseAddress, $0.count) }
        }
    }

    /// Writes one line, clearing a progress line first.
    func line(_ text: String) {
        lock.withLock { showing in
            let bytes = Array(((showing ? "\r\u{1B}[K" : "") + text + "\n").utf8)
            _ = bytes.withUnsafeBytes { write(STDERR_FILENO, $0.baseAddress, $0.count) }
            showing = false
        }
    }
}
