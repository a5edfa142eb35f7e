// The profiles Galley ships: the reader's font-size ladder and one profile per kind of output.

import GalleyCore

/// The built-in rendering profiles.
///
/// The reader's ladder (`small`, `medium`, `large`, `x-large`) answers "Adjust font size": each
/// step is about 1.2 times the one before, and the measure shortens as the type grows so that a
/// line keeps a comfortable length on the same screen. The output profiles shape print
/// (`print-a4`, `print-letter`), e-mail (`email`) and e-books (`ereader`).
public enum BuiltinProfiles {
    /// 10 pt serif, 80 characters a line.
    public static var small: RenderProfile {
        RenderProfile(name: "small", baseFontSize: 10, scale: 1.2, lineHeight: 1.5, measure: 80)
    }
    /// The default: 12 pt serif, 72 characters a line.
    public static var medium: RenderProfile {
        RenderProfile(name: "medium", baseFontSize: 12, scale: 1.2, lineHeight: 1.5, measure: 72)
    }
    /// 15 pt serif, 64 characters a line (1.5 times `small`).
    public static var large: RenderProfile {
        RenderProfile(name: "large", baseFontSize: 15, scale: 1.2, lineHeight: 1.55, measure: 64)
    }
    /// 18 pt serif, 56 characters a line, for readers who need large type.
    public static var xLarge: RenderProfile {
        RenderProfile(name: "x-large", baseFontSize: 18, scale: 1.2, lineHeight: 1.6, measure: 56)
    }

    /// ISO A4 paper with 20 mm margins; 11 pt serif; link targets as numbered endnotes, so that
    /// long URLs do not break up the prose and the plain-text twin lists them the same way.
    public static var printA4: RenderProfile {
        RenderProfile(
            name: "print-a4", baseFontSize: 11, scale: 1.25, lineHeight: 1.4, measure: 72,
            fontFamily: .serif, page: .a4, links: .footnotes)
    }
    /// US Letter paper with 0.75 in (19 mm) margins; otherwise as `print-a4`.
    public static var printLetter: RenderProfile {
        RenderProfile(
            name: "print-letter", baseFontSize: 11, scale: 1.25, lineHeight: 1.4, measure: 72,
            fontFamily: .serif, page: letterPage, links: .footnotes)
    }
    /// Mail: 12 pt sans, 72 characters a line (format=flowed text stays under 78), plain links.
    public static var email: RenderProfile {
        RenderProfile(
            name: "email", baseFontSize: 12, scale: 1.2, lineHeight: 1.5, measure: 72,
            fontFamily: .sans, page: .a4, links: .inline)
    }
    /// E-book readers: 12 pt serif, 66 characters a line, links as numbered notes.
    public static var ereader: RenderProfile {
        RenderProfile(
            name: "ereader", baseFontSize: 12, scale: 1.2, lineHeight: 1.5, measure: 66,
            fontFamily: .serif, page: .a4, links: .footnotes)
    }

    /// US Letter (8.5 × 11 in) with 19 mm margins.
    static var letterPage: RenderProfile.Page {
        RenderProfile.Page(
            size: "letter", width: 215.9, height: 279.4, marginTop: 19, marginRight: 19, marginBottom: 19,
            marginLeft: 19)
    }

    /// Every built-in profile with a one-line summary, in the order `galley list profiles` shows.
    ///
    /// The profiles are made on each use rather than kept in globals: the registry asks once, and
    /// a global's once-token and storage would cost each process the page faults of pages it
    /// otherwise leaves alone.
    public static var all: [ProfileDescriptor] {
        [
            ProfileDescriptor(small, summary: "Reading size, small: 10 pt serif, 80 characters a line."),
            ProfileDescriptor(medium, summary: "Reading size, default: 12 pt serif, 72 characters a line."),
            ProfileDescriptor(large, summary: "Reading size, large: 15 pt serif, 64 characters a line."),
            ProfileDescriptor(xLarge, summary: "Reading size, extra large: 18 pt serif, 56 characters a line."),
            ProfileDescriptor(printA4, summary: "Print on A4: 11 pt serif, 20 mm margins, link targets as endnotes."),
            ProfileDescriptor(printLetter, summary: "Print on US Letter: 11 pt serif, 19 mm margins, link targets as endnotes."),
            ProfileDescriptor(email, summary: "E-mail: 12 pt sans, 72-character flowed text, plain links."),
            ProfileDescriptor(ereader, summary: "E-readers: 12 pt serif, 66 characters a line, links as notes."),
        ]
    }

    /// The built-in profile called `name`, or `nil`.
    public static func profile(named name: String) -> RenderProfile? {
        all.first { $0.profile.name == name }?.profile
    }

    /// The names of every built-in profile.
    public static var names: [String] { all.map(\.profile.name) }
}
