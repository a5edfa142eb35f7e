import GalleyCore
// TEMPORARY until GalleyRender lands.
public enum ProfileFile { public static func load(_ bytes: [UInt8], source: String) throws -> RenderProfile { throw GalleyError(.usage, code: "x", message: "profile files arrive with GalleyRender") } }
