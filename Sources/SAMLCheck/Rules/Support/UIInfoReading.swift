/// A role's mdui:UIInfo, as the mdui rules read it.
extension RoleDescriptor {
    /// The role's mdui:UIInfo elements (in its own Extensions).
    var uiInfos: [ElementValue] { extensions?.elements(XMLNamespace.mdui, "UIInfo") ?? [] }

    /// Whether a UIInfo of the role has a non-empty child of this name.
    func hasUIInfoChild(_ localName: String) -> Bool {
        uiInfos.contains { info in info.children(XMLNamespace.mdui, localName).contains { !$0.text.isBlank } }
    }
}
