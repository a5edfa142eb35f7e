import GalleyCore
import GalleyRender

extension Registry {
    /// Reads a user profile from the bytes of a JSON file (`--profile my.json`).
    ///
    /// - Throws: A usage error naming the file and the field that is wrong.
    public func profile(fromFile bytes: [UInt8], source: String) throws -> RenderProfile {
        try ProfileFile.load(bytes, source: source)
    }
}
