/// OPS-METADATA-URL-HTTP: metadata fetched over plain http has no integrity unless signed.
struct OPSMetadataURLHTTP: Rule {
    static let description = RuleDescription(
        id: "OPS-METADATA-URL-HTTP",
        title: "Unsigned metadata is not fetched over http",
        severity: .error,
        profiles: [.core, .saml2int],
        citation: "META §4, §4.3.3; S2I SDP-MD02",
        rationale: "Metadata carries the keys and endpoints a peer trusts; the specification requires an integrity mechanism. Over plain http without a signature anyone on the path can substitute their own keys.",
        hint: "Fetch the metadata over https from a host whose certificate you verify, or have the publisher sign it and verify the signature.",
        examples: [
            .triggers(ExampleMetadata.sp().replacingFirst("<md:EntityDescriptor", with: "↓<md:EntityDescriptor"),
                      origin: DocumentOrigin(url: "http://sp.example.org/Shibboleth.sso/Metadata")),
            .passes(ExampleMetadata.sp(), origin: DocumentOrigin(url: "https://sp.example.org/Shibboleth.sso/Metadata")),
            .passes(ExampleMetadata.sp(), note: "A local file says nothing about transport."),
        ])

    func check(document: MetadataDocument, context: inout RuleContext) {
        guard let origin = context.stageFacts.origin, URIText(origin.url).isHTTP, document.documentSignature == nil else { return }
        context.report("The metadata was fetched over plain http from \(origin.url) and is not signed, so nothing protects its integrity.",
                       at: document.rootPosition)
    }
}
