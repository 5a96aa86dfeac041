/// UI-GEOHINT: GeolocationHint is an RFC 5870 geo: URI.
struct UIGeoHint: Rule {
    static let description = RuleDescription(
        id: "UI-GEOHINT",
        title: "GeolocationHint is a geo: URI",
        severity: .error,
        profiles: [.coreExt],
        citation: "MDUI §2.2.4; UKF check_mdui.xsl",
        rationale: "Coordinates are given as RFC 5870 geo URIs (geo:latitude,longitude); anything else cannot be used to rank IdPs by distance.",
        hint: "Write the location as geo:52.2053,0.1218 (latitude, longitude in decimal degrees).",
        examples: [
            .triggers(MDUI.idp(#"<mdui:DiscoHints \#(MDUI.namespace)>↓<mdui:GeolocationHint>52.2053 N, 0.1218 E</mdui:GeolocationHint></mdui:DiscoHints>"#)),
            .passes(MDUI.idp(#"<mdui:DiscoHints \#(MDUI.namespace)><mdui:GeolocationHint>geo:52.2053,0.1218</mdui:GeolocationHint></mdui:DiscoHints>"#)),
        ])

    func check(entity: EntityDescriptor, context: inout RuleContext) {
        for hint in MDUI.elements("GeolocationHint", in: entity) where !Self.isGeoURI(hint.trimmedText) {
            context.report("GeolocationHint \"\(hint.trimmedText)\" is not a geo: URI with latitude and longitude.", at: hint.position)
        }
    }

    /// geo:lat,lon[,alt][;parameters] with lat in ±90 and lon in ±180.
    static func isGeoURI(_ text: String) -> Bool {
        guard text.lowercased().hasPrefix("geo:") else { return false }
        let body = text.dropFirst(4).split(separator: ";", maxSplits: 1, omittingEmptySubsequences: false)[0]
        let parts = body.split(separator: ",", omittingEmptySubsequences: false)
        guard parts.count == 2 || parts.count == 3 else { return false }
        let numbers = parts.compactMap { Double($0) }
        guard numbers.count == parts.count, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.isNumber || $0 == "." || $0 == "-" } }) else { return false }
        return abs(numbers[0]) <= 90 && abs(numbers[1]) <= 180
    }
}
