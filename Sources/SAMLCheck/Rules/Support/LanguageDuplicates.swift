/// Finding values that repeat a language: several rules forbid two values of one kind with the
/// same xml:lang, because the language choice then becomes arbitrary.
enum LanguageDuplicates {
    /// The items whose xml:lang (compared case-insensitively, as language tags are) an earlier
    /// item already used. Items without xml:lang are left to the schema.
    static func repeated<Item>(_ items: [Item], language: (Item) -> String?) -> [(item: Item, language: String)] {
        var seen: Set<String> = []
        var repeats: [(Item, String)] = []
        for item in items {
            guard let tag = language(item)?.trimmingWhitespace() else { continue }
            if !seen.insert(tag.lowercased()).inserted { repeats.append((item, tag)) }
        }
        return repeats
    }
}
