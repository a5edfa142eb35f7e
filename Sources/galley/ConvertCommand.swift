import Galley
import GalleyCore

/// `galley convert`: inputs joined into one document (or one per story), one output.
struct ConvertCommand {
    let invocation: Invocation
    let registry: Registry
    let diagnostics: DiagnosticPrinter

    func run() throws {
        let inputs = invocation.inputs.isEmpty ? ["-"] : invocation.inputs
        let output = invocation.output ?? "-"
        let converter = try Converter(invocation, registry: registry, defaultOutput: output)
        try refuseOverwritingInputs(inputs, output: output)

        var context = converter.makeContext(sourceName: inputs[0])
        context.endsWithProcess = true  // one conversion, then exit: see leaveToProcessEnd
        var documents: [Document] = []
        for path in inputs {
            context.sourceName = Converter.displayName(path)
            let read = try converter.read(path, context: &context)
            diagnostics.print(context.takeDiagnostics())
            documents.append(contentsOf: read)
        }
        if inputs.count > 1 { documents = [Self.join(documents)] }
        if documents.isEmpty {
            throw GalleyError(.input, code: "input.empty", message: "holds no document", source: inputs[0])
        }

        var outputs: [[UInt8]] = []
        let writesJSONLines = documents.count > 1 && converter.writer.name == "json"
            && !(output.hasSuffix("/") || FileSystem.isDirectory(output))
        for document in documents {
            do {
                outputs.append(try converter.process(document, context: &context, compact: writesJSONLines))
            } catch let error as GalleyError {
                diagnostics.print(context.takeDiagnostics())
                throw error.naming(source: Converter.displayName(inputs[0]))
            }
            diagnostics.print(context.takeDiagnostics())
        }
        context.leaveToProcessEnd(documents)
        try write(outputs, to: output, converter: converter, stem: Self.stem(of: inputs[0]))
    }

    /// One document from several: blocks in order, metadata of the first with gaps filled.
    static func join(_ documents: [Document]) -> Document {
        guard var joined = documents.first else { return Document() }
        for document in documents.dropFirst() {
            joined.blocks.append(contentsOf: document.blocks)
            let meta = document.metadata
            joined.metadata.title = joined.metadata.title ?? meta.title
            joined.metadata.date = joined.metadata.date ?? meta.date
            joined.metadata.source = joined.metadata.source ?? meta.source
            joined.metadata.language = joined.metadata.language ?? meta.language
            if joined.metadata.authors.isEmpty { joined.metadata.authors = meta.authors }
        }
        return joined
    }

    func write(_ outputs: [[UInt8]], to output: String, converter: Converter, stem: String) throws {
        let ext = converter.writer.extensions.first ?? converter.writer.name
        if output.hasSuffix("/") || FileSystem.isDirectory(output) {
            try FileSystem.makeDirectories(output.hasSuffix("/") ? String(output.dropLast()) : output)
            let directory = output.hasSuffix("/") ? String(output.dropLast()) : output
            for (index, bytes) in outputs.enumerated() {
                let name = outputs.count == 1 ? "\(stem).\(ext)" : "\(stem)-\(index + 1).\(ext)"
                try FileSystem.writeAtomically(bytes, to: "\(directory)/\(name)")
            }
            return
        }
        if outputs.count == 1 {
            try FileSystem.writeAtomically(outputs[0], to: output)
            return
        }
        guard !outputs.contains(where: { String(validatingUTF8Bytes: $0) == nil }) else {
            throw GalleyError(
                .usage, code: "usage.several-documents",
                message: "the input holds \(outputs.count) documents, and \(converter.writer.name) output cannot hold more than one",
                hint: "give -o DIRECTORY/ to write one file per document")
        }
        // Several stories into one text stream: JSON Lines for json, blank-line separated otherwise.
        var joined: [UInt8] = []
        for bytes in outputs {
            if converter.writer.name == "json" {
                joined.append(contentsOf: bytes.last == 0x0A ? bytes.dropLast() : bytes[...])
                joined.append(0x0A)
            } else {
                if !joined.isEmpty { joined.append(0x0A) }
                joined.append(contentsOf: bytes)
            }
        }
        try FileSystem.writeAtomically(joined, to: output)
    }

    func refuseOverwritingInputs(_ inputs: [String], output: String) throws {
        guard let target = FileSystem.identity(of: output) else { return }
        for input in inputs where FileSystem.identity(of: input).map({ $0 == target }) ?? false {
            throw GalleyError(
                .output, code: "output.is-input", message: "refusing to overwrite the input", source: output,
                hint: "choose another -o")
        }
    }

    /// The file name without directory and extension, for naming outputs.
    static func stem(of path: String) -> String {
        guard path != "-" else { return "stdin" }
        var name = String(path.split(separator: "/").last ?? Substring(path))
        if let dot = name.lastIndex(of: "."), dot != name.startIndex { name = String(name[..<dot]) }
        return name
    }
}

extension String {
    /// The string when `bytes` are valid UTF-8, else `nil`.
    init?(validatingUTF8Bytes bytes: [UInt8]) {
        guard let string = String(validating: bytes, as: UTF8.self) else { return nil }
        self = string
    }
}
