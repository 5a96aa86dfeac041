extension RuleSettings {
    /// The one place a finding is made and graded, whichever part of samlcheck reports it (a
    /// rule, a stage, a pair rule, the Mattermost diagnostics, the checks across documents): the
    /// rule's ID; the severity of the case (the rule's default unless the case is graded
    /// otherwise), raised by the selected profiles' escalations and replaced by the user's
    /// override; and the rule's hint unless the case has its own.
    ///
    /// Whether a rule reports at all is each reporter's question (an engine rule runs only when
    /// enabled; a stage's finding explains a verdict and is reported unless turned off); how a
    /// finding is graded is not.
    func finding(of rule: RuleDescription, _ message: String, severity: Severity? = nil, entityID: String? = nil,
                 line: Int? = nil, path: String? = nil, hint: String? = nil) -> Finding {
        Finding(rule: rule.id, severity: self.severity(of: rule, reported: severity ?? rule.severity), message: message,
                entityID: entityID, line: line, path: path, hint: hint ?? rule.hint)
    }
}
