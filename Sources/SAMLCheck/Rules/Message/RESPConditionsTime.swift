#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// RESP-CONDITIONS-TIME: now lies inside the assertion's Conditions window.
struct RESPConditionsTime: Rule, MessageRule {
    static let messageKinds: Set<SAMLMessage.Kind> = [.response, .assertion]
    static let description = RuleDescription(
        id: "RESP-CONDITIONS-TIME",
        title: "Now is inside the Conditions validity window",
        severity: .error,
        profiles: [.core],
        citation: "CORE §2.5.1.2",
        rationale: "An assertion is valid only from Conditions NotBefore until NotOnOrAfter; SPs allow a few minutes of clock difference. An assertion that is not yet valid almost always means the IdP's clock runs ahead of the SP's.",
        hint: "Synchronise the IdP's and the SP's clocks (NTP); if the window itself is wrong (NotBefore after NotOnOrAfter), fix the IdP's assertion lifetime.",
        examples: [
            .triggers(message: MessageExamples.response(("<saml:Conditions NotBefore=\"2026-05-31T23:59:00Z\"", "↓<saml:Conditions NotBefore=\"2026-06-01T00:10:00Z\"")),
                      receiver: MessageExamples.receiver, note: "The IdP's clock is ten minutes ahead."),
            .passes(message: MessageExamples.response(), receiver: MessageExamples.receiver),
        ])

    func check(message: MessageCase, context: inout MessageContext) {
        guard let conditions = message.message.consumedAssertion?.conditions else { return }
        let now = message.now
        if let start = conditions.notBefore?.date, let end = conditions.notOnOrAfter?.date, start >= end {
            context.report("Conditions NotBefore (\(conditions.notBefore!.lexical)) is not before NotOnOrAfter (\(conditions.notOnOrAfter!.lexical)).", at: conditions.position)
            return
        }
        if let start = conditions.notBefore?.date, start.timeIntervalSince(now) > message.skew {
            context.report("The assertion is not valid before \(conditions.notBefore!.lexical), \(MessageTiming.span(start.timeIntervalSince(now))) after now (\(now.iso8601)), beyond the \(Int(message.skew)) s allowance.",
                           at: conditions.position)
        }
        if let end = conditions.notOnOrAfter?.date, now.timeIntervalSince(end) >= message.skew {
            context.report("The assertion expired at \(conditions.notOnOrAfter!.lexical), \(MessageTiming.span(now.timeIntervalSince(end))) before now (\(now.iso8601)), beyond the \(Int(message.skew)) s allowance.",
                           at: conditions.position)
        }
    }
}
