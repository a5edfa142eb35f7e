/// The C0 control characters and ASCII punctuation that structure wire copy.
///
/// ANPA-1312 and IPTC 7901 frame a message with ISO 646 transmission controls (ISO 1745):
/// SOH opens the heading, STX the text, ETX ends the text, EOT the message. ANPA adds its own
/// format controls inside the text (TLI, the tab-line indicator, and the TTS space band).
enum ControlCode {
    static let nul: UInt8 = 0x00
    /// Start of heading.
    static let soh: UInt8 = 0x01
    /// Start of text.
    static let stx: UInt8 = 0x02
    /// End of text.
    static let etx: UInt8 = 0x03
    /// End of transmission.
    static let eot: UInt8 = 0x04
    /// ANPA tab-line indicator: the line is a row of tabular matter.
    static let backspace: UInt8 = 0x08
    static let tab: UInt8 = 0x09
    static let lineFeed: UInt8 = 0x0A
    static let formFeed: UInt8 = 0x0C
    static let carriageReturn: UInt8 = 0x0D
    /// ANPA TTS space band: a hard (non-breaking) space.
    static let dle: UInt8 = 0x10
    static let dc1: UInt8 = 0x11
    static let dc2: UInt8 = 0x12
    static let dc3: UInt8 = 0x13
    static let dc4: UInt8 = 0x14
    /// Synchronous idle, sent before SOH by ANPA.
    static let syn: UInt8 = 0x16
    /// Unit separator: ends the ANPA message number field.
    static let unitSeparator: UInt8 = 0x1F
    static let space: UInt8 = 0x20
    static let delete: UInt8 = 0x7F

    static let caret = UInt8(ascii: "^")
    static let lessThan = UInt8(ascii: "<")
    static let equals = UInt8(ascii: "=")
    static let slash = UInt8(ascii: "/")
    static let semicolon = UInt8(ascii: ";")
    static let underscore = UInt8(ascii: "_")
    static let hyphen = UInt8(ascii: "-")
    static let comma = UInt8(ascii: ",")
    static let hash = UInt8(ascii: "#")
}
