/// UI-LOGO-HTTPS: logos load over https (or are inline data: URIs).
struct UILogoHTTPS: Rule {
    static let description = RuleDescription(
        id: "UI-LOGO-HTTPS",
        title: "Logos are https: or data: URIs",
        severity: .warning,
        escalations: [.saml2int: .error],
        profiles: [.coreExt, .saml2int],
        citation: "MDUI §2.1.5; S2I SDP-MD10",
        rationale: "Discovery and login pages are served over https; an http logo is blocked as mixed content or lets a network attacker swap the image users trust. saml2int requires https.",
        hint: "Serve the logo from an https URL, or inline it as a data: URI.",
        examples: [
            .triggers(MDUI.sp(MDUI.uiInfo(#"↓<mdui:Logo height="60" width="80">http://www.northwind.edu/logo.png</mdui:Logo>"#))),
            .passes(MDUI.sp(MDUI.uiInfo(#"<mdui:Logo height="60" width="80">https://www.northwind.edu/logo.png</mdui:Logo>"#))),
        ])

    func check(entity: EntityDescriptor, context: inout RuleContext) {
        for logo in MDUI.elements("Logo", in: entity) {
            let uri = URIText(logo.trimmedText)
            switch uri.scheme {
            case "https"?, "data"?: continue
            case "http"?: context.report("The logo \(logo.trimmedText) is loaded over plain http.", at: logo.position)
            case nil where !logo.trimmedText.isEmpty:
                context.report("The logo \(logo.trimmedText) is not an absolute https URL.", at: logo.position)
            default: continue  // other schemes: UI-URL-SCHEME
            }
        }
    }
}
