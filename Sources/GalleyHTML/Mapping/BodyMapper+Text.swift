import GalleyCore

extension BodyMapper {
    /// Appends a text node's characters to the current flow, collapsing whitespace as CSS
    /// `white-space: normal` does: each run of ASCII whitespace is one space, dropped at the start
    /// of a line and at the end of a paragraph (it is only written when more text follows).
    mutating func appendText(of node: NodeID) {
        let top = frames.count - 1
        let flow = frames[top].flow
        var total = 0
        var hasWords = false
        dom.forEachTextChunk(of: node) { bytes in
            total += bytes.count
            if !hasWords { hasWords = !bytes.allSatisfy(HTMLEncoding.isASCIIWhitespace) }
        }
        guard total > 0 else { return }
        // Whitespace only (the indentation between tags): a space to write if more text follows,
        // and no string to make.
        guard hasWords else {
            frames[flow].pendingSpace = true
            return
        }
        var pendingSpace = frames[flow].pendingSpace
        var atLineStart = frames[flow].atLineStart
        // The collapsed text is written straight into the string's storage: at most one space
        // more than the node's bytes (a pending space before its first word).
        let text = String(unsafeUninitializedCapacity: total + 1) { output in
            var count = 0
            dom.forEachTextChunk(of: node) { bytes in
                var index = 0
                while index < bytes.count {
                    if HTMLEncoding.isASCIIWhitespace(bytes[index]) {
                        pendingSpace = true
                        index += 1
                        while index < bytes.count, HTMLEncoding.isASCIIWhitespace(bytes[index]) { index += 1 }
                        continue
                    }
                    // A run of words with one space between each is written as it is, in one
                    // copy: the collapsed form of a lone space is itself.
                    let start = index
                    while true {
                        while index < bytes.count, !HTMLEncoding.isASCIIWhitespace(bytes[index]) { index += 1 }
                        guard index + 1 < bytes.count, bytes[index] == 0x20,
                            !HTMLEncoding.isASCIIWhitespace(bytes[index + 1]) else { break }
                        index += 1
                    }
                    if pendingSpace, !atLineStart {
                        output[count] = 0x20
                        count += 1
                    }
                    pendingSpace = false
                    atLineStart = false
                    let run = UnsafeBufferPointer(rebasing: bytes[start..<index])
                    _ = UnsafeMutableBufferPointer(rebasing: output[count..<(count + run.count)]).initialize(fromContentsOf: run)
                    count += run.count
                }
            }
            return count
        }
        frames[flow].pendingSpace = pendingSpace
        frames[flow].atLineStart = atLineStart
        if !text.isEmpty { appendTextInline(text, to: frames[top].inlineTarget) }
    }

    /// Appends characters that are not collapsed (quotation marks), after any pending space.
    mutating func appendLiteral(_ text: String) {
        let top = frames.count - 1
        let flow = frames[top].flow
        var output = ""
        if frames[flow].pendingSpace, !frames[flow].atLineStart { output = " " }
        output += text
        frames[flow].pendingSpace = false
        frames[flow].atLineStart = false
        appendTextInline(output, to: frames[top].inlineTarget)
    }

    /// Appends an inline node to the current flow: content takes any pending space before it, a
    /// line break starts a new line.
    mutating func emitInline(_ inline: Inline) {
        let top = frames.count - 1
        let flow = frames[top].flow
        let target = frames[top].inlineTarget
        if case .lineBreak = inline {
            frames[flow].pendingSpace = false
            frames[flow].atLineStart = true
        } else {
            if frames[flow].pendingSpace, !frames[flow].atLineStart { appendTextInline(" ", to: target) }
            frames[flow].pendingSpace = false
            frames[flow].atLineStart = false
        }
        frames[target].inlines.append(inline)
    }

    /// Appends text to a frame's inlines, joining it to a text node that ends them.
    mutating func appendTextInline(_ text: String, to target: Int) {
        if case .text(var previous) = frames[target].inlines.last {
            // The slot is cleared first so that `previous` is the string's only owner and grows
            // in place instead of being copied into a new one.
            let last = frames[target].inlines.count - 1
            frames[target].inlines[last] = .lineBreak
            previous += text
            frames[target].inlines[last] = .text(previous)
        } else {
            frames[target].inlines.append(.text(text))
        }
    }

    /// `<code>`, `<kbd>`, `<samp>`, `<tt>`: inline code of the element's text, whitespace collapsed.
    mutating func emitCode(_ node: NodeID, hidden: Bool) {
        let raw = dom.textContent(of: node, breaksLines: true)
        let collapsed = Self.collapsingWhitespace(raw)
        let top = frames.count - 1
        let flow = frames[top].flow
        if let first = raw.utf8.first, HTMLEncoding.isASCIIWhitespace(first) { frames[flow].pendingSpace = true }
        guard !collapsed.isEmpty else { return }
        let code = Inline.code(collapsed)
        emitInline(hidden ? .span(Self.hiddenAttributes(for: node, in: dom), [code]) : code)
        if let last = raw.utf8.last, HTMLEncoding.isASCIIWhitespace(last) { frames[flow].pendingSpace = true }
    }

    /// `<pre>` (and `<listing>`, `<xmp>`, `<plaintext>`): a code block of the element's text,
    /// kept verbatim but for one leading and one trailing line feed; the language comes from a
    /// `language-…` or `lang-…` class on the element or on a `<code>` inside it.
    mutating func emitPreformatted(_ node: NodeID, _ element: HTMLDOM.Element, hidden: Bool) {
        var text = dom.textContent(of: node, breaksLines: true)
        if text.hasPrefix("\r\n") {
            text.removeFirst(2)
        } else if text.hasPrefix("\n") {
            text.removeFirst()
        }
        while text.hasSuffix("\n") || text.hasSuffix("\r") { text.removeLast() }
        guard !text.utf8.allSatisfy(HTMLEncoding.isASCIIWhitespace) else { return }
        var language = Self.language(in: dom.classes(of: element))
        if language.isEmpty {
            for child in dom.children(of: node) {
                if let code = dom.element(child), code.name == "code" {
                    language = Self.language(in: dom.classes(of: code))
                    break
                }
            }
        }
        let block = Block.codeBlock(CodeBlock(text: text, language: language))
        emitBlock(hidden ? .div(Self.hiddenAttributes(for: node, in: dom), [block]) : block)
    }

    /// The language named by a `language-…` or `lang-…` class, or "".
    static func language(in classes: [String]) -> String {
        for name in classes {
            if name.hasPrefix("language-") { return String(name.dropFirst("language-".count)) }
            if name.hasPrefix("lang-") { return String(name.dropFirst("lang-".count)) }
        }
        return ""
    }

    /// `text` with ASCII whitespace runs made one space and none at either end.
    static func collapsingWhitespace(_ text: String) -> String {
        var text = text
        return text.withUTF8 { bytes in
            var output: [UInt8] = []
            output.reserveCapacity(bytes.count)
            var index = 0
            while index < bytes.count {
                while index < bytes.count, HTMLEncoding.isASCIIWhitespace(bytes[index]) { index += 1 }
                let start = index
                while index < bytes.count, !HTMLEncoding.isASCIIWhitespace(bytes[index]) { index += 1 }
                guard index > start else { break }
                if !output.isEmpty { output.append(0x20) }
                output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<index]))
            }
            return String(decoding: output, as: UTF8.self)
        }
    }
}
