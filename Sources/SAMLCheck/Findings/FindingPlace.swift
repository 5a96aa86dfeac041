/// A place in a document other than the one a finding is reported at: for a finding about an
/// SP and an IdP together, the element on the other side.
public struct FindingPlace: Sendable, Hashable, Codable {
    /// The other document's source (path, `-` or URL).
    public var document: String
    /// The entity on the other side.
    public var entityID: String?
    /// The element's line in the other document.
    public var line: Int?
    /// The element's path in the other document.
    public var path: String?

    /// A place in `document`.
    public init(document: String, entityID: String?, line: Int?, path: String?) {
        self.document = document
        self.entityID = entityID
        self.line = line
        self.path = path
    }

    /// Every key is written (null when unknown), as for findings.
    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(document, forKey: .document)
        try container.encode(entityID, forKey: .entityID)
        try container.encode(line, forKey: .line)
        try container.encode(path, forKey: .path)
    }

    enum CodingKeys: String, CodingKey { case document, entityID, line, path }
}
