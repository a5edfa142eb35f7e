#if canImport(Glibc)
import Glibc
#endif
import Galley
import GalleyCore

/// The driver: parse the command line, run the command, map errors to exit codes.
///
/// A function rather than top-level code, so that what it holds are locals, not globals: each
/// global a process touches can cost it a page fault. The whole registry is made only when
/// something needs it: a conversion that names its reader and writer (`-f html -t markdown`)
/// runs on the part of it that it names.
func runDriver() -> Int32 {
    var standard: Registry?
    func registry() -> Registry {
        if let standard { return standard }
        let made = Registry.standard
        standard = made
        return made
    }
    let arguments = Array(CommandLine.arguments.dropFirst())
    let printer = DiagnosticPrinter(
        isQuiet: arguments.contains("--quiet") || arguments.contains("-q"), isExplaining: arguments.contains("--explain"))
    do {
        let invocation = try Invocation.parse(arguments, registry: registry)
        switch invocation.command {
        case .help:
            try FileSystem.writeAtomically(Array(Manual.help(registry: registry()).utf8), to: "-")
        case .version:
            try FileSystem.writeAtomically(Array("galley \(Manual.version)\n".utf8), to: "-")
        case .list:
            try FileSystem.writeAtomically(Array(try Manual.list(invocation.inputs.first, registry: registry()).utf8), to: "-")
        case .convert:
            let named = standard == nil ? invocation.namedRegistry() : nil
            try ConvertCommand(invocation: invocation, registry: named ?? registry(), diagnostics: printer).run()
        case .batch:
            return try BatchCommand(invocation: invocation, registry: registry(), diagnostics: printer).run()
        }
        return 0
    } catch let error as GalleyError {
        printer.printError(error)
        return error.kind.exitCode
    } catch {
        printer.line("galley: \(error)")
        return 1
    }
}

signal(SIGPIPE, SIG_IGN)
exit(runDriver())
