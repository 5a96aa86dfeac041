import Foundation
@testable import SAMLCheck

/// Signs test documents with the real `xmlsec1` CLI: a signature template is put where it belongs
/// and `xmlsec1 --sign` fills in digest, signature value and certificate.
enum XMLSigner {
    static let envelopedExclusive = [SignatureAlgorithms.envelopedSignature, SignatureAlgorithms.exclusiveC14N]

    /// A ds:Signature template.
    static func template(referenceURI: String?, c14n: String = SignatureAlgorithms.exclusiveC14N,
                         method: String = SignatureAlgorithms.rsaSHA256, digest: String = SignatureAlgorithms.sha256,
                         transforms: [String] = envelopedExclusive, object: String? = nil, keyInfo: Bool = true) -> String {
        var text = "<ds:Signature xmlns:ds=\"http://www.w3.org/2000/09/xmldsig#\"><ds:SignedInfo>"
        text += "<ds:CanonicalizationMethod Algorithm=\"\(c14n)\"/><ds:SignatureMethod Algorithm=\"\(method)\"/>"
        text += "<ds:Reference" + (referenceURI.map { " URI=\"\($0)\"" } ?? "") + "><ds:Transforms>"
        for transform in transforms { text += "<ds:Transform Algorithm=\"\(transform)\"/>" }
        text += "</ds:Transforms><ds:DigestMethod Algorithm=\"\(digest)\"/><ds:DigestValue/></ds:Reference></ds:SignedInfo>"
        text += "<ds:SignatureValue/>"
        if keyInfo { text += "<ds:KeyInfo><ds:X509Data/></ds:KeyInfo>" }
        if let object { text += "<ds:Object>\(object)</ds:Object>" }
        text += "</ds:Signature>"
        return text
    }

    /// Inserts `template` right after the start tag of the first element whose start tag contains
    /// `elementMarker` (for example `ID="_agg"`), then signs with `identity`.
    static func sign(_ xml: String, template: String, after elementMarker: String, identity: TestPKI.Identity,
                     idElements: [String] = ["EntitiesDescriptor", "EntityDescriptor"],
                     qualifiedIDElements: [String] = []) throws -> String {
        guard let marker = xml.range(of: elementMarker), let close = xml.range(of: ">", range: marker.upperBound..<xml.endIndex) else {
            throw ToolFailure(tool: "XMLSigner", output: "no element with \(elementMarker)")
        }
        var unsigned = xml
        unsigned.insert(contentsOf: template, at: close.upperBound)
        let input = try TestEnvironment.temporaryFile(Data(unsigned.utf8), name: "unsigned.xml")
        let output = input.deletingLastPathComponent().appendingPathComponent("signed.xml")
        var arguments = ["--sign", "--privkey-pem", "\(identity.keyPath),\(identity.certificatePath)"]
        for element in idElements { arguments += ["--id-attr:ID", "urn:oasis:names:tc:SAML:2.0:metadata:\(element)"] }
        for element in qualifiedIDElements { arguments += ["--id-attr:ID", element] }
        arguments += ["--output", output.path, input.path]
        let result = try TestEnvironment.runProgram(URL(fileURLWithPath: "/usr/bin/xmlsec1"), arguments)
        guard result.status == 0 else { throw ToolFailure(tool: "xmlsec1 --sign", output: result.standardError) }
        return try String(contentsOf: output, encoding: .utf8)
    }
}
