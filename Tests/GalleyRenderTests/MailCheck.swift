import Foundation
import Testing
import TestSupport

/// Parses a message with Python's `email` package (standard library) and reports what it saw.
enum MailCheck {
    struct Part {
        var type: String
        var parameters: [String: String]
        var transferEncoding: String?
        /// The decoded text (format=flowed undone; HTML with tags removed and entities decoded).
        var text: String?
        var raw: String?
        var size: Int?
    }

    struct Report {
        var defects: [String]
        var headers: [String: String]
        var parts: [Part]
    }

    static let script = #"""
        import sys, json, re, html, email, email.parser, email.policy
        data = open(sys.argv[1], 'rb').read()
        msg = email.parser.BytesParser(policy=email.policy.default).parsebytes(data)
        report = {"defects": [], "headers": {}, "parts": []}
        for part in msg.walk():
            report["defects"] += [repr(d) for d in part.defects]
            for key, value in part.items():
                report["defects"] += [key + ": " + repr(d) for d in getattr(value, "defects", ())]
            if part is msg:
                report["headers"] = {k: str(v) for k, v in msg.items()}
            if part.is_multipart():
                report["parts"].append({"type": part.get_content_type(), "params": {}})
                continue
            entry = {"type": part.get_content_type(), "params": {k: v for k, v in (part.get_params() or [])},
                     "cte": part.get("Content-Transfer-Encoding")}
            if entry["type"].startswith("text/"):
                text = part.get_content().replace("\r\n", "\n")
                entry["raw"] = text
                if entry["type"] == "text/plain":
                    lines, buffer = [], None
                    for line in text.split("\n"):
                        depth = len(line) - len(line.lstrip(">"))
                        body = line[depth:]
                        if body.startswith(" "):
                            body = body[1:]
                        buffer = (buffer or "") + body
                        if body.endswith(" ") and body != "-- ":
                            continue
                        lines.append(buffer)
                        buffer = None
                    if buffer is not None:
                        lines.append(buffer)
                    entry["text"] = "\n".join(lines)
                else:
                    entry["text"] = html.unescape(re.sub(r"<[^>]*>", " ", text))
            else:
                entry["size"] = len(part.get_content())
            report["parts"].append(entry)
        print(json.dumps(report))
        """#

    /// Runs the check on `message`.
    static func parse(_ message: [UInt8], sourceLocation: SourceLocation = #_sourceLocation) throws -> Report? {
        guard ExternalTool.find("python3") != nil else {
            Issue.record("python3 is needed to check e-mail messages: apt-get install python3", sourceLocation: sourceLocation)
            return nil
        }
        let directory = try PackagePaths.temporaryDirectory("mail")
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("message.eml")
        try Data(message).write(to: file)
        let result = try ExternalTool.run("python3", ["-c", script, file.path])
        guard result.status == 0 else {
            Issue.record("python3 failed: \(result.standardError)", sourceLocation: sourceLocation)
            return nil
        }
        let json = try #require(try JSONSerialization.jsonObject(with: result.standardOutput) as? [String: Any])
        let parts = (json["parts"] as? [[String: Any]] ?? []).map { part in
            Part(
                type: part["type"] as? String ?? "", parameters: part["params"] as? [String: String] ?? [:],
                transferEncoding: part["cte"] as? String, text: part["text"] as? String, raw: part["raw"] as? String,
                size: part["size"] as? Int)
        }
        return Report(
            defects: json["defects"] as? [String] ?? [], headers: json["headers"] as? [String: String] ?? [:], parts: parts)
    }

    /// `text` with every whitespace run as one space.
    static func collapsed(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}
