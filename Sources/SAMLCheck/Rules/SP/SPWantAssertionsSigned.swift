/// SP-WANTASSERTIONSSIGNED: explains what WantAssertionsSigned="true" demands of IdPs.
struct SPWantAssertionsSigned: Rule {
    static let description = RuleDescription(
        id: "SP-WANTASSERTIONSSIGNED",
        title: "WantAssertionsSigned demands signed assertions",
        severity: .info,
        profiles: [.core],
        citation: "ERR E7; PROF §4.1.6",
        rationale: "With WantAssertionsSigned=\"true\" the SP requires each Assertion to carry its own signature; a signature on the enclosing Response does not satisfy it. IdPs configured to sign only the Response then fail with this SP.",
        hint: "Make sure every IdP this SP works with signs assertions (in Shibboleth IdP: signAssertions for this relying party).",
        examples: [
            .triggers(ExampleMetadata.sp(ExampleMetadata.postACS, roleAttributes: #"↓WantAssertionsSigned="true""#)),
            .passes(ExampleMetadata.sp()),
        ])

    func check(entity: EntityDescriptor, context: inout RuleContext) {
        for role in entity.serviceProviders where role.wantAssertionsSigned?.value == true {
            context.report("WantAssertionsSigned=\"true\": every Assertion must be signed itself; a signed Response alone will be rejected.",
                           at: role.position)
        }
    }
}
