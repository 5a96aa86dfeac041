/// ROLE-PSE-OVERLAP: two roles of one type should not claim the same protocol.
struct ROLEPSEOverlap: Rule {
    static let description = RuleDescription(
        id: "ROLE-PSE-OVERLAP",
        title: "Roles of one type do not share a protocol",
        severity: .warning,
        profiles: [.core],
        citation: "META §2.3.2",
        rationale: "When two role descriptors of the same type list the same protocol, which one a peer uses is undefined; the specification recommends against it.",
        hint: "Merge the two role descriptors, or give each its own protocols.",
        examples: [
            .triggers(ExampleMetadata.entity("""
            \(ExampleMetadata.role("SPSSODescriptor", ExampleMetadata.postACS))
            \(ExampleMetadata.role("SPSSODescriptor", ExampleMetadata.postACS, attributes: "↓"))
            """)),
            .passes(ExampleMetadata.sp()),
        ])

    func check(entity: EntityDescriptor, context: inout RuleContext) {
        var seen: [String: RoleDescriptor] = [:]
        for role in entity.roles {
            let key = role.kind.elementName + "|" + (role.kindDiscriminator)
            for uri in Set(role.protocolSupportEnumeration ?? []).sorted() {
                if let earlier = seen[key + "|" + uri] {
                    context.report(
                        "This \(role.kind.elementName) and the one at line \(earlier.position.line) both support \(uri); which one peers use is undefined.",
                        at: role.position)
                    break
                }
                seen[key + "|" + uri] = role
            }
        }
    }
}

private extension RoleDescriptor {
    /// Extension roles of different xsi:types are different kinds of role.
    var kindDiscriminator: String {
        if case .other(let type) = kind { return type ?? "" }
        return ""
    }
}
