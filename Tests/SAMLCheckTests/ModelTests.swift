import Foundation
import Testing
@testable import SAMLCheck

/// The typed model: what the builder reads from metadata, with lines and paths.
@Suite struct ModelTests {
    static let aggregate = """
    <?xml version="1.0"?>
    <md:EntitiesDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata" xmlns:ds="http://www.w3.org/2000/09/xmldsig#"
        xmlns:mdui="urn:oasis:names:tc:SAML:metadata:ui" xmlns:shibmd="urn:mace:shibboleth:metadata:1.0"
        xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:fed="http://docs.oasis-open.org/wsfed/federation/200706"
        xmlns:idpdisc="urn:oasis:names:tc:SAML:profiles:SSO:idp-discovery-protocol"
        ID="_agg" Name="https://fed.example.org" validUntil="2026-12-10T00:00:00Z" cacheDuration="PT6H">
      <md:EntitiesDescriptor Name="inner" validUntil="2026-12-05T00:00:00Z">
        <md:EntityDescriptor entityID="https://idp.example.org/idp" ID="_idp">
          <md:IDPSSODescriptor protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol urn:oasis:names:tc:SAML:1.1:protocol" WantAuthnRequestsSigned="1">
            <md:Extensions>
              <shibmd:Scope regexp="false">example.org</shibmd:Scope>
              <mdui:UIInfo><mdui:DisplayName xml:lang="en">Example IdP</mdui:DisplayName></mdui:UIInfo>
            </md:Extensions>
            <md:KeyDescriptor use="signing">
              <ds:KeyInfo><ds:KeyName>k1</ds:KeyName><ds:X509Data><ds:X509Certificate>QUJD<!-- c -->REVG</ds:X509Certificate></ds:X509Data></ds:KeyInfo>
            </md:KeyDescriptor>
            <md:KeyDescriptor>
              <ds:KeyInfo><ds:KeyValue><ds:RSAKeyValue><ds:Modulus>AQAB</ds:Modulus><ds:Exponent>AQAB</ds:Exponent></ds:RSAKeyValue></ds:KeyValue></ds:KeyInfo>
              <md:EncryptionMethod Algorithm="http://www.w3.org/2009/xmlenc11#aes128-gcm"/>
            </md:KeyDescriptor>
            <md:SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect" Location="https://idp.example.org/sso"/>
            <md:NameIDFormat>urn:oasis:names:tc:SAML:2.0:nameid-format:transient</md:NameIDFormat>
          </md:IDPSSODescriptor>
        </md:EntityDescriptor>
      </md:EntitiesDescriptor>
      <md:EntityDescriptor entityID="https://sp.example.org/sp" validUntil="2026-12-01T00:00:00Z">
        <md:SPSSODescriptor protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol" WantAssertionsSigned="true">
          <md:Extensions>
            <idpdisc:DiscoveryResponse Binding="urn:oasis:names:tc:SAML:profiles:SSO:idp-discovery-protocol" Location="https://sp.example.org/ds" index="1"/>
          </md:Extensions>
          <md:AssertionConsumerService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST" Location="https://sp.example.org/acs" index="1"/>
          <md:AssertionConsumerService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Artifact" Location="https://sp.example.org/art" index="2" isDefault="false"/>
          <md:AttributeConsumingService index="1"><md:ServiceName xml:lang="en">Portal</md:ServiceName>
            <md:RequestedAttribute Name="urn:oid:1.3.6.1.4.1.5923.1.1.1.6" isRequired="true"/></md:AttributeConsumingService>
        </md:SPSSODescriptor>
        <md:RoleDescriptor xsi:type="fed:ApplicationServiceType" protocolSupportEnumeration="http://docs.oasis-open.org/wsfed/federation/200706"/>
        <md:Organization><md:OrganizationName xml:lang="en">Example</md:OrganizationName></md:Organization>
        <md:ContactPerson contactType="other" xmlns:remd="http://refeds.org/metadata" remd:contactType="http://refeds.org/metadata/contactType/security">
          <md:EmailAddress>mailto:security@example.org</md:EmailAddress>
        </md:ContactPerson>
      </md:EntityDescriptor>
    </md:EntitiesDescriptor>
    """

    @Test("an aggregate with a nested group is read completely")
    func aggregateStructure() throws {
        let document = try TestEnvironment.model(Self.aggregate)
        #expect(document.root == .entitiesDescriptor)
        #expect(document.groups.count == 2)
        #expect(document.groups[0].name == "https://fed.example.org")
        #expect(document.groups[0].cacheDuration?.seconds == 21_600)
        #expect(document.groups[1].parent == 0)
        #expect(document.groups[1].depth == 1)
        #expect(document.entities.map(\.entityID) == ["https://idp.example.org/idp", "https://sp.example.org/sp"])
        #expect(document.entities[0].group == 1)
        #expect(document.entities[1].group == 0)
        // The nested group's earlier validUntil governs the IdP.
        #expect(document.entities[0].effectiveValidUntil == XSDateTime("2026-12-05T00:00:00Z").date)
        #expect(document.entities[1].effectiveValidUntil == XSDateTime("2026-12-01T00:00:00Z").date)
        #expect(document.idDeclarations.map(\.value) == ["_agg", "_idp"])
        #expect(Set(document.elementNamespaces.map(\.namespace)).isSuperset(of: [XMLNamespace.metadata, XMLNamespace.mdui, XMLNamespace.shibmd]))
    }

    @Test("roles, keys, endpoints and extensions carry their values and lines")
    func rolesAndKeys() throws {
        let document = try TestEnvironment.model(Self.aggregate)
        let idp = try #require(document.entities[0].roles.first)
        #expect(idp.kind == .identityProvider)
        #expect(idp.protocolSupportEnumeration == [SAMLProtocol.saml2, SAMLProtocol.saml11])
        #expect(idp.wantAuthnRequestsSigned?.value == true)
        #expect(idp.position.line == 9)
        #expect(idp.keyDescriptors.count == 2)
        #expect(idp.keyDescriptors[0].knownUse == .signing)
        #expect(idp.keyDescriptors[0].keyInfo?.keyNames.map(\.value) == ["k1"])
        let certificate = try #require(idp.keyDescriptors[0].keyInfo?.certificates.first)
        #expect(certificate.base64 == "QUJDREVG")
        #expect(certificate.containsComment)
        #expect(idp.keyDescriptors[1].use == nil)
        #expect(idp.keyDescriptors[1].isUsableForEncryption && idp.keyDescriptors[1].isUsableForSigning)
        #expect(idp.keyDescriptors[1].keyInfo?.keyValues.first?.content == .rsa(modulus: "AQAB", exponent: "AQAB"))
        #expect(idp.keyDescriptors[1].encryptionMethods.map(\.algorithm) == ["http://www.w3.org/2009/xmlenc11#aes128-gcm"])
        #expect(idp.endpoints(.singleSignOnService).first?.knownBinding == .httpRedirect)
        #expect(idp.nameIDFormats.map(\.value) == ["urn:oasis:names:tc:SAML:2.0:nameid-format:transient"])
        let scope = try #require(idp.extensions?.elements(XMLNamespace.shibmd, "Scope").first)
        #expect(scope.text == "example.org")
        #expect(scope.attribute("regexp") == "false")
        let display = try #require(idp.extensions?.elements(XMLNamespace.mdui, "UIInfo").first?.children.first)
        #expect(display.language == "en")
        #expect(display.text == "Example IdP")
    }

    @Test("SP details, extension roles, organisation and contacts")
    func serviceProvider() throws {
        let document = try TestEnvironment.model(Self.aggregate)
        let entity = document.entities[1]
        let sp = try #require(entity.serviceProviders.first)
        #expect(sp.wantAssertionsSigned?.value == true)
        #expect(sp.endpoints(.assertionConsumerService).map { $0.index?.value } == [1, 2])
        #expect(sp.endpoints(.assertionConsumerService)[1].isDefault?.value == false)
        #expect(sp.endpoints(.discoveryResponse).count == 1)
        #expect(sp.attributeConsumingServices.first?.requestedAttributes.first?.isRequired?.value == true)
        #expect(entity.roles.count == 2)
        #expect(entity.roles[1].kind == .other(xsiType: "fed:ApplicationServiceType"))
        #expect(entity.organization?.names.first?.value == "Example")
        let contact = try #require(entity.contacts.first)
        #expect(contact.contactType == "other")
        #expect(contact.otherAttributes.first { $0.localName == "contactType" }?.value == "http://refeds.org/metadata/contactType/security")
        #expect(contact.emailAddresses.map(\.value) == ["mailto:security@example.org"])
    }

    @Test("paths are readable and name the entity")
    func readablePaths() throws {
        let document = try TestEnvironment.model(Self.aggregate)
        let sp = document.entities[1].serviceProviders[0]
        let acs = sp.endpoints(.assertionConsumerService)[1]
        #expect(document.path(of: acs.position)
            == "/EntitiesDescriptor[@Name='https://fed.example.org']/EntityDescriptor[@entityID='https://sp.example.org/sp']/SPSSODescriptor/AssertionConsumerService[2]")
        let scope = try #require(document.entities[0].roles[0].extensions?.elements.first)
        #expect(document.path(of: scope.position)?.hasSuffix("/IDPSSODescriptor/Extensions/shibmd:Scope") == true)
        // A position from another document does not resolve against this one.
        let other = try TestEnvironment.model(Self.aggregate)
        #expect(document.path(of: other.entities[0].position) == nil)
    }

    @Test("xs:dateTime values", arguments: [
        ("2026-12-04T00:00:00Z", "2026-12-04T00:00:00Z", true, true),
        ("2026-12-04T01:00:00+01:00", "2026-12-04T00:00:00Z", true, false),
        ("2026-12-04T00:00:00.123Z", "2026-12-04T00:00:00Z", true, true),
        ("2026-12-04T00:00:00", "2026-12-04T00:00:00Z", false, true),
        ("2024-02-29T12:00:00Z", "2024-02-29T12:00:00Z", true, true),
    ])
    func dateTimes(lexical: String, instant: String, hasZone: Bool, utc: Bool) {
        let value = XSDateTime(lexical)
        #expect(value.date?.iso8601 == instant)
        #expect(value.hasTimeZone == hasZone)
        #expect(value.isUTC == utc)
    }

    @Test("invalid xs:dateTime values have no date", arguments: [
        "2026-13-01T00:00:00Z", "2023-02-29T00:00:00Z", "2026-12-04", "yesterday", "2026-12-04T25:00:00Z", "", "0001-01-01T00:00:00Zjunk",
    ])
    func invalidDateTimes(lexical: String) {
        #expect(XSDateTime(lexical).date == nil)
    }

    @Test("xs:duration values", arguments: [
        ("PT6H", 21_600.0), ("P1D", 86_400.0), ("PT1H30M", 5_400.0), ("P1Y", 31_536_000.0), ("PT0.5S", 0.5), ("-PT1H", -3_600.0),
    ])
    func durations(lexical: String, seconds: Double) {
        #expect(XSDuration(lexical).seconds == seconds)
    }

    @Test("invalid xs:duration values", arguments: ["6H", "P", "PT", "P1H", "PT1D", "P1.5D", "P1DT", ""])
    func invalidDurations(lexical: String) {
        #expect(XSDuration(lexical).seconds == nil)
    }

    @Test("a document of another kind has no entities and says what it is")
    func otherRoot() throws {
        let document = try TestEnvironment.model("<samlp:Response xmlns:samlp=\"urn:oasis:names:tc:SAML:2.0:protocol\"/>")
        #expect(document.root == .other(namespace: XMLNamespace.protocolNS, localName: "Response"))
        #expect(document.entities.isEmpty)
    }

    @Test("carriage-return character references are found; literal CRs are not")
    func carriageReturns() throws {
        let withReference = try TestEnvironment.model("<a>\n<b>x&#13;y</b>\n<c d=\"1&#xD;\"/></a>")
        #expect(withReference.carriageReturnReferenceLines == [2, 3])
        let literal = try TestEnvironment.model("<a>\r\n<b>x</b>\r\n</a>")
        #expect(literal.carriageReturnReferenceLines.isEmpty)
        // The parser notes them as text goes by: a parent's text after a child counts for the
        // parent's line, a reference between elements (whitespace) for the enclosing element,
        // several on one line give that line once, and text outside the document element or a
        // CDATA section (where references are not resolved) gives none.
        let scattered = try TestEnvironment.model(
            "<a>\n<b>\n<c>x</c>\ntail&#13;</b>\n<d e=\"&amp;&#13;\" f=\"&#13;\">&#xd;<g>&#13;</g></d>&#13;\n<h><![CDATA[&#13;]]></h></a>")
        #expect(scattered.carriageReturnReferenceLines == [1, 2, 5])
        let outside = try TestEnvironment.model("<a>x</a>\n<!-- &#13; -->")
        #expect(outside.carriageReturnReferenceLines.isEmpty)
    }

    @Test("entities found without a model, skipped, or handed over in batches are the model's entities, in its order")
    func entityElementsAndHandingOver() throws {
        // An aggregate of more entities than a batch, in nested groups with their own validity.
        let many = (0..<150).map { index in
            let entity = #"<md:EntityDescriptor entityID="https://sp\#(index).example.org"><md:SPSSODescriptor protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol"/></md:EntityDescriptor>"#
            return index % 50 == 0 ? #"<md:EntitiesDescriptor validUntil="2026-12-0\#(1 + index / 50)T00:00:00Z">"# + entity + "</md:EntitiesDescriptor>" : entity
        }.joined(separator: "\n")
        var documents = [Self.aggregate,
                         #"<md:EntitiesDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata" validUntil="2026-12-20T00:00:00Z">"# + many + "</md:EntitiesDescriptor>"]
        let files = FileManager.default.enumerator(at: TestEnvironment.samples, includingPropertiesForKeys: nil)?
            .compactMap { $0 as? URL }.filter { $0.pathExtension == "xml" } ?? []
        for file in files { documents.append(try String(contentsOf: file, encoding: .utf8)) }
        var aggregates = 0
        for xml in documents {
            guard let tree = try? DiffTests.tree(xml) else { continue }   // the malformed and DOCTYPE samples
            let document = ModelBuilder.build(tree: tree)
            let located = ModelBuilder.entityElements(of: tree)
            #expect(located.map(\.entityID) == document.entities.map(\.entityID))
            #expect(located.map { tree.position(of: $0.element).line } == document.entities.map(\.position.line))

            var handed: [EntityDescriptor] = []
            var numbers: [Int] = []
            ModelBuilder.forEachEntity(in: tree) { number, batch in
                handed += batch
                numbers.append(number)
            }
            #expect(handed.map(\.entityID) == document.entities.map(\.entityID))
            #expect(handed.map(\.group) == document.entities.map(\.group))
            #expect(handed.map(\.effectiveValidUntil) == document.entities.map(\.effectiveValidUntil))
            #expect(handed.map(\.position.line) == document.entities.map(\.position.line))
            #expect(numbers == Array(0..<((document.entities.count + 63) / 64)))
            // Three walks sharing the batches out build each entity once, in the same batches.
            var shared: [(number: Int, entityIDs: [String?])] = []
            for part in 0..<3 {
                ModelBuilder.forEachEntity(in: tree, ModelBuilder.EntityBatches(part: part, parts: 3)) { number, batch in
                    #expect(number % 3 == part)
                    shared.append((number, batch.map(\.entityID)))
                }
            }
            #expect(shared.sorted { $0.number < $1.number }.flatMap(\.entityIDs) == document.entities.map(\.entityID))

            let skipped = ModelBuilder.build(tree: tree, skippingEntities: true)
            #expect(skipped.idDeclarations.map(\.value) == document.idDeclarations.map(\.value))
            #expect(skipped.signatureLocations.map(\.position.line) == document.signatureLocations.map(\.position.line))
            guard document.root == .entitiesDescriptor, let first = document.entities.first?.entityID else {
                #expect(skipped.entities.map(\.entityID) == document.entities.map(\.entityID), "a standalone entity is always built")
                continue
            }
            aggregates += 1
            #expect(skipped.entities.isEmpty)
            #expect(skipped.groups.map(\.entityCount) == document.groups.map(\.entityCount))
            var except: [String?] = []
            ModelBuilder.forEachEntity(in: tree, ModelBuilder.EntityBatches(except: [first])) { except += $1.map(\.entityID) }
            #expect(except == document.entities.map(\.entityID).filter { $0 != first })
        }
        #expect(documents.count > 50 && aggregates >= 5)
    }
}
