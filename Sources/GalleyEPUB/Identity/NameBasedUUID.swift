/// A name-based UUID, version 5 (RFC 9562, section 5.5): SHA-1 of a namespace UUID and a name.
///
/// The same namespace and name always give the same UUID, so a publication's identifier is stable
/// across runs and machines and never depends on the clock or on randomness.
struct NameBasedUUID: Hashable, CustomStringConvertible {
    /// The 16 bytes, in network order.
    let bytes: [UInt8]

    /// The URL namespace of RFC 9562 (6ba7b811-9dad-11d1-80b4-00c04fd430c8).
    static let urlNamespace = NameBasedUUID(bytes: [
        0x6B, 0xA7, 0xB8, 0x11, 0x9D, 0xAD, 0x11, 0xD1, 0x80, 0xB4, 0x00, 0xC0, 0x4F, 0xD4, 0x30, 0xC8,
    ])

    /// The namespace for identifiers derived from content: the version 5 UUID of the URL
    /// `urn:galley:epub-content` in the URL namespace.
    static let contentNamespace = NameBasedUUID(namespace: .urlNamespace, name: Array("urn:galley:epub-content".utf8))

    init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// The version 5 UUID of `name` in `namespace`.
    init(namespace: NameBasedUUID, name: some Sequence<UInt8>) {
        var hasher = SHA1()
        hasher.update(namespace.bytes)
        hasher.update(name)
        var digest = Array(hasher.finalize().prefix(16))
        digest[6] = digest[6] & 0x0F | 0x50  // version 5
        digest[8] = digest[8] & 0x3F | 0x80  // RFC variant
        bytes = digest
    }

    /// The lower-case 8-4-4-4-12 form.
    var description: String {
        let hex = Array("0123456789abcdef".utf8)
        var text: [UInt8] = []
        for (index, byte) in bytes.enumerated() {
            if [4, 6, 8, 10].contains(index) { text.append(UInt8(ascii: "-")) }
            text.append(hex[Int(byte >> 4)])
            text.append(hex[Int(byte & 0x0F)])
        }
        return String(decoding: text, as: UTF8.self)
    }

    /// The `urn:uuid:` form used as a publication identifier.
    var urn: String { "urn:uuid:" + description }
}
