/// IDP-NAMEIDFORMAT-NO-TRANSIENT: an IdP that lists NameID formats lists transient.
struct IDPNameIDFormatNoTransient: Rule {
    static let transient = "urn:oasis:names:tc:SAML:2.0:nameid-format:transient"

    static let description = RuleDescription(
        id: "IDP-NAMEIDFORMAT-NO-TRANSIENT",
        title: "The IdP supports transient NameIDs",
        severity: .info,
        escalations: [.saml2int: .error],
        profiles: [.saml2int],
        citation: "S2I SDP-IDP12; UKF check_saml2int.xsl",
        rationale: "saml2int assertions carry a transient NameID (identifiers travel as attributes; the NameID serves logout). An IdP that lists its NameID formats without transient tells SPs it cannot send one.",
        hint: "Add <md:NameIDFormat>urn:oasis:names:tc:SAML:2.0:nameid-format:transient</md:NameIDFormat>, or list no formats.",
        examples: [
            .triggers(ExampleMetadata.idp(#"↓<md:NameIDFormat>urn:oasis:names:tc:SAML:2.0:nameid-format:persistent</md:NameIDFormat>"# + "\n" + ExampleMetadata.redirectSSO),
                      profiles: [.saml2int]),
            .passes(ExampleMetadata.idp("<md:NameIDFormat>\(transient)</md:NameIDFormat>\n" + ExampleMetadata.redirectSSO), profiles: [.saml2int]),
        ])

    func check(entity: EntityDescriptor, context: inout RuleContext) {
        for role in entity.identityProviders {
            guard let first = role.nameIDFormats.first, !role.nameIDFormats.contains(where: { $0.value.trimmingWhitespace() == Self.transient }) else { continue }
            context.report("The IDPSSODescriptor lists NameID formats but not transient.", at: first.position)
        }
    }
}
