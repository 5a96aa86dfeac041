import Foundation
import Testing
@testable import SAMLCheck

/// Guards the C interop decisions of Package.swift and the shim headers.
@Suite struct InteropTests {
    @Test("the xmlsec defines in Package.swift and CXMLSec/include/shim.h equal pkg-config's")
    func xmlsecDefinesMatchPkgConfig() throws {
        let result = try TestEnvironment.runProgram(URL(fileURLWithPath: "/usr/bin/pkg-config"), ["--cflags", "xmlsec1-openssl"])
        #expect(result.status == 0)
        let defines = Set(result.standardOutput.split(separator: " ").filter { $0.hasPrefix("-D") }
            .map { String($0.dropFirst(2)).trimmingCharacters(in: .whitespacesAndNewlines) })
        #expect(!defines.isEmpty)
        let shim = try String(contentsOf: TestEnvironment.repositoryRoot.appendingPathComponent("Sources/CXMLSec/include/shim.h"), encoding: .utf8)
        let manifest = try String(contentsOf: TestEnvironment.repositoryRoot.appendingPathComponent("Package.swift"), encoding: .utf8)
        for define in defines {
            let parts = define.split(separator: "=", maxSplits: 1).map(String.init)
            let name = parts[0]
            let value = parts.count > 1 ? parts[1] : "1"
            #expect(shim.contains("#define \(name) \(value)") || (value == "1" && shim.contains("#define \(name) 1")),
                    "shim.h lacks #define \(name) \(value)")
            #expect(manifest.contains("\"\(name)\""), "Package.swift lacks .define(\"\(name)\")")
        }
    }

    @Test("xmlsec structure sizes agree between C and Swift")
    func xmlsecABI() {
        let report = XMLSecABI.compare()
        #expect(report.mismatches.isEmpty, "\(report.mismatches)")
    }
}
