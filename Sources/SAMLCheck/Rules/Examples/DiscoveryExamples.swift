/// Pieces of example metadata for the discovery-response and request-initiation rules.
enum DiscoveryExamples {
    static let discoveryBinding = "urn:oasis:names:tc:SAML:profiles:SSO:idp-discovery-protocol"
    static let initiatorBinding = "urn:oasis:names:tc:SAML:profiles:SSO:request-init"

    static func discoveryResponse(binding: String = discoveryBinding, location: String = "https://sp.example.org/Shibboleth.sso/Login",
                                  extra: String = "", marked: Bool = false) -> String {
        #"\#(marked ? "↓" : "")<idpdisc:DiscoveryResponse xmlns:idpdisc="\#(discoveryBinding)" Binding="\#(binding)" Location="\#(location)" index="1"\#(extra)/>"#
    }

    static func requestInitiator(binding: String = initiatorBinding, marked: Bool = false) -> String {
        #"\#(marked ? "↓" : "")<init:RequestInitiator xmlns:init="\#(initiatorBinding)" Binding="\#(binding)" Location="https://sp.example.org/Shibboleth.sso/Login"/>"#
    }

    /// An SP whose SPSSODescriptor Extensions hold `extensions`.
    static func sp(_ extensions: String) -> String {
        ExampleMetadata.sp("""
        <md:Extensions>
          \(extensions)
        </md:Extensions>
        \(ExampleMetadata.postACS)
        """)
    }
}
