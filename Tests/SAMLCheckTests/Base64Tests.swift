import Foundation
import Testing
@testable import SAMLCheck

/// The base64 reader every certificate goes through, against Foundation's decoder.
@Suite struct Base64Tests {
    @Test("every length and byte value decodes as Foundation decodes it, also wrapped at 64 and 76 columns")
    func agreesWithFoundation() {
        var generator = SystemRandomNumberGenerator()
        for length in 0..<200 {
            let bytes = (0..<length).map { _ in UInt8.random(in: 0...255, using: &generator) }
            let encoded = Data(bytes).base64EncodedString()
            for wrapped in [encoded, Data(bytes).base64EncodedString(options: .lineLength64Characters),
                            "\n\t " + Data(bytes).base64EncodedString(options: [.lineLength76Characters, .endLineWithCarriageReturn]) + "\r\n"] {
                switch Base64.decode(wrapped) {
                case .success(let decoded): #expect(decoded == bytes, "length \(length)")
                case .failure(let failure): #expect(length == 0 && failure == .empty, "length \(length): \(failure)")
                }
            }
        }
    }

    @Test("what is not base64 is an error that says where")
    func refusals() {
        #expect(Base64.decode("QUJD<!-- x -->") == .failure(.invalidCharacter(UInt8(ascii: "<"), offset: 4)))
        #expect(Base64.decode("QU=D") == .failure(.invalidCharacter(UInt8(ascii: "D"), offset: 3)))
        #expect(Base64.decode("Q===") == .failure(.invalidCharacter(UInt8(ascii: "="), offset: 3)))
        #expect(Base64.decode("QUJDR") == .failure(.badLength(5)))
        #expect(Base64.decode(" \n ") == .failure(.empty))
        #expect(Base64.decode("QUI=") == .success(Array("AB".utf8)))
        #expect(Base64.decode("QQ==") == .success(Array("A".utf8)))
    }
}
