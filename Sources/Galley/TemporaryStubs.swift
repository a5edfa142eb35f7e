import GalleyCore
// TEMPORARY until GalleyJSON and GalleyRender land.
public struct PipelineConfiguration { public var passes: [PassSpec] = []; public var profile: String?
  public init(json: [UInt8], source: String) throws { throw GalleyError(.usage, code: "x", message: "pipeline files arrive with GalleyJSON") } }
public enum ProfileFile { public static func load(_ bytes: [UInt8], source: String) throws -> RenderProfile { throw GalleyError(.usage, code: "x", message: "profile files arrive with GalleyRender") } }
struct ExternalFilter: Pass { static let name = "filter"; var executable: String; var timeLimit: Double
  func run(_ document: Document, context: inout ConversionContext) throws -> Document { document } }
