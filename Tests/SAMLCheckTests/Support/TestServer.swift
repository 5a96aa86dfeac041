import Foundation

/// A real server process on 127.0.0.1 (Python's http.server, with ssl for https), started by a
/// test and stopped when the test is done. The script prints its port as its first line.
final class TestServer: @unchecked Sendable {
    let process: Process
    let port: Int
    let scheme: String
    /// The address it listens on (127.0.0.1 unless the script was told another).
    let host: String
    private let errors: Pipe

    var base: String { "\(scheme)://\(host):\(port)" }

    static let scripts = TestEnvironment.repositoryRoot.appendingPathComponent("Tests/SAMLCheckTests/Fixtures/servers")

    init(script: String, arguments: [String], tls: Bool, host: String = "127.0.0.1") throws {
        self.host = host
        process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
        process.arguments = [Self.scripts.appendingPathComponent(script).path] + arguments
        let output = Pipe()
        errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        scheme = tls ? "https" : "http"
        var line = Data()
        let deadline = Date().addingTimeInterval(20)
        while !line.contains(0x0A) {
            let chunk = output.fileHandleForReading.availableData
            if chunk.isEmpty {
                guard process.isRunning, Date() < deadline else {
                    let stderr = String(decoding: errors.fileHandleForReading.availableData, as: UTF8.self)
                    throw ToolFailure(tool: script, output: "server did not start: \(stderr)")
                }
                usleep(10_000)
                continue
            }
            line.append(chunk)
        }
        let text = String(decoding: line, as: UTF8.self).split(separator: "\n").first ?? ""
        guard let port = Int(text.trimmingCharacters(in: .whitespaces)) else {
            throw ToolFailure(tool: script, output: "server printed \(text) instead of a port")
        }
        self.port = port
    }

    func stop() {
        guard process.isRunning else { return }
        // SIGKILL: a blocked or ignored SIGTERM inherited from the test process cannot keep it alive.
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
    }

    deinit { stop() }
}

/// A private CA and server certificates for 127.0.0.1, made with openssl at test time: valid,
/// expired, for another host, and self-signed.
final class TLSFixtures: @unchecked Sendable {
    struct Pair { let certificate: String; let key: String }

    let directory: URL
    let caCertificate: String
    let valid: Pair
    let expired: Pair
    let wrongHost: Pair
    let selfSigned: Pair

    static let shared: TLSFixtures = try! TLSFixtures()

    private init() throws {
        directory = TestScratch.path("tls")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let pki = TestPKI.shared
        try pki.openssl(["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", "ca.key", "-out", "ca.crt", "-subj", "/CN=samlcheck test CA",
                         "-days", "3650", "-addext", "basicConstraints=critical,CA:TRUE", "-addext", "keyUsage=critical,keyCertSign,cRLSign"], in: directory)
        // copy_extensions keeps each request's subjectAltName in the issued certificate.
        try TestPKI.prepareCADirectory(directory, firstSerial: "1000", copyExtensions: true)
        caCertificate = directory.appendingPathComponent("ca.crt").path
        let directory = self.directory
        func issue(_ name: String, names: String, notBefore: String, notAfter: String) throws -> Pair {
            try pki.openssl(["req", "-new", "-newkey", "rsa:2048", "-nodes", "-keyout", "\(name).key", "-out", "\(name).csr",
                             "-subj", "/CN=\(name)", "-addext", "subjectAltName=\(names)"], in: directory)
            try pki.openssl(["ca", "-batch", "-config", "ca.cnf", "-cert", "ca.crt", "-keyfile", "ca.key", "-in", "\(name).csr",
                             "-startdate", notBefore, "-enddate", notAfter, "-notext", "-out", "\(name).crt"], in: directory)
            return Pair(certificate: directory.appendingPathComponent("\(name).crt").path, key: directory.appendingPathComponent("\(name).key").path)
        }
        valid = try issue("valid", names: "IP:127.0.0.1,DNS:localhost", notBefore: "20240101000000Z", notAfter: "20400101000000Z")
        expired = try issue("expired", names: "IP:127.0.0.1,DNS:localhost", notBefore: "20200101000000Z", notAfter: "20210101000000Z")
        wrongHost = try issue("wronghost", names: "DNS:metadata.northwind.edu", notBefore: "20240101000000Z", notAfter: "20400101000000Z")
        try pki.openssl(["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", "self.key", "-out", "self.crt", "-subj", "/CN=127.0.0.1",
                         "-days", "3650", "-addext", "subjectAltName=IP:127.0.0.1"], in: directory)
        selfSigned = Pair(certificate: directory.appendingPathComponent("self.crt").path, key: directory.appendingPathComponent("self.key").path)
    }
}
