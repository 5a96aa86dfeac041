/// Escaping for XML that samlcheck writes (JUnit reports): markup characters become references,
/// and characters XML 1.0 cannot carry at all (most C0 controls, lone surrogates, U+FFFE/FFFF)
/// become U+FFFD, so the output always parses.
enum XMLText {
    static func escaped(_ text: String, attribute: Bool = false) -> String {
        // Most text (entity IDs, messages) needs nothing: a byte scan is much cheaper than
        // rebuilding it scalar by scalar. 0xEF starts U+FFFE and U+FFFF (and more), so it takes
        // the careful path.
        let plain = text.utf8.allSatisfy { byte in
            byte >= 0x20 && byte != UInt8(ascii: "&") && byte != UInt8(ascii: "<") && byte != UInt8(ascii: ">")
                && byte != UInt8(ascii: "\"") && byte != 0xEF
        }
        if plain { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"" where attribute: out += "&quot;"
            case "\n" where attribute: out += "&#10;"
            case "\t" where attribute: out += "&#9;"
            case "\r": out += "&#13;"
            default:
                let value = scalar.value
                let allowed = value == 0x9 || value == 0xA || (0x20...0xD7FF).contains(value)
                    || (0xE000...0xFFFD).contains(value) || (0x10000...0x10FFFF).contains(value)
                out.unicodeScalars.append(allowed ? scalar : "\u{FFFD}")
            }
        }
        return out
    }
}
