#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// RESP-CLOCK-SKEW: the IdP's clock, as the message shows it, against the SP's.
struct RESPClockSkew: Rule, MessageRule {
    static let messageKinds: Set<SAMLMessage.Kind> = Set(SAMLMessage.Kind.allCases)
    static let description = RuleDescription(
        id: "RESP-CLOCK-SKEW",
        title: "Issue times agree with the receiver's clock",
        severity: .warning,
        profiles: [.core],
        citation: "ERR E92; S2I SDP-G01; IIP IIP-G01",
        rationale: "A message issued in the future, or an assertion issued longer ago than its confirmation window, means the two clocks differ; that is usually the real cause of \"assertion expired\" and \"not yet valid\" errors. The measured offset is reported against the allowance (3 minutes by default, --clock-skew).",
        hint: "Synchronise both servers with NTP; raise --clock-skew only to confirm the diagnosis.",
        examples: [
            .triggers(message: MessageExamples.response(("<samlp:Response", "↓<samlp:Response"),
                                                        ("Version=\"2.0\" IssueInstant=\"2026-05-31T23:59:30Z\" Destination", "Version=\"2.0\" IssueInstant=\"2026-06-01T00:06:00Z\" Destination")),
                      receiver: MessageExamples.receiver, note: "Issued six minutes in the receiver's future."),
            .passes(message: MessageExamples.response(), receiver: MessageExamples.receiver),
        ])

    func check(message: MessageCase, context: inout MessageContext) {
        let now = message.now
        var instants: [(String, XSDateTime?, SourcePosition)] = message.message.kind == .assertion ? []
            : [(message.message.kind.rawValue, message.message.issueInstant, message.message.position)]
        instants += message.message.assertions.map { ("Assertion", $0.issueInstant, $0.position) }
        for (owner, instant, position) in instants {
            guard let instant, let date = instant.date else { continue }
            let ahead = date.timeIntervalSince(now)
            if ahead > 1 {
                let within = ahead <= message.skew ? "within" : "beyond"
                context.report("The \(owner) was issued at \(instant.lexical), \(MessageTiming.span(ahead)) in the future of the receiver's clock (\(now.iso8601)): \(within) the \(Int(message.skew)) s allowance; the sender's clock runs ahead.",
                               at: position)
            }
        }
        // Issued longer ago than the assertion was meant to live: a stale response or a slow clock.
        if let assertion = message.message.consumedAssertion, let issued = assertion.issueInstant?.date,
           let end = assertion.bearerConfirmations.compactMap(\.notOnOrAfter?.date).max(), end > issued {
            let age = now.timeIntervalSince(issued)
            if age > end.timeIntervalSince(issued) + message.skew {
                context.report("The Assertion was issued \(MessageTiming.span(age)) ago, longer than its \(MessageTiming.span(end.timeIntervalSince(issued))) confirmation window plus the \(Int(message.skew)) s allowance: the response is stale, or the clocks differ by about \(MessageTiming.span(age - end.timeIntervalSince(issued))).",
                               at: assertion.position)
            }
        }
    }
}
