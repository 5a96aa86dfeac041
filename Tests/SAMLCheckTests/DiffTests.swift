import Foundation
import Testing
@testable import SAMLCheck

/// `samlcheck diff`: changes found by meaning, never by formatting; the JSON contract; exit codes.
@Suite struct DiffTests {
    /// A federation of three entities. `variant` changes what the tests change.
    struct Federation {
        var idpKey: String
        var ssoLocation = "https://idp.example.org/idp/profile/SAML2/Redirect/SSO"
        var withSLO = false
        var categories = ["http://refeds.org/category/research-and-scholarship"]
        var contactEmail = "mailto:ops@example.org"
        var registrar = "https://federation.example.org"
        var validUntil = "2026-12-31T00:00:00Z"
        var withLeaving = true
        var withJoining = false

        var xml: String {
            var text = """
            <?xml version="1.0" encoding="UTF-8"?>
            <md:EntitiesDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata" xmlns:ds="http://www.w3.org/2000/09/xmldsig#"
                xmlns:mdrpi="urn:oasis:names:tc:SAML:metadata:rpi" xmlns:mdattr="urn:oasis:names:tc:SAML:metadata:attribute"
                xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion" ID="_fed" Name="urn:example:fed" validUntil="\(validUntil)">
              <md:EntityDescriptor entityID="https://idp.example.org/idp/shibboleth">
                <md:Extensions>
                  <mdrpi:RegistrationInfo registrationAuthority="\(registrar)"/>
                  <mdattr:EntityAttributes>
                    <saml:Attribute Name="http://macedir.org/entity-category" NameFormat="urn:oasis:names:tc:SAML:2.0:attrname-format:uri">
            \(categories.map { "          <saml:AttributeValue>\($0)</saml:AttributeValue>" }.joined(separator: "\n"))
                    </saml:Attribute>
                  </mdattr:EntityAttributes>
                </md:Extensions>
                <md:IDPSSODescriptor protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol">
                  <md:KeyDescriptor use="signing"><ds:KeyInfo><ds:X509Data><ds:X509Certificate>
            \(stride(from: 0, to: idpKey.count, by: 64).map { String(idpKey.dropFirst($0).prefix(64)) }.joined(separator: "\n"))
                  </ds:X509Certificate></ds:X509Data></ds:KeyInfo></md:KeyDescriptor>
            """
            if withSLO {
                text += "\n      <md:SingleLogoutService Binding=\"urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect\" Location=\"https://idp.example.org/idp/profile/SAML2/Redirect/SLO\"/>"
            }
            text += """

                  <md:SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect" Location="\(ssoLocation)"/>
                </md:IDPSSODescriptor>
                <md:ContactPerson contactType="technical"><md:EmailAddress>\(contactEmail)</md:EmailAddress></md:ContactPerson>
              </md:EntityDescriptor>
              <md:EntityDescriptor entityID="https://sp.example.org/shibboleth">
                <md:SPSSODescriptor protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol">
                  <md:AssertionConsumerService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST" Location="https://sp.example.org/Shibboleth.sso/SAML2/POST" index="1"/>
                </md:SPSSODescriptor>
              </md:EntityDescriptor>
            """
            if withLeaving { text += "\n  " + Self.sp("leaving") }
            if withJoining { text += "\n  " + Self.sp("joining") }
            return text + "\n</md:EntitiesDescriptor>\n"
        }

        /// The same federation with the IdP's single sign-on service moved.
        var withSSOMoved: Federation {
            var moved = self
            moved.ssoLocation = "https://login.example.org/sso"
            return moved
        }

        static func sp(_ name: String) -> String {
            """
            <md:EntityDescriptor entityID="https://\(name).example.org/sp"><md:SPSSODescriptor protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol">\
            <md:AssertionConsumerService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST" Location="https://\(name).example.org/acs" index="0"/>\
            </md:SPSSODescriptor></md:EntityDescriptor>
            """
        }
    }

    static let keys: Result<(old: TestPKI.Identity, new: TestPKI.Identity), Error> = Result {
        (try TestPKI.shared.identity(subject: "idp-2026.example.org", notAfter: "20270101000000Z"),
         try TestPKI.shared.identity(subject: "idp-2027.example.org", notAfter: "20300101000000Z"))
    }

    /// The diff of two whole snapshots, after checking that `Checker.diff` (which leaves out the
    /// entities both versions have alike) finds exactly the same.
    static func diff(_ old: String, _ new: String) async throws -> MetadataDiff {
        let checker = TestEnvironment.checker()
        let whole = MetadataDiff(old: try checker.snapshot(bytes: Array(old.utf8), source: "old.xml"),
                                 new: try checker.snapshot(bytes: Array(new.utf8), source: "new.xml"))
        let oldFile = try TestEnvironment.temporaryFile(Data(old.utf8), name: "old-\(UUID().uuidString).xml")
        let newFile = try TestEnvironment.temporaryFile(Data(new.utf8), name: "new-\(UUID().uuidString).xml")
        var paired = try await checker.diff(.file(oldFile.path), .file(newFile.path))
        #expect((paired.old, paired.new) == (oldFile.path, newFile.path))
        (paired.old, paired.new) = ("old.xml", "new.xml")
        #expect(paired == whole, "paired:\n\(DiffRenderer.text(paired))\nwhole:\n\(DiffRenderer.text(whole))")
        return whole
    }

    /// A parsed document.
    static func tree(_ xml: String) throws -> XMLTree {
        try Array(xml.utf8).withUnsafeBytes { buffer in
            guard case .parsed(let tree) = SafeParser.parse(ParserInput(memory: buffer, limit: 1 << 20), limits: ParseLimits()) else {
                throw CheckFailure.unreadable(source: "test", reason: "not parsed")
            }
            return tree
        }
    }

    @Test("indentation, attribute order, namespace prefixes and certificate line breaks are not changes")
    func formattingIsNotAChange() async throws {
        let federation = Federation(idpKey: try Self.keys.get().old.certificateBase64)
        let original = federation.xml
        var reformatted = original.split(separator: "\n").map { $0.drop { $0 == " " } }.joined(separator: "\n")
        reformatted = reformatted.replacingOccurrences(of: "md:", with: "meta:").replacingOccurrences(of: "xmlns:md=", with: "xmlns:meta=")
        reformatted = reformatted.replacingOccurrences(of: "Binding=\"urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST\" Location=\"https://sp.example.org/Shibboleth.sso/SAML2/POST\" index=\"1\"",
                                                       with: "index=\"1\" Location=\"https://sp.example.org/Shibboleth.sso/SAML2/POST\" Binding=\"urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST\"")
        // The certificate on one line instead of 64-character lines.
        let key = try Self.keys.get().old.certificateBase64
        reformatted = reformatted.replacingOccurrences(of: stride(from: 0, to: key.count, by: 64).map { String(key.dropFirst($0).prefix(64)) }.joined(separator: "\n"), with: key)
        #expect(reformatted != original && reformatted.contains("meta:EntityDescriptor") && reformatted.contains(key))
        let diff = try await Self.diff(original, reformatted)
        #expect(diff.isEmpty, "\(DiffRenderer.text(diff))")
    }

    @Test("entities added and removed; a key rollover, endpoints, categories, contacts, registrar and validity as such")
    func changes() async throws {
        let keys = try Self.keys.get()
        let old = Federation(idpKey: keys.old.certificateBase64)
        var new = old
        new.idpKey = keys.new.certificateBase64
        new.ssoLocation = "https://login.example.org/idp/profile/SAML2/Redirect/SSO"
        new.withSLO = true
        new.categories = ["http://refeds.org/category/research-and-scholarship", "https://refeds.org/sirtfi"]
        new.contactEmail = "mailto:security@example.org"
        new.registrar = "https://other-federation.example.org"
        new.validUntil = "2027-01-07T00:00:00Z"
        new.withLeaving = false
        new.withJoining = true
        let diff = try await Self.diff(old.xml, new.xml)

        #expect(diff.document.map(\.kind) == [.validityChanged])
        #expect(diff.document.first?.before == "validUntil 2026-12-31T00:00:00Z" && diff.document.first?.after == "validUntil 2027-01-07T00:00:00Z")
        #expect(diff.changes.map { "\($0.change.rawValue) \($0.entityID)" } == [
            "removed https://leaving.example.org/sp", "modified https://idp.example.org/idp/shibboleth", "added https://joining.example.org/sp"])
        let idp = try #require(diff.changes.first { $0.change == .modified })
        #expect(idp.details.map(\.kind).sorted { $0.rawValue < $1.rawValue } == [
            .attributeAdded, .contactChanged, .endpointAdded, .endpointChanged, .keyAdded, .keyRemoved, .registrationChanged])
        let removedKey = try #require(idp.details.first { $0.kind == .keyRemoved })
        let addedKey = try #require(idp.details.first { $0.kind == .keyAdded })
        let oldFingerprint = Fingerprint(sha256Of: keys.old.certificateDER).description, newFingerprint = Fingerprint(sha256Of: keys.new.certificateDER).description
        #expect(removedKey.before?.contains(oldFingerprint) == true && removedKey.before?.contains("until 2027-01-01") == true)
        #expect(addedKey.after?.contains(newFingerprint) == true && addedKey.after?.contains("CN=idp-2027.example.org") == true)
        #expect(DiffRenderer.rollovers(idp.details) == ["signing key in IDPSSODescriptor"])
        let sso = try #require(idp.details.first { $0.kind == .endpointChanged })
        #expect(sso.before?.contains("https://idp.example.org/idp/profile") == true && sso.after?.contains("https://login.example.org/idp/profile") == true)
        #expect(idp.details.first { $0.kind == .attributeAdded }?.after == "http://macedir.org/entity-category = https://refeds.org/sirtfi")
        #expect(idp.details.first { $0.kind == .contactChanged }?.after == "technical mailto:security@example.org")
        #expect(diff.kinds.isSuperset(of: [.entityAdded, .entityRemoved, .keyAdded, .validityChanged]))

        let text = DiffRenderer.text(diff)
        #expect(text.hasPrefix("old.xml → new.xml: 1 entity added, 1 removed, 1 modified; the document changed\n"))
        #expect(text.contains("    key rollover: the signing key in IDPSSODescriptor was replaced\n"))
        #expect(text.contains("- https://leaving.example.org/sp (was line"))
    }

    @Test("a signature that stops verifying is a change of the document")
    func signatureChange() async throws {
        let keys = try Self.keys.get()
        let signed = try XMLSigner.sign(Federation(idpKey: keys.old.certificateBase64).xml,
                                        template: XMLSigner.template(referenceURI: "#_fed"), after: "ID=\"_fed\"", identity: keys.new)
        let tampered = signed.replacingOccurrences(of: "https://sp.example.org/Shibboleth.sso/SAML2/POST", with: "https://evil.example.org/POST")
        let diff = try await Self.diff(signed, tampered)
        let change = try #require(diff.document.first { $0.kind == .signatureChanged })
        #expect(change.before?.hasPrefix("untrusted, key SHA256:") == true && change.after == "invalid")
    }

    @Test("entities both versions have alike are found on the trees, and only they")
    func unchangedEntities() throws {
        let old = Federation(idpKey: try Self.keys.get().old.certificateBase64)
        var moved = old.withSSOMoved
        moved.validUntil = "2027-06-30T00:00:00Z"
        #expect(UnchangedEntities(old: try Self.tree(old.xml), new: try Self.tree(moved.xml)).entityIDs
                == ["https://sp.example.org/shibboleth", "https://leaving.example.org/sp"])
        // Re-indented, only the entity written on one line reads the same (and the diff finds no
        // change in the others either: formattingIsNotAChange).
        let reindented = old.xml.split(separator: "\n").map { $0.drop { $0 == " " } }.joined(separator: "\n")
        #expect(UnchangedEntities(old: try Self.tree(old.xml), new: try Self.tree(reindented)).entityIDs == ["https://leaving.example.org/sp"])
        // A single entity is never left out.
        let single = Federation.sp("single").replacingOccurrences(of: "<md:EntityDescriptor ", with: #"<md:EntityDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata" "#)
        #expect(UnchangedEntities(old: try Self.tree(single), new: try Self.tree(single)).entityIDs.isEmpty)
    }

    @Test("what reads the same: lines and namespace declarations may differ, nothing else")
    func subtreeComparison() throws {
        func same(_ a: String, _ b: String) throws -> Bool {
            let left = try Self.tree(a), right = try Self.tree(b)
            return try #require(left.rootElement).readsTheSame(as: try #require(right.rootElement))
        }
        let base = #"<a xmlns="urn:x" xmlns:p="urn:p" k="1" p:l="2"><b>text<!--c--><?pi d?></b><![CDATA[x]]></a>"#
        #expect(try same(base, base))
        #expect(try same(base, "\n\n" + base), "lines")
        #expect(try same(base, base.replacingOccurrences(of: #"<a xmlns="urn:x""#, with: #"<a xmlns:q="urn:unused" xmlns="urn:x""#)), "an unused declaration")
        let different = [
            base.replacingOccurrences(of: #"k="1" p:l="2""#, with: #"p:l="2" k="1""#),      // attribute order
            base.replacingOccurrences(of: #"k="1""#, with: #"k="one""#),                    // attribute value
            base.replacingOccurrences(of: #"xmlns:p="urn:p""#, with: #"xmlns:p="urn:other""#), // attribute namespace
            base.replacingOccurrences(of: "p:l", with: "l").replacingOccurrences(of: "xmlns:p=\"urn:p\" ", with: ""), // unqualified
            base.replacingOccurrences(of: "text", with: "texT"),                            // text deep inside
            base.replacingOccurrences(of: "<!--c-->", with: "<!--C-->"),                     // comment
            base.replacingOccurrences(of: "<?pi d?>", with: "<?pi e?>"),                     // processing instruction
            base.replacingOccurrences(of: "<![CDATA[x]]>", with: "<![CDATA[y]]>"),           // CDATA
            base.replacingOccurrences(of: "</b>", with: "</b><b/>"),                         // an extra element
            base.replacingOccurrences(of: "<!--c-->", with: ""),                             // a node fewer
            base.replacingOccurrences(of: #"<a xmlns="urn:x""#, with: #"<p:a xmlns="urn:x""#).replacingOccurrences(of: "</a>", with: "</p:a>"), // prefix
        ]
        for variant in different {
            #expect(try !same(base, variant), "\(variant)")
            #expect(try !same(variant, base), "\(variant)")
        }
    }

    @Test("a diff that leaves out entities alike finds what the whole snapshots find: duplicates, nesting, no entityID")
    func pairedDiffAgreesWithWholeSnapshots() async throws {
        func aggregate(_ body: String, validUntil: String = "2027-01-01T00:00:00Z") -> String {
            #"<md:EntitiesDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata" validUntil="\#(validUntil)">"# + body + "</md:EntitiesDescriptor>"
        }
        func sp(_ id: String?, acs: String) -> String {
            let attribute = id.map { #" entityID="\#($0)""# } ?? ""
            // Each declares the namespace itself, so that it can also be a document of its own.
            return #"<md:EntityDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata"\#(attribute)><md:SPSSODescriptor protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol">"#
                + #"<md:AssertionConsumerService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST" Location="\#(acs)" index="0"/>"#
                + "</md:SPSSODescriptor></md:EntityDescriptor>"
        }
        let a = sp("https://a.example.org", acs: "https://a.example.org/acs"), a2 = sp("https://a.example.org", acs: "https://a.example.org/other")
        let b = sp("https://b.example.org", acs: "https://b.example.org/acs"), b2 = sp("https://b.example.org", acs: "https://b.example.org/moved")
        let anonymous = sp(nil, acs: "https://anonymous.example.org/acs"), anonymous2 = sp(nil, acs: "https://anonymous.example.org/moved")
        let nested = { (inner: String) in "<md:EntitiesDescriptor>" + inner + "</md:EntitiesDescriptor>" }
        let cases: [(String, String)] = [
            // The first of a repeated entityID is alike; the repeats differ (only the first counts).
            (aggregate(a + b + a2), aggregate(a + b2 + sp("https://a.example.org", acs: "https://a.example.org/third"))),
            // The repeat moves in front of the first: now the first differs.
            (aggregate(a + a2), aggregate(a2 + a)),
            // Entities without entityID, which are never left out.
            (aggregate(anonymous + a), aggregate(anonymous2 + a)),
            (aggregate(anonymous + a), aggregate(anonymous + a)),
            // Nested groups, an entity moving between them, the outer validity changing.
            (aggregate(nested(a + b) + anonymous), aggregate(a + nested(b2 + anonymous), validUntil: "2027-02-01T00:00:00Z")),
            // Added, removed, and alike.
            (aggregate(a + b), aggregate(b + sp("https://c.example.org", acs: "https://c.example.org/acs"))),
            // A single entity on either side.
            (a, aggregate(a + b)),
            (aggregate(a), a2),
        ]
        for (old, new) in cases {
            _ = try await Self.diff(old, new)
        }
        // And it reports what it should: the first b moved, a alike.
        let first = try await Self.diff(cases[0].0, cases[0].1)
        #expect(first.changes.map(\.entityID) == ["https://b.example.org"])
        #expect(try await Self.diff(cases[1].0, cases[1].1).changes.map(\.entityID) == ["https://a.example.org"])
    }

    @Test("versions that cannot be compared: the old one's failure is reported first, whichever fails first")
    func failuresInOrder() async throws {
        let checker = TestEnvironment.checker()
        // Malformed only at its very end, after megabytes: parsing it takes a while.
        let entities = (0..<20_000).map { Federation.sp("sp\($0)") }.joined(separator: "\n")
        let malformed = try TestEnvironment.temporaryFile(Data((#"<md:EntitiesDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata">"#
            + entities + "\n<md:EntityDescriptor").utf8), name: "malformed-\(UUID().uuidString).xml").path
        let response = try TestEnvironment.temporaryFile(Data("<samlp:Response xmlns:samlp=\"urn:oasis:names:tc:SAML:2.0:protocol\"/>".utf8),
                                                         name: "response-\(UUID().uuidString).xml").path
        let good = try TestEnvironment.temporaryFile(Data(Federation(idpKey: try Self.keys.get().old.certificateBase64).xml.utf8),
                                                     name: "good-\(UUID().uuidString).xml").path
        func failure(_ old: String, _ new: String) async -> String {
            do {
                _ = try await checker.diff(.file(old), .file(new))
                return "no failure"
            } catch {
                return "\(error)"
            }
        }
        // A missing file fails at once, a malformed one only once parsed: the old one still wins.
        let both = await failure(malformed, "/nonexistent/new.xml")
        #expect(both.contains(malformed) && both.contains("could not be read"), "\(both)")
        let notMetadata = await failure(response, malformed)
        #expect(notMetadata.contains(response) && notMetadata.contains("not SAML metadata"), "\(notMetadata)")
        // When the old version is fine, the new one's failure is the one.
        let newOnly = await failure(good, "/nonexistent/new.xml")
        #expect(newOnly.contains("/nonexistent/new.xml"), "\(newOnly)")
        let newNotMetadata = await failure(good, response)
        #expect(newNotMetadata.contains(response) && newNotMetadata.contains("not SAML metadata"), "\(newNotMetadata)")
    }

    @Test("the command: JSON contract, exit codes, --fail-on-change, unreadable input")
    func command() throws {
        let keys = try Self.keys.get()
        let old = Federation(idpKey: keys.old.certificateBase64)
        let moved = old.withSSOMoved
        var rolled = old
        rolled.idpKey = keys.new.certificateBase64
        let oldFile = try TestEnvironment.temporaryFile(Data(old.xml.utf8), name: "old.xml")
        let movedFile = try TestEnvironment.temporaryFile(Data(moved.xml.utf8), name: "moved.xml")
        let rolledFile = try TestEnvironment.temporaryFile(Data(rolled.xml.utf8), name: "rolled.xml")

        let same = try TestEnvironment.run(["diff", oldFile.path, oldFile.path])
        #expect(same.status == 0 && same.standardOutput.hasSuffix(": no changes\n"))

        let json = try TestEnvironment.run(["diff", oldFile.path, rolledFile.path, "--format", "json"])
        #expect(json.status == 1)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.standardOutput.utf8)) as? [String: Any])
        let changes = try #require(object["changes"] as? [[String: Any]])
        #expect(changes.count == 1 && changes[0]["entityID"] as? String == "https://idp.example.org/idp/shibboleth" && changes[0]["change"] as? String == "modified")
        let details = try #require(changes[0]["details"] as? [[String: Any]])
        #expect(Set(details.compactMap { $0["kind"] as? String }) == ["key-added", "key-removed"])
        #expect(details.allSatisfy { Set($0.keys) == ["kind", "before", "after", "line"] })
        #expect(object["identical"] as? Bool == false)

        // --fail-on-change: a key change fails, an endpoint change alone does not.
        let keysOnly = ["--fail-on-change", "key-added,key-removed"]
        #expect(try TestEnvironment.run(["diff", oldFile.path, rolledFile.path] + keysOnly).status == 1)
        let endpointOnly = try TestEnvironment.run(["diff", oldFile.path, movedFile.path] + keysOnly)
        #expect(endpointOnly.status == 0 && endpointOnly.standardOutput.contains("endpoint-changed"))
        let unknown = try TestEnvironment.run(["diff", oldFile.path, movedFile.path, "--fail-on-change", "key-rotated"])
        #expect(unknown.status == 2 && unknown.standardError.split(separator: "\n").count == 1)

        let malformed = try TestEnvironment.run(["diff", TestEnvironment.samples.appendingPathComponent("malformed-xml/metadata.xml").path, oldFile.path])
        #expect(malformed.status == 2 && malformed.standardError.contains("could not be read") && malformed.standardError.split(separator: "\n").count == 1)
        let missing = try TestEnvironment.run(["diff", "/nonexistent/old.xml", oldFile.path])
        #expect(missing.status == 2 && missing.standardError.split(separator: "\n").count == 1)
    }
}
