/// UI-LOGO-DIMENSIONS: logos say how large they are.
struct UILogoDimensions: Rule {
    static let description = RuleDescription(
        id: "UI-LOGO-DIMENSIONS",
        title: "Logo height and width are positive integers",
        severity: .error,
        profiles: [.coreExt],
        citation: "MDUI §2.1.5",
        rationale: "height and width are required positive integers (pixels); discovery services choose logos by size and lay out pages before the image loads.",
        hint: "Give the logo's real size in pixels: <mdui:Logo height=\"60\" width=\"80\">.",
        examples: [
            .triggers(MDUI.sp(MDUI.uiInfo(#"↓<mdui:Logo height="60px">https://www.northwind.edu/logo.png</mdui:Logo>"#))),
            .passes(MDUI.sp(MDUI.uiInfo(#"<mdui:Logo height="60" width="80">https://www.northwind.edu/logo.png</mdui:Logo>"#))),
        ])

    func check(entity: EntityDescriptor, context: inout RuleContext) {
        for logo in MDUI.elements("Logo", in: entity) {
            var problems: [String] = []
            for dimension in ["height", "width"] {
                guard let value = logo.attribute(dimension) else { problems.append("no \(dimension)"); continue }
                let trimmed = value.trimmingWhitespace()
                if !(trimmed.utf8.allSatisfy { (0x30...0x39).contains($0) } && (Int(trimmed) ?? 0) > 0) {
                    problems.append("\(dimension) \"\(value)\" is not a positive integer")
                }
            }
            if !problems.isEmpty { context.report("The logo has \(problems.joined(separator: " and ")).", at: logo.position) }
        }
    }
}
