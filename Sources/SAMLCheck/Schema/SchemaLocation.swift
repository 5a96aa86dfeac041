#if canImport(Glibc)
import Glibc
#endif

/// Where the XSD files come from: Debian's `opensaml-schemas`, `xmltooling-schemas` and
/// `shibboleth-sp-common` packages by default, or one directory given with `--schemas`.
/// samlcheck ships none of them.
public struct SchemaLocation: Sendable, Hashable {
    /// One directory holding every file, or nil for the Debian package locations.
    public let directory: String?

    /// The schemas in `directory`, or Debian's schema packages when nil.
    public init(directory: String? = nil) { self.directory = directory }

    /// The files the entry schema imports, and the Debian package and directory of each.
    static let files: [(name: String, package: String, directory: String)] = [
        ("saml-schema-metadata-2.0.xsd", "opensaml-schemas", "/usr/share/xml/opensaml"),
        ("saml-schema-assertion-2.0.xsd", "opensaml-schemas", "/usr/share/xml/opensaml"),
        ("sstc-saml-metadata-ui-v1.0.xsd", "opensaml-schemas", "/usr/share/xml/opensaml"),
        ("saml-metadata-rpi-v1.0.xsd", "opensaml-schemas", "/usr/share/xml/opensaml"),
        ("sstc-metadata-attr.xsd", "opensaml-schemas", "/usr/share/xml/opensaml"),
        ("sstc-saml-metadata-algsupport-v1.0.xsd", "opensaml-schemas", "/usr/share/xml/opensaml"),
        ("sstc-saml-idp-discovery.xsd", "opensaml-schemas", "/usr/share/xml/opensaml"),
        ("sstc-request-initiation.xsd", "opensaml-schemas", "/usr/share/xml/opensaml"),
        ("xml.xsd", "xmltooling-schemas", "/usr/share/xml/xmltooling"),
        ("xmldsig-core-schema.xsd", "xmltooling-schemas", "/usr/share/xml/xmltooling"),
        ("xmldsig11-schema.xsd", "xmltooling-schemas", "/usr/share/xml/xmltooling"),
        ("xenc-schema.xsd", "xmltooling-schemas", "/usr/share/xml/xmltooling"),
        ("xenc11-schema.xsd", "xmltooling-schemas", "/usr/share/xml/xmltooling"),
        ("shibboleth-metadata-1.0.xsd", "shibboleth-sp-common", "/usr/share/xml/shibboleth"),
    ]

    /// The install command printed when files are missing.
    public static let installCommand = "apt-get install opensaml-schemas xmltooling-schemas shibboleth-sp-common"

    /// Absolute paths of every file, or the names of those missing.
    func resolve() -> Result<[String: String], SchemaUnavailable> {
        var paths: [String: String] = [:]
        var missing: [String] = []
        for file in Self.files {
            let base = directory.map { Self.absolute($0) } ?? file.directory
            let path = base.hasSuffix("/") ? base + file.name : base + "/" + file.name
            if access(path, R_OK) == 0 { paths[file.name] = path } else { missing.append(path) }
        }
        guard missing.isEmpty else {
            if let directory {
                var status = stat()
                if stat(directory, &status) != 0 || (status.st_mode & S_IFMT) != S_IFDIR {
                    return .failure(SchemaUnavailable(reason: "the schema directory \(directory) does not exist"))
                }
                let shown = missing.prefix(3).map { String($0[$0.index(after: $0.lastIndex(of: "/")!)...]) }
                let more = missing.count > 3 ? " and \(missing.count - 3) more" : ""
                return .failure(SchemaUnavailable(reason: "\(directory) lacks \(shown.joined(separator: ", "))\(more) of the \(Self.files.count) schema files"))
            }
            let packages = Set(Self.files.filter { file in missing.contains { $0.hasSuffix("/" + file.name) } }.map(\.package)).sorted()
            return .failure(SchemaUnavailable(reason: "the schema packages are not installed (\(missing.count) of \(Self.files.count) files missing); install them with: apt-get install \(packages.joined(separator: " "))"))
        }
        return .success(paths)
    }

    private static func absolute(_ path: String) -> String {
        if path.hasPrefix("/") { return path }
        guard let directory = getcwd(nil, 0) else { return path }
        defer { free(directory) }
        return String(cString: directory) + "/" + path
    }
}

/// Why schema validation cannot run.
public struct SchemaUnavailable: Error, Sendable, Hashable, CustomStringConvertible {
    /// Why, in one sentence.
    public let reason: String
    /// The reason.
    public var description: String { reason }
}
