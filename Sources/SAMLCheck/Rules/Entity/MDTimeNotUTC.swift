/// MD-TIME-NOT-UTC: SAML times are UTC; mdrpi instants must use `Z`.
struct MDTimeNotUTC: Rule {
    static let description = RuleDescription(
        id: "MD-TIME-NOT-UTC",
        title: "Times are UTC with Z",
        severity: .warning,
        profiles: [.core, .coreExt],
        citation: "CORE §1.3.3; RPI §2.1.1, §2.2.1; UKF check_mdrpi.xsl",
        rationale: "SAML times MUST be expressed in UTC with no time-zone component; a local offset or a missing zone is read differently by different products. mdrpi's registrationInstant and creationInstant MUST use the 'Z' form (an error here).",
        hint: "Write times as YYYY-MM-DDThh:mm:ssZ in UTC.",
        examples: [
            .triggers(ExampleMetadata.entity(ExampleMetadata.role("SPSSODescriptor", ExampleMetadata.postACS),
                                             attributes: #"validUntil="2026-06-15T02:00:00+02:00""#, marked: true)),
            .triggers(ExampleMetadata.entity("""
            <md:Extensions>
              ↓<mdrpi:RegistrationInfo xmlns:mdrpi="urn:oasis:names:tc:SAML:metadata:rpi" registrationAuthority="https://federation.example.org" registrationInstant="2020-01-01T00:00:00"/>
            </md:Extensions>
            \(ExampleMetadata.role("SPSSODescriptor", ExampleMetadata.postACS))
            """), note: "registrationInstant without a zone: an error."),
            .passes(ExampleMetadata.sp()),
        ])

    func check(document: MetadataDocument, context: inout RuleContext) {
        for group in document.groups {
            inspect(group.validUntil, name: "validUntil", at: group.position, context: &context, entity: nil)
            inspectInstants(group.extensions, context: &context, entity: nil)
        }
    }

    func check(entity: EntityDescriptor, context: inout RuleContext) {
        inspect(entity.validUntil, name: "validUntil", at: entity.position, context: &context, entity: entity)
        inspectInstants(entity.extensions, context: &context, entity: entity)
        for role in entity.roles {
            inspect(role.validUntil, name: "validUntil", at: role.position, context: &context, entity: entity)
        }
    }

    private func inspect(_ time: XSDateTime?, name: String, at position: SourcePosition, context: inout RuleContext,
                         entity: EntityDescriptor?, strict: Bool = false) {
        guard let time else { return }
        if time.date == nil {
            context.report("\(name)=\"\(time.lexical)\" is not a valid xs:dateTime.", at: position, entity: entity, severity: .error,
                           hint: "Write it as YYYY-MM-DDThh:mm:ssZ.")
        } else if !time.hasTimeZone {
            context.report("\(name)=\"\(time.lexical)\" has no time zone; SAML times are UTC and end in Z.",
                           at: position, entity: entity, severity: strict ? .error : nil)
        } else if !time.isUTC {
            context.report("\(name)=\"\(time.lexical)\" is not in UTC.", at: position, entity: entity, severity: strict ? .error : nil)
        } else if strict && !time.usesZ {
            context.report("\(name)=\"\(time.lexical)\" must use the 'Z' form.", at: position, entity: entity, severity: .error)
        }
    }

    private func inspectInstants(_ extensions: Extensions?, context: inout RuleContext, entity: EntityDescriptor?) {
        guard let extensions else { return }
        for info in extensions.elements(XMLNamespace.mdrpi, "RegistrationInfo") {
            inspect(info.attribute("registrationInstant").map(XSDateTime.init), name: "registrationInstant",
                    at: info.position, context: &context, entity: entity, strict: true)
        }
        for info in extensions.elements(XMLNamespace.mdrpi, "PublicationInfo") {
            inspect(info.attribute("creationInstant").map(XSDateTime.init), name: "creationInstant",
                    at: info.position, context: &context, entity: entity, strict: true)
        }
    }
}
