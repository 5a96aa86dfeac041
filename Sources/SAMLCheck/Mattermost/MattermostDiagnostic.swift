/// A rule about a Mattermost deployment as a whole (its endpoints, configuration and the IdP it
/// trusts), rather than about one metadata document. It is still a ``Rule``: it describes itself
/// the same way and `samlcheck explain` prints it; its examples are recorded observations.
protocol MattermostDiagnostic {
    static func diagnose(_ deployment: MattermostDeployment, report: inout MattermostReporter)
}

/// Where a Mattermost finding belongs in the report.
enum MattermostPlace {
    /// The deployment itself (endpoints, configuration).
    case deployment
    /// An element of the SP metadata Mattermost serves (nil: the document as a whole).
    case spMetadata(SourcePosition?)
    /// An element of the IdP metadata (nil: the document as a whole).
    case idpMetadata(SourcePosition?)
}

/// Collects the findings of the Mattermost diagnostics, graded by the run's settings.
struct MattermostReporter {
    let settings: RuleSettings
    let deployment: MattermostDeployment
    var rule: RuleDescription
    private(set) var findings: [(place: MattermostPlace, finding: Finding)] = []

    init(settings: RuleSettings, deployment: MattermostDeployment, rule: RuleDescription) {
        self.settings = settings
        self.deployment = deployment
        self.rule = rule
    }

    /// Reports a finding; `predicts` appends the Mattermost error the administrator will see.
    mutating func report(_ message: String, at place: MattermostPlace = .deployment, predicts: MattermostError? = nil,
                         severity: Severity? = nil, hint: String? = nil) {
        var text = message
        if let predicts { text += " " + predicts.predicted + "." }
        var line: Int?
        var path: String?
        var entityID: String?
        var element = ElementIdentity.none
        switch place {
        case .deployment: break
        case .spMetadata(let position):
            entityID = deployment.sp?.entity?.entityID
            if let position, let document = deployment.sp?.document { line = position.line; path = document.path(of: position); element = position.element }
        case .idpMetadata(let position):
            entityID = deployment.idp?.entity?.entityID
            if let position, let document = deployment.idp?.document { line = position.line; path = document.path(of: position); element = position.element }
        }
        var finding = settings.finding(of: rule, text, severity: severity, entityID: entityID, line: line, path: path, hint: hint)
        finding.element = element
        findings.append((place, finding))
    }
}
