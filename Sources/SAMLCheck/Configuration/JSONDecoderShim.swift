#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Decodes JSON bytes into a ConfigValue tree (objects keep key order sorted, as ConfigValue does).
enum JSONDecoderShim {
    static func decode(_ bytes: [UInt8]) throws -> ConfigValue {
        try JSONDecoder().decode(ConfigValue.self, from: Data(bytes))
    }
}
