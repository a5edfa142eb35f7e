/// One transmitted message, cut out of a feed by ``WireFramer``: heading, text and trailer bytes.
///
/// IPTC 7901 (section 3) and ANPA-1312 share the frame
/// `[SYN…] SOH heading STX text ETX trailer EOT`. Any part may be missing in damaged copy; the
/// flags say which delimiters were found so that the reader can warn about them.
struct WireMessage: Sendable {
    /// Every byte of the message, from SOH (or STX) to EOT, for encoding detection.
    var all: ArraySlice<UInt8>
    /// Between SOH and STX (empty when there was no SOH).
    var heading: ArraySlice<UInt8>
    /// Between STX and ETX.
    var text: ArraySlice<UInt8>
    /// Between ETX and EOT: the transmission date line.
    var trailer: ArraySlice<UInt8>
    var hasStartOfHeading: Bool
    var hasStartOfText: Bool
    var hasEndOfText: Bool
    var hasEndOfTransmission: Bool

    /// Byte offset of the message's first byte in the input.
    var offset: Int { all.startIndex }
}
