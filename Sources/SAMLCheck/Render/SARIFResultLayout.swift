/// The unchanging bytes of a SARIF result at one indentation, made once per log: a large
/// aggregate's log has 68,000 results of some forty lines each, and most of those lines are
/// the same every time. A result is these runs of bytes with its own values between them,
/// exactly as ``JSONEncoder`` lays the result out (keys sorted, nil members left out).
struct SARIFResultLayout: Sendable {
    /// `{`, the level line and the opening of the one location, per severity.
    private let errorOpening: [UInt8]
    private let warningOpening: [UInt8]
    private let infoOpening: [UInt8]
    let logicalOpening: [UInt8]
    let entityOpening: [UInt8]
    let entityClosingBeforePath: [UInt8]
    let entityClosing: [UInt8]
    let pathOpening: [UInt8]
    let pathClosing: [UInt8]
    let logicalClosing: [UInt8]
    let physicalOpening: [UInt8]
    let indexOpening: [UInt8]
    let uriOpening: [UInt8]
    let artifactClosing: [UInt8]
    let regionOpening: [UInt8]
    let regionClosing: [UInt8]
    /// From the end of the location to the message text.
    let messageOpening: [UInt8]
    /// From the end of the message to the fingerprint's value.
    let fingerprintOpening: [UInt8]
    let fingerprintClosing: [UInt8]
    /// `,` and the ruleId and ruleIndex lines, per rule of the catalogue.
    let ruleLines: [String: [UInt8]]
    let closing: [UInt8]
    let indent: Int

    init(indent: Int, ruleIndex: [String: Int]) {
        self.indent = indent
        /// The bytes a result's writer would write for these lines.
        func bytes(_ write: (inout JSONBytes) -> Void) -> [UInt8] {
            var out = JSONBytes(capacity: 256)
            write(&out)
            return out.bytes
        }
        func line(_ out: inout JSONBytes, _ depth: Int, _ text: String) {
            out.newline(indent + depth)
            out += text
        }
        func opening(_ severity: Severity) -> [UInt8] {
            bytes { out in
                out += "{"
                line(&out, 2, "\"level\" : \""); out += SARIFRenderer.level(severity); out += "\","
                line(&out, 2, "\"locations\" : [")
                line(&out, 4, "{")
            }
        }
        errorOpening = opening(.error)
        warningOpening = opening(.warning)
        infoOpening = opening(.info)
        logicalOpening = bytes { line(&$0, 6, "\"logicalLocations\" : [") }
        entityOpening = bytes { out in
            line(&out, 8, "{")
            line(&out, 10, "\"kind\" : \"object\",")
            line(&out, 10, "\"name\" : ")
        }
        entityClosingBeforePath = bytes { line(&$0, 8, "},") }
        entityClosing = bytes { line(&$0, 8, "}") }
        pathOpening = bytes { out in
            line(&out, 8, "{")
            line(&out, 10, "\"fullyQualifiedName\" : ")
        }
        pathClosing = bytes { out in
            out += ","
            line(&out, 10, "\"kind\" : \"element\"")
            line(&out, 8, "}")
        }
        logicalClosing = bytes { line(&$0, 6, "],") }
        physicalOpening = bytes { out in
            line(&out, 6, "\"physicalLocation\" : {")
            line(&out, 8, "\"artifactLocation\" : {")
        }
        indexOpening = bytes { line(&$0, 10, "\"index\" : ") }
        uriOpening = bytes { line(&$0, 10, "\"uri\" : ") }
        artifactClosing = bytes { line(&$0, 8, "}") }
        regionOpening = bytes { out in
            out += ","
            line(&out, 8, "\"region\" : {")
            line(&out, 10, "\"startLine\" : ")
        }
        regionClosing = bytes { line(&$0, 8, "}") }
        messageOpening = bytes { out in
            line(&out, 6, "}")
            line(&out, 4, "}")
            line(&out, 2, "],")
            line(&out, 2, "\"message\" : {")
            line(&out, 4, "\"text\" : ")
        }
        fingerprintOpening = bytes { out in
            line(&out, 2, "},")
            line(&out, 2, "\"partialFingerprints\" : {")
            line(&out, 4, "\"samlcheck/v1\" : \"")
        }
        fingerprintClosing = bytes { out in
            out += "\""
            line(&out, 2, "}")
        }
        var ruleLines: [String: [UInt8]] = [:]
        for (rule, index) in ruleIndex {
            ruleLines[rule] = bytes { out in
                out += ","
                line(&out, 2, "\"ruleId\" : ")
                out.string(rule)
                out += ","
                line(&out, 2, "\"ruleIndex\" : ")
                out.int(index)
            }
        }
        self.ruleLines = ruleLines
        closing = bytes { line(&$0, 0, "}") }
    }

    func opening(for severity: Severity) -> [UInt8] {
        switch severity {
        case .error: return errorOpening
        case .warning: return warningOpening
        case .info: return infoOpening
        }
    }

    /// The artifact location's members and closing brace: made once for a document's results,
    /// and for each pair finding, whose artifact is its own side's.
    func artifactBytes(uri: String, index: Int?) -> [UInt8] {
        var out = JSONBytes(capacity: 128)
        if let index {
            out.append(indexOpening)
            out.int(index)
            out += ","
        }
        out.append(uriOpening)
        out.string(uri)
        out.append(artifactClosing)
        return out.bytes
    }
}
