// The registry entries of the module: the print and e-mail writers and the built-in profiles.

import GalleyCore

/// The GalleyRender writers for the registry; the profiles are in ``BuiltinProfiles/all``.
public enum GalleyRenderFormats {
    /// `print`: a standalone, script-free HTML page for paper. No extension of its own (`.html`
    /// belongs to the `html` writer): select it with `-t print`. Default profile `print-a4`.
    public static let print = WriterDescriptor(
        name: "print", aliases: ["print-html"], extensions: [],
        summary: "Print-ready HTML page: @page size and margins, header and footer, links per the profile.",
        options: PrintWriter.optionSpecs, defaultProfile: BuiltinProfiles.printA4.name
    ) { values in
        PrintWriter(options: PrintWriter.options(from: values))
    }

    /// `email` without attachment providers: `--attach` is refused. The umbrella module registers
    /// ``email(attachmentProviders:)`` with the EPUB writer instead.
    public static let email = email(attachmentProviders: [])

    /// The `email` writer (extension `eml`, default profile `email`) with writers for `--attach`.
    public static func email(attachmentProviders: [EmailAttachmentProvider]) -> WriterDescriptor {
        WriterDescriptor(
            name: "email", aliases: ["eml", "mail"], extensions: ["eml"],
            summary: "E-mail message for sendmail -t: flowed text and inline-styled HTML alternatives.",
            options: emailOptionSpecs, defaultProfile: BuiltinProfiles.email.name
        ) { values in
            var options = try emailOptions(from: values)
            options.attachmentProviders = attachmentProviders
            try options.validate()
            return EmailWriter(options: options)
        }
    }

    /// The command-line options of the `email` writer.
    public static let emailOptionSpecs: [OptionSpec] = [
        OptionSpec("mail-from", value: "ADDRESS", help: "Sender, as 'Name <name@example.com>' or name@example.com."),
        OptionSpec("mail-to", value: "ADDRESS", help: "Recipient (repeatable); sendmail -t needs at least one.", isRepeatable: true),
        OptionSpec("mail-cc", value: "ADDRESS", help: "Copy recipient (repeatable).", isRepeatable: true),
        OptionSpec("mail-subject", value: "TEXT", help: "Subject (default: the article's title)."),
        OptionSpec("attach", value: "FORMAT", help: "Attach the article in another format, such as epub (repeatable).", isRepeatable: true),
        OptionSpec("raw-html", help: "Keep raw HTML from the input (sanitized) instead of dropping it."),
    ]

    /// E-mail options from the command line.
    ///
    /// - Throws: A usage error for an address that cannot be used.
    public static func emailOptions(from values: OptionValues) throws -> EmailWriter.Options {
        var options = EmailWriter.Options()
        if let from = values.string("mail-from") { options.from = try MailAddress(parsing: from, option: "mail-from") }
        options.to = try values.strings("mail-to").map { try MailAddress(parsing: $0, option: "mail-to") }
        options.cc = try values.strings("mail-cc").map { try MailAddress(parsing: $0, option: "mail-cc") }
        options.subject = values.string("mail-subject")
        options.attachments = values.strings("attach")
        options.allowsRawHTML = values.flag("raw-html")
        return options
    }
}
