#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// What `samlcheck diff` compares of one entity: the facts a consumer acts on, read from the
/// model, so that indentation, attribute order, namespace prefixes and certificate line breaks
/// never count as changes. Each fact has an identity (what makes it "the same" endpoint or key
/// in both versions), a readable description, and the line it sits on.
public struct EntitySnapshot: Sendable {
    /// One comparable fact: `identity` pairs it with its counterpart in the other version,
    /// `description` says what it is (a change of description under the same identity is a
    /// change of that fact).
    public struct Fact: Sendable, Hashable {
        /// What pairs the fact with its counterpart in the other version (a key's fingerprint, an endpoint's element and binding…).
        public var identity: String
        /// The fact in words.
        public var description: String
        /// Its line.
        public var line: Int
        /// For a key with a certificate: the certificate's base64 text (the model's string, not a
        /// copy), read again only if the key is reported (its subject and expiry then join the
        /// description). An aggregate's version has tens of thousands of keys and a diff reports
        /// a handful: keeping or parsing every certificate cost more than the rest of the snapshot.
        var certificate: String? = nil
        /// Where in a key's description the certificate's details go: before this ending.
        var placeSuffix = ""

        init(identity: String, description: String, line: Int, certificate: String? = nil, placeSuffix: String = "") {
            self.identity = identity
            self.description = description
            self.line = line
            self.certificate = certificate
            self.placeSuffix = placeSuffix
        }

        /// The description as a report shows it: a key's with its certificate's subject and expiry.
        var reported: String {
            guard let certificate else { return description }
            let details: String
            switch Base64.decode(certificate).map({ CertificateDecoder.decode(der: $0) }) {
            case .success(.success(let info)): details = info.subject + (info.notAfter.map { ", until " + $0.iso8601Day } ?? "")
            case .success(.failure), .failure: details = "unreadable certificate"
            }
            return String(description.dropLast(placeSuffix.count)) + " (" + details + ")" + placeSuffix
        }
    }

    /// The entity's entityID.
    public var entityID: String
    /// Its line.
    public var line: Int
    /// Its roles and their protocols.
    public var roles: [Fact] = []
    /// Its keys, by fingerprint and use.
    public var keys: [Fact] = []
    /// Its endpoints.
    public var endpoints: [Fact] = []
    /// Its entity attributes (categories, assurance certifications…).
    public var attributes: [Fact] = []
    /// Its NameID formats.
    public var nameIDFormats: [Fact] = []
    /// Its shibmd:Scope values.
    public var scopes: [Fact] = []
    /// Its contacts.
    public var contacts: [Fact] = []
    /// Its registration authority and policy.
    public var registration: [Fact] = []
    /// Its validUntil and cacheDuration.
    public var validity: [Fact] = []

    /// The facts of `entity`.
    init(_ entity: EntityDescriptor) {
        entityID = entity.displayID
        line = entity.position.line
        for role in entity.roles {
            let roleName = role.kind.elementName
            roles.append(Fact(identity: roleName, description: roleName + " (" + (role.protocolSupportEnumeration ?? []).joined(separator: " ") + ")",
                              line: role.position.line))
            for key in role.keyDescriptors { keys += Self.keyFacts(key, role: roleName) }
            endpoints += Self.endpointFacts(role.endpoints, role: roleName)
            for format in role.nameIDFormats {
                let value = format.value.trimmingWhitespace()
                nameIDFormats.append(Fact(identity: roleName + " " + value, description: value + " in " + roleName, line: format.position.line))
            }
            for scope in role.extensions?.elements(XMLNamespace.shibmd, "Scope") ?? [] {
                let value = scope.text.trimmingWhitespace() + (scope.attribute("regexp")?.trimmingWhitespace() == "true" ? " (regexp)" : "")
                scopes.append(Fact(identity: roleName + " " + value, description: value + " in " + roleName, line: scope.position.line))
            }
        }
        for element in entity.extensions?.elements(XMLNamespace.mdattr, "EntityAttributes") ?? [] {
            for attribute in element.children(XMLNamespace.assertion, "Attribute") {
                let name = attribute.attribute("Name")?.trimmingWhitespace() ?? ""
                for value in attribute.children(XMLNamespace.assertion, "AttributeValue") {
                    let text = name + " = " + value.text.trimmingWhitespace()
                    attributes.append(Fact(identity: text, description: text, line: value.position.line))
                }
            }
        }
        for info in entity.extensions?.elements(XMLNamespace.mdrpi, "RegistrationInfo") ?? [] {
            let authority = info.attribute("registrationAuthority")?.trimmingWhitespace() ?? "(none)"
            let instant = info.attribute("registrationInstant")?.trimmingWhitespace()
            registration.append(Fact(identity: "registration", description: authority + (instant.map { " at " + $0 } ?? ""), line: info.position.line))
        }
        // Contacts have no identity of their own; they are compared as one set.
        let contactTexts = entity.contacts.map { contact -> String in
            var parts = [contact.contactType?.trimmingWhitespace() ?? "(no type)"]
            let name = [contact.givenName, contact.surName].compactMap { $0?.value.trimmingWhitespace() }.joined(separator: " ")
            if !name.isEmpty { parts.append(name) }
            parts += contact.emailAddresses.map { $0.value.trimmingWhitespace() }
            return parts.joined(separator: " ")
        }.sorted()
        if !contactTexts.isEmpty {
            contacts.append(Fact(identity: "contacts", description: contactTexts.joined(separator: "; "), line: entity.contacts[0].position.line))
        }
        if let validUntil = entity.validUntil {
            validity.append(Fact(identity: "validUntil", description: "validUntil " + validUntil.lexical.trimmingWhitespace(), line: line))
        }
        if let cacheDuration = entity.cacheDuration {
            validity.append(Fact(identity: "cacheDuration", description: "cacheDuration " + cacheDuration.lexical.trimmingWhitespace(), line: line))
        }
    }

    /// A key is the same key when its certificate (or, without one, its key name or value) is
    /// the same, in the same role and for the same use; its description carries the
    /// fingerprint (and, once reported, subject and expiry), so that a rollover reads as one key
    /// out and one in.
    private static func keyFacts(_ key: KeyDescriptor, role: String) -> [Fact] {
        let use = key.use?.trimmingWhitespace() ?? "signing+encryption"
        let certificateTexts = key.keyInfo?.certificates ?? []
        if certificateTexts.isEmpty {
            let names = key.keyInfo?.keyNames.map { $0.value.trimmingWhitespace() } ?? []
            let identity = names.isEmpty ? "key without certificate" : "KeyName " + names.joined(separator: ",")
            return [Fact(identity: role + " " + use + " " + identity, description: use + " " + identity + " in " + role, line: key.position.line)]
        }
        return certificateTexts.map { text in
            guard !text.base64.isBlank, case .success(let der) = Base64.decode(text.base64) else {
                // Text that is not a certificate is still the same text in both versions or not.
                let digest = String(text.base64.filter { !$0.isWhitespace }.suffix(24))
                return Fact(identity: role + " " + use + " unreadable " + digest, description: use + " key (unreadable certificate …\(digest)) in " + role,
                            line: text.position.line)
            }
            let fingerprint = Fingerprint(sha256Of: der).description
            return Fact(identity: role + " " + use + " " + fingerprint, description: use + " key " + fingerprint + " in " + role,
                        line: text.position.line, certificate: text.base64, placeSuffix: " in " + role)
        }
    }

    /// Indexed endpoints are identified by kind and index, the others by kind and binding (and
    /// location when a role repeats a binding); what they point at is their description.
    private static func endpointFacts(_ endpoints: [Endpoint], role: String) -> [Fact] {
        var seen: [String: Int] = [:]
        return endpoints.map { endpoint in
            let binding = endpoint.binding?.trimmingWhitespace() ?? "(no binding)"
            var identity = role + " " + endpoint.kind.rawValue
            if endpoint.kind.isIndexed, let index = endpoint.index?.lexical.trimmingWhitespace() {
                identity += " index " + index
            } else {
                identity += " " + binding
            }
            // A repeated identity (two endpoints with one binding) is told apart by order.
            let repeats = seen[identity, default: 0]
            seen[identity] = repeats + 1
            if repeats > 0 { identity += " #\(repeats + 1)" }
            var description = endpoint.kind.rawValue + " " + (SAMLBinding(rawValue: binding)?.shortName ?? binding) + " " + (endpoint.location?.trimmingWhitespace() ?? "(no Location)")
            if let response = endpoint.responseLocation?.trimmingWhitespace() { description += " (response " + response + ")" }
            if let index = endpoint.index?.lexical.trimmingWhitespace() { description += " index " + index }
            if endpoint.isDefault?.value == true { description += " default" }
            return Fact(identity: identity, description: description + " in " + role, line: endpoint.position.line)
        }
    }
}
