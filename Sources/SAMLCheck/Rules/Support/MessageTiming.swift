/// Time spans as the message rules write them: "42 s", "7 min 5 s", "3 h 2 min", "2 days".
enum MessageTiming {
    static func span(_ seconds: Double) -> String {
        let total = Int(abs(seconds).rounded())
        if total < 60 { return "\(total) s" }
        if total < 3600 { return "\(total / 60) min" + (total % 60 == 0 ? "" : " \(total % 60) s") }
        if total < 86_400 { return "\(total / 3600) h" + (total % 3600 / 60 == 0 ? "" : " \(total % 3600 / 60) min") }
        return "\(total / 86_400) day\(total / 86_400 == 1 ? "" : "s")"
    }
}
