import Galley
import GalleyCore

/// The text of `galley --help` and `galley list`, built from the registry so it never goes stale.
enum Manual {
    static let version = "0.1.0"

    static func help(registry: Registry) -> String {
        var text = """
        galley \(version): turns articles from one form into another.

        USAGE
          galley [convert] INPUT… [-f FORMAT] [-t FORMAT] [-o OUT] [--pass NAME[=ARG]]… [--filter EXE]…
                 [--pipeline FILE] [--profile NAME|FILE] [--meta KEY=VALUE]… [--standalone] [--columns N]
          galley batch INDIR… -o OUTDIR -t FORMAT [-j N] [pipeline options]
          galley list readers|writers|passes|profiles
          galley --help | --version

        COMMANDS
          convert   Read INPUT… (several are joined in order; '-' is standard input), run the passes,
                    write one output (-o FILE, '-' or nothing for standard output). An input that holds
                    several stories (a wire feed) gives one file per story with -o DIRECTORY/.
          batch     Convert every file below INDIR… whose extension names a reader into the same tree
                    under OUTDIR, on all cores; shows progress on a terminal and goes on past failures.
          list      Show the registered readers, writers, passes or profiles.

        OPTIONS

        """
        for option in Invocation.driverOptions {
            text += optionLine(option)
        }
        let driverNames = Set(Invocation.driverOptions.map(\.name))
        let formatOptions = registry.allOptions.filter { !driverNames.contains($0.name) }
        if !formatOptions.isEmpty {
            text += "\nFORMAT AND PASS OPTIONS\n"
            for option in formatOptions { text += optionLine(option) }
        }
        text += "\nINPUT FORMATS (-f)\n"
        for reader in registry.readers {
            text += entry(reader.name, reader.summary, extensions: reader.extensions, aliases: reader.aliases)
        }
        text += "\nOUTPUT FORMATS (-t)\n"
        for writer in registry.writers {
            text += entry(writer.name, writer.summary, extensions: writer.extensions, aliases: writer.aliases)
        }
        text += "\nPASSES (--pass)\n"
        for pass in registry.passes {
            let name = pass.argument.map { "\(pass.name)=\($0)" } ?? pass.name
            text += entry(name, pass.summary, extensions: [], aliases: [])
        }
        text += "  (filter)          --filter EXE runs any program: the JSON form on stdin, the JSON form back\n"
        text += "                    on stdout, the target format's name as its first argument.\n"
        text += "\nPROFILES (--profile)\n"
        for profile in registry.profiles {
            text += entry(profile.profile.name, profile.summary, extensions: [], aliases: [])
        }
        text += """

        PIPELINE FILES
          {"passes": ["extract", {"name": "heading-shift", "arg": "1"}, {"filter": "./my-filter.py"}],
           "profile": "large"}
          Passes from the file run before those given with --pass and --filter.

        EXAMPLES
          galley article.txt -t json -o article.json
          galley page.html --pass extract --pass typography -t markdown
          galley story.tst -t text --pass dateline
          galley batch pages/ -o out/ -t markdown -j 2
          curl -s URL | galley - -f html --pass extract -t epub -o article.epub

        EXIT STATUS
          0 ok; 2 usage error; 3 an input could not be read or parsed; 4 a pass or filter failed;
          5 an output could not be written. Errors are one line on stderr naming the file and position.
          Outputs are written atomically: a failed run leaves no partial file and never overwrites an input.

        ENVIRONMENT
          SOURCE_DATE_EPOCH   seconds since 1970 used for every timestamp (reproducible EPUB and e-mail).

        """
        return text
    }

    static func optionLine(_ option: OptionSpec) -> String {
        let short = Invocation.shortName(of: option.name)
        var flag = (short.map { "\($0), " } ?? "    ") + "--\(option.name)"
        if let value = option.valueName { flag += " \(value)" }
        return "  " + pad(flag, to: 30) + option.help + "\n"
    }

    static func entry(_ name: String, _ summary: String, extensions: [String], aliases: [String]) -> String {
        var line = "  " + pad(name, to: 18) + summary
        var notes: [String] = []
        if !aliases.isEmpty { notes.append("also " + aliases.joined(separator: ", ")) }
        if !extensions.isEmpty { notes.append(extensions.map { "." + $0 }.joined(separator: " ")) }
        if !notes.isEmpty { line += " (" + notes.joined(separator: "; ") + ")" }
        return line + "\n"
    }

    static func pad(_ text: String, to width: Int) -> String {
        let count = text.unicodeScalars.count
        return count >= width ? text + " " : text + String(repeating: " ", count: width - count)
    }

    /// `galley list WHAT`.
    static func list(_ what: String?, registry: Registry) throws -> String {
        switch what {
        case "readers":
            return registry.readers.map { entry($0.name, $0.summary, extensions: $0.extensions, aliases: $0.aliases) }.joined()
        case "writers":
            return registry.writers.map { entry($0.name, $0.summary, extensions: $0.extensions, aliases: $0.aliases) }.joined()
        case "passes":
            return registry.passes.map { pass in
                let name = pass.argument.map { "\(pass.name)=\($0)" } ?? pass.name
                return entry(name, pass.summary, extensions: [], aliases: [])
            }.joined()
        case "profiles":
            return registry.profiles.map { descriptor in
                let p = descriptor.profile
                let page = p.page
                return entry(p.name, descriptor.summary, extensions: [], aliases: [])
                    + "      baseFontSize \(p.baseFontSize) pt, scale \(p.scale), lineHeight \(p.lineHeight), measure \(p.measure), fontFamily \(p.fontFamily.rawValue), links \(p.links.rawValue), page \(page.size) \(page.width)×\(page.height) mm, margins \(page.marginTop)/\(page.marginRight)/\(page.marginBottom)/\(page.marginLeft) mm\n"
            }.joined()
        default:
            throw GalleyError(
                .usage, code: "usage.list", message: "list takes readers, writers, passes or profiles, not '\(what ?? "")'",
                hint: "galley list passes")
        }
    }
}
