#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// RESP-SC-EXPIRED: the bearer confirmation window has not passed.
struct RESPSCExpired: Rule, MessageRule {
    static let messageKinds: Set<SAMLMessage.Kind> = [.response, .assertion]
    static let description = RuleDescription(
        id: "RESP-SC-EXPIRED",
        title: "The bearer SubjectConfirmationData has not expired",
        severity: .error,
        profiles: [.core],
        citation: "PROF §4.1.4.3",
        rationale: "The bearer confirmation's NotOnOrAfter bounds when the browser may deliver the assertion (typically a few minutes). A response checked later than that, even with the clock allowance, is refused; if it was just received, the clocks differ (see RESP-CLOCK-SKEW).",
        hint: "If the response was fresh when the SP refused it, synchronise the SP's and the IdP's clocks (NTP); otherwise log in again.",
        examples: [
            .triggers(message: MessageExamples.response(("<saml:SubjectConfirmation Method", "↓<saml:SubjectConfirmation Method"),
                                                        ("NotOnOrAfter=\"2026-06-01T00:04:30Z\" InResponseTo", "NotOnOrAfter=\"2026-05-31T23:54:30Z\" InResponseTo")),
                      receiver: MessageExamples.receiver),
            .passes(message: MessageExamples.response(), receiver: MessageExamples.receiver),
        ])

    func check(message: MessageCase, context: inout MessageContext) {
        guard let assertion = message.message.consumedAssertion else { return }
        for bearer in assertion.bearerConfirmations {
            guard let end = bearer.notOnOrAfter?.date, message.now.timeIntervalSince(end) >= message.skew else { continue }
            context.report("The bearer confirmation expired at \(bearer.notOnOrAfter!.lexical), \(MessageTiming.span(message.now.timeIntervalSince(end))) before now (\(message.now.iso8601)), beyond the \(Int(message.skew)) s allowance.",
                           at: bearer.position)
        }
    }
}
