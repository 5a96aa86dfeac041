/// UI-URL-SCHEME: mdui URLs use https, http or data, never script schemes.
struct UIURLScheme: Rule {
    static let description = RuleDescription(
        id: "UI-URL-SCHEME",
        title: "mdui URLs use web schemes",
        severity: .warning,
        profiles: [.coreExt, .secBP],
        citation: "MDUI §2.3",
        rationale: "Discovery services put InformationURL, PrivacyStatementURL and Logo into web pages; other schemes SHOULD NOT be used, and a javascript: or vbscript: URL is a cross-site scripting attack on every page that renders it.",
        hint: "Use an https URL.",
        examples: [
            .triggers(MDUI.sp(MDUI.uiInfo(#"↓<mdui:InformationURL xml:lang="en">javascript:alert(document.cookie)</mdui:InformationURL>"#)),
                      note: "A script URL is an error."),
            .triggers(MDUI.sp(MDUI.uiInfo(#"↓<mdui:PrivacyStatementURL xml:lang="en">ftp://ftp.northwind.edu/privacy.txt</mdui:PrivacyStatementURL>"#))),
            .passes(MDUI.sp(MDUI.uiInfo(#"<mdui:PrivacyStatementURL xml:lang="en">https://www.northwind.edu/privacy</mdui:PrivacyStatementURL>"#))),
        ])

    func check(entity: EntityDescriptor, context: inout RuleContext) {
        for name in ["InformationURL", "PrivacyStatementURL", "Logo"] {
            for element in MDUI.elements(name, in: entity) {
                let value = element.trimmedText
                // Browsers ignore ASCII whitespace and control characters inside a scheme.
                let squeezed = value.utf8.contains(where: { $0 <= 0x20 }) ? String(value.unicodeScalars.filter { $0.value > 0x20 }) : value
                guard let scheme = URIText(squeezed).scheme else { continue }
                switch scheme {
                case "https", "http", "data": continue
                case "javascript", "vbscript":
                    context.report("mdui:\(name) uses the \(scheme): scheme, which runs script in pages that show it.", at: element.position, severity: .error)
                default:
                    context.report("mdui:\(name) uses the \(scheme): scheme; only https (or http, data) is expected.", at: element.position)
                }
            }
        }
    }
}
