/// The Metadata Query Protocol: the URL of one entity's metadata at an MDQ responder.
public enum MetadataQuery {
    /// `BASE/entities/{percent-encoded entityID}`, or `BASE/entities/{sha1}hex` (with the braces
    /// percent-encoded) when `sha1` is set.
    public static func url(base: String, entityID: String, sha1: Bool) -> String {
        var trimmed = base
        while trimmed.hasSuffix("/") { trimmed.removeLast() }
        let identifier: String
        if sha1 {
            let digest = SHA1.hex(Array(entityID.utf8))
            identifier = "%7Bsha1%7D" + digest
        } else {
            identifier = percentEncoded(entityID)
        }
        return trimmed + "/entities/" + identifier
    }

    /// RFC 3986 percent-encoding of everything but unreserved characters.
    static func percentEncoded(_ text: String) -> String {
        var out = ""
        for byte in text.utf8 {
            let unreserved = (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) || (0x30...0x39).contains(byte)
                || byte == 0x2D || byte == 0x2E || byte == 0x5F || byte == 0x7E
            if unreserved {
                out.append(Character(UnicodeScalar(byte)))
            } else {
                let hex = Array("0123456789ABCDEF")
                out += "%" + String(hex[Int(byte >> 4)]) + String(hex[Int(byte & 0x0F)])
            }
        }
        return out
    }
}

/// An MDQ answer that is not the entity asked for: refused, because a responder that returns
/// another member's metadata could steer trust to the wrong keys.
public struct MetadataQueryMismatch: Error, Sendable, CustomStringConvertible {
    /// The query URL.
    public let url: String
    /// The entityID asked for.
    public let requested: String
    /// The entityIDs the answer holds.
    public let answered: [String]
    /// The answer's document element; nil when it is not XML.
    public let root: String?

    /// Why the answer was refused, in one line.
    public var description: String {
        if root != "EntityDescriptor" {
            return "\(url): the MDQ answer for \(requested) is \(root.map { "an \($0)" } ?? "not metadata"), not a single EntityDescriptor; refused"
        }
        return "\(url): the MDQ answer is for \(answered.first ?? "(no entityID)"), not the requested \(requested); refused"
    }
}
