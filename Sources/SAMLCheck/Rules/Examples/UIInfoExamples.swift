/// Example SPs for the mdui rules: an SPSSODescriptor whose Extensions hold an mdui:UIInfo with
/// the given children (or none at all).
enum UIInfoExamples {
    static let displayName = #"<mdui:DisplayName xml:lang="en">Northwind Wiki</mdui:DisplayName>"#
    static let informationURL = #"<mdui:InformationURL xml:lang="en">https://wiki.northwind.edu/about</mdui:InformationURL>"#
    static let privacyURL = #"<mdui:PrivacyStatementURL xml:lang="en">https://wiki.northwind.edu/privacy</mdui:PrivacyStatementURL>"#
    static let description = #"<mdui:Description xml:lang="en">The Northwind University wiki for staff and students.</mdui:Description>"#
    static let logo = #"<mdui:Logo height="60" width="80">https://wiki.northwind.edu/logo.png</mdui:Logo>"#

    /// An SP with a UIInfo holding `children`; nil leaves the role without UIInfo. `marked`
    /// marks the role.
    static func sp(_ children: [String]?, marked: Bool = false) -> String {
        guard let children else { return ExampleMetadata.sp(roleAttributes: marked ? "↓" : "") }
        let uiInfo = """
        <md:Extensions>
          <mdui:UIInfo xmlns:mdui="urn:oasis:names:tc:SAML:metadata:ui">
        \(children.map { "    " + $0 }.joined(separator: "\n"))
          </mdui:UIInfo>
        </md:Extensions>
        """
        return ExampleMetadata.sp(uiInfo + "\n" + ExampleMetadata.postACS, roleAttributes: marked ? "↓" : "")
    }
}
