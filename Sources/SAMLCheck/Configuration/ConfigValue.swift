#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// A value of a configuration file, JSON or TOML alike, with the line it was written on when the
/// format tells (TOML does; JSON decoding does not).
public indirect enum ConfigValue: Sendable, Hashable {
    case string(String)
    case integer(Int)
    case number(Double)
    case boolean(Bool)
    case array([ConfigValue])
    case table([ConfigEntry])
    /// JSON's null (configuration files reject it; Mattermost's JSON uses it).
    case null

    /// What kind of value this is, for messages.
    var kind: String {
        switch self {
        case .string: return "a string"
        case .integer: return "an integer"
        case .number: return "a number"
        case .boolean: return "a boolean"
        case .array: return "an array"
        case .table: return "a table"
        case .null: return "null"
        }
    }
}

/// One key of a configuration table, in file order.
public struct ConfigEntry: Sendable, Hashable {
    /// The key as written.
    public let key: String
    /// Its value.
    public let value: ConfigValue
    /// The line of the key in the file; nil when unknown.
    public let line: Int?

    /// An entry `key = value`, from `line` of a file when known.
    public init(key: String, value: ConfigValue, line: Int?) {
        self.key = key
        self.value = value
        self.line = line
    }
}

extension ConfigValue: Decodable {
    private struct Key: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    /// Reads a value from JSON.
    public init(from decoder: any Decoder) throws {
        if let container = try? decoder.container(keyedBy: Key.self) {
            // JSON objects keep no order in the decoder; sort keys so messages are stable.
            self = .table(try container.allKeys.sorted { $0.stringValue < $1.stringValue }.map { key in
                ConfigEntry(key: key.stringValue, value: try container.decode(ConfigValue.self, forKey: key), line: nil)
            })
            return
        }
        if var container = try? decoder.unkeyedContainer() {
            var items: [ConfigValue] = []
            while !container.isAtEnd { items.append(try container.decode(ConfigValue.self)) }
            self = .array(items)
            return
        }
        let single = try decoder.singleValueContainer()
        if single.decodeNil() { self = .null }
        else if let value = try? single.decode(Bool.self) { self = .boolean(value) }
        else if let value = try? single.decode(Int.self) { self = .integer(value) }
        else if let value = try? single.decode(Double.self) { self = .number(value) }
        else if let value = try? single.decode(String.self) { self = .string(value) }
        else {
            throw DecodingError.dataCorruptedError(in: single, debugDescription: "not a JSON value")
        }
    }
}
