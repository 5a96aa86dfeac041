/// SP-SUBJECTID-REQ-MISSING: a saml2int SP says which subject identifier it needs.
struct SPSubjectIDReqMissing: Rule {
    static let description = RuleDescription(
        id: "SP-SUBJECTID-REQ-MISSING",
        title: "saml2int SPs signal their subject identifier",
        severity: .warning,
        escalations: [.saml2int: .warning],
        profiles: [.saml2int],
        citation: "S2I SDP-SP15, SDP-SP39",
        rationale: "saml2int SPs MUST say in metadata which identifier they need (subject-id, pairwise-id, any, or none) through the subject-id:req entity attribute; IdPs release the identifier by it, and without it an SP gets whatever the IdP defaults to, or nothing.",
        hint: "Add an mdattr:EntityAttributes with <saml:Attribute Name=\"urn:oasis:names:tc:SAML:profiles:subject-id:req\"> and one value: pairwise-id, subject-id, any or none.",
        examples: [
            .triggers(ExampleMetadata.sp(roleAttributes: "↓"), profiles: [.saml2int]),
            .passes(MDRPI.sp(MDAttr.entityAttributes(name: SPSubjectIDReqInvalid.attributeName, values: ["pairwise-id"])), profiles: [.saml2int]),
        ])

    func check(entity: EntityDescriptor, context: inout RuleContext) {
        guard EntityAttributes.values(SPSubjectIDReqInvalid.attributeName, of: entity).isEmpty else { return }
        for role in entity.serviceProviders {
            context.report("The SP does not say which subject identifier it needs (no subject-id:req entity attribute).", at: role.position)
        }
    }
}
