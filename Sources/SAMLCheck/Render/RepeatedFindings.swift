/// How the text report folds one rule firing many times in one entity into one line
/// (`EP-HTTPS ×560 at lines 12–4,031`): a wall of repeats hides the findings that differ.
enum RepeatedFindings {
    /// Findings fold together when they share rule and severity.
    struct Key: Hashable {
        var rule: String
        var severity: Severity

        init(_ finding: Finding) {
            rule = finding.rule
            severity = finding.severity
        }
    }

    /// The members (positions in `findings`) of each rule and severity that occurs more than
    /// `threshold` times among `members`, in report order.
    static func fold(_ members: [Int], of findings: [Finding], above threshold: Int) -> [Key: [Int]] {
        guard members.count > threshold else { return [:] }
        var byKey: [Key: [Int]] = [:]
        for position in members { byKey[Key(findings[position]), default: []].append(position) }
        return byKey.filter { $0.value.count > threshold }
    }

    /// "×560 at lines 12–4,031", or the lines themselves when there are few.
    static func summary(_ lines: [Int?]) -> String {
        let known = Array(Set(lines.compactMap { $0 })).sorted()
        var text = "×" + grouped(lines.count)
        switch known.count {
        case 0: break
        case 1: text += " at line " + grouped(known[0])
        case 2...6: text += " at lines " + known.map(grouped).joined(separator: ", ")
        default: text += " at lines " + grouped(known[0]) + "–" + grouped(known[known.count - 1])
        }
        return text
    }

    /// 4031 → "4,031".
    static func grouped(_ number: Int) -> String {
        let digits = Array(String(number))
        var out = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { out += "," }
            out.append(digit)
        }
        return out
    }
}
