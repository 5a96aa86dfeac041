/// Levenshtein distance over bytes: how many single-byte edits turn one rule ID into another,
/// for "did you mean" suggestions.
enum EditDistance {
    static func between(_ first: [UInt8], _ second: [UInt8]) -> Int {
        if first.isEmpty { return second.count }
        if second.isEmpty { return first.count }
        var previous = Array(0...second.count)
        var current = [Int](repeating: 0, count: second.count + 1)
        for (row, a) in first.enumerated() {
            current[0] = row + 1
            for (column, b) in second.enumerated() {
                current[column + 1] = min(previous[column + 1] + 1, current[column] + 1, previous[column] + (a == b ? 0 : 1))
            }
            swap(&previous, &current)
        }
        return previous[second.count]
    }
}
