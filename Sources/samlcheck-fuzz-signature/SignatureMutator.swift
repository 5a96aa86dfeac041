/// Structure-aware mutations of signed metadata: the changes an attacker makes to a really signed
/// document — attributes added in other namespaces, algorithm and URI values swapped, elements of
/// the Signature reordered, duplicated, dropped or moved, IDs planted elsewhere — applied to the
/// text so that everything not touched keeps its exact bytes (and the signature its chance).
struct SignatureMutator {
    /// A deterministic generator for one mutation (libFuzzer hands over the seed).
    struct Generator {
        private var state: UInt64
        init(seed: UInt32) { state = UInt64(seed) &* 0x9E37_79B9_7F4A_7C15 | 1 }
        mutating func next(_ bound: Int) -> Int {
            state ^= state << 13
            state ^= state >> 7
            state ^= state << 17
            return bound <= 0 ? 0 : Int(state % UInt64(bound))
        }
        mutating func pick<T>(_ values: [T]) -> T { values[next(values.count)] }
    }

    static let algorithms = [
        "http://www.w3.org/2001/04/xmldsig-more#rsa-sha256", "http://www.w3.org/2000/09/xmldsig#rsa-sha1",
        "http://www.w3.org/2001/04/xmldsig-more#hmac-sha256", "http://www.w3.org/2000/09/xmldsig#hmac-sha1",
        "http://www.w3.org/2007/05/xmldsig-more#sha256-rsa-MGF1", "http://www.w3.org/2001/04/xmldsig-more#rsa-md5",
        "http://www.w3.org/2000/09/xmldsig#dsa-sha1", "http://www.w3.org/2001/04/xmlenc#sha256", "http://www.w3.org/2000/09/xmldsig#sha1",
        "http://www.w3.org/2001/04/xmldsig-more#md5", "http://www.w3.org/2001/10/xml-exc-c14n#",
        "http://www.w3.org/2001/10/xml-exc-c14n#WithComments", "http://www.w3.org/TR/2001/REC-xml-c14n-20010315",
        "http://www.w3.org/2000/09/xmldsig#enveloped-signature", "http://www.w3.org/TR/1999/REC-xslt-19991116",
        "http://www.w3.org/TR/1999/REC-xpath-19991116", "http://www.w3.org/2000/09/xmldsig#base64", "urn:unknown", "",
    ]

    /// Values for URI and ID-like attributes; `ROOT` and `INNER` are replaced by the document's IDs.
    static let references = ["#ROOT", "#INNER", "", "#", "#xpointer(/)", "#xpointer(id('ROOT'))", "ROOT", "#ROOT ", " #ROOT",
                             "#INNER #ROOT", "file:///etc/hostname", "http://127.0.0.1:9/x", "#nowhere"]
    static let attributeNames = ["URI", "Algorithm", "Id", "ID", "Type", "PrefixList"]

    /// A start or end tag in the text.
    struct Tag {
        var start: Int
        var end: Int  // one past '>'
        var name: String
        var isEnd: Bool
        var isEmpty: Bool
    }

    static func tags(in text: [UInt8]) -> [Tag] {
        var result: [Tag] = []
        var index = 0
        while index < text.count {
            guard text[index] == UInt8(ascii: "<") else { index += 1; continue }
            var close = index + 1
            var quote: UInt8 = 0
            while close < text.count {
                let byte = text[close]
                if quote != 0 { if byte == quote { quote = 0 } } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") { quote = byte } else if byte == UInt8(ascii: ">") { break }
                close += 1
            }
            guard close < text.count else { break }
            let isEnd = index + 1 < text.count && text[index + 1] == UInt8(ascii: "/")
            let special = index + 1 < text.count && (text[index + 1] == UInt8(ascii: "?") || text[index + 1] == UInt8(ascii: "!"))
            if !special {
                var nameEnd = index + (isEnd ? 2 : 1)
                while nameEnd < close, ![UInt8(ascii: " "), UInt8(ascii: "/"), UInt8(ascii: "\n"), UInt8(ascii: "\t")].contains(text[nameEnd]) { nameEnd += 1 }
                let name = String(decoding: text[(index + (isEnd ? 2 : 1))..<nameEnd], as: UTF8.self)
                result.append(Tag(start: index, end: close + 1, name: name, isEnd: isEnd, isEmpty: text[close - 1] == UInt8(ascii: "/")))
            }
            index = close + 1
        }
        return result
    }

    /// The end of the element whose start tag is `tags[index]` (one past its end tag).
    static func elementEnd(_ tags: [Tag], _ index: Int) -> Int? {
        if tags[index].isEmpty { return tags[index].end }
        var depth = 0
        for tag in tags[index...] {
            if tag.isEmpty { continue }
            depth += tag.isEnd ? -1 : 1
            if depth == 0 { return tag.end }
        }
        return nil
    }

    let rootID: String
    let innerID: String
    let otherCertificate: String

    func mutate(_ input: [UInt8], generator: inout Generator) -> [UInt8] {
        var text = input
        let rounds = 1 + generator.next(3)
        for _ in 0..<rounds { text = mutateOnce(text, generator: &generator) }
        return text
    }

    private func value(_ template: String) -> String {
        template.replacingOccurrences(of: "ROOT", with: rootID).replacingOccurrences(of: "INNER", with: innerID)
    }

    private func mutateOnce(_ text: [UInt8], generator: inout Generator) -> [UInt8] {
        let tags = Self.tags(in: text)
        let starts = tags.indices.filter { !tags[$0].isEnd }
        guard !starts.isEmpty else { return text }
        // Mostly inside the signature, where xmlsec and the profile read.
        let inSignature = starts.filter { tags[$0].name.hasPrefix("ds:") }
        let pool = (!inSignature.isEmpty && generator.next(4) != 0) ? inSignature : starts
        let target = generator.pick(pool)
        let tag = tags[target]
        switch generator.next(9) {
        case 0, 1:
            // A namespaced twin of an attribute, before or after the element's own attributes.
            let name = generator.pick(Self.attributeNames)
            let newValue = generator.next(2) == 0 ? value(generator.pick(Self.references)) : generator.pick(Self.algorithms)
            let prefix = "fz\(generator.next(1000))"
            let attribute = " xmlns:\(prefix)=\"urn:fuzz\" \(prefix):\(name)=\"\(newValue)\""
            let nameEnd = tag.start + 1 + tag.name.utf8.count
            let position = generator.next(2) == 0 ? nameEnd : tag.end - (tag.isEmpty ? 2 : 1)
            return splice(text, at: position, insert: attribute)
        case 2:
            // Another value for an attribute the signature reads.
            return replaceAttributeValue(text, in: tag, names: Self.attributeNames, generator: &generator)
        case 3:
            // Swap the element with its next sibling (element order in Signature and SignedInfo).
            guard let end = Self.elementEnd(tags, target),
                  let nextIndex = tags.firstIndex(where: { $0.start >= end && !$0.isEnd }),
                  tags[nextIndex].start == firstNonSpace(text, from: end),
                  let nextEnd = Self.elementEnd(tags, nextIndex) else { return text }
            let first = Array(text[tag.start..<end])
            let between = Array(text[end..<tags[nextIndex].start])
            let second = Array(text[tags[nextIndex].start..<nextEnd])
            return Array(text[..<tag.start]) + second + between + first + Array(text[nextEnd...])
        case 4:
            // Duplicate the element.
            guard let end = Self.elementEnd(tags, target) else { return text }
            return Array(text[..<end]) + Array(text[tag.start..<end]) + Array(text[end...])
        case 5:
            // Drop the element.
            guard let end = Self.elementEnd(tags, target), target != starts.first else { return text }
            return Array(text[..<tag.start]) + Array(text[end...])
        case 6:
            // Plant an ID (or xml:id) with the root's or inner ID value on any element.
            let anyTarget = generator.pick(starts)
            let anyTag = tags[anyTarget]
            let name = generator.pick(["xml:id", "ID", "Id", "id"])
            let nameEnd = anyTag.start + 1 + anyTag.name.utf8.count
            return splice(text, at: nameEnd, insert: " \(name)=\"\(generator.next(2) == 0 ? rootID : innerID)\"")
        case 7:
            // Another certificate first in an X509Data.
            guard let data = tags.firstIndex(where: { $0.name == "ds:X509Data" && !$0.isEnd && !$0.isEmpty }) else { return text }
            return splice(text, at: tags[data].end, insert: "<ds:X509Certificate>\(otherCertificate)</ds:X509Certificate>")
        default:
            // Move the whole Signature element elsewhere in the document.
            guard let signature = tags.firstIndex(where: { $0.name == "ds:Signature" && !$0.isEnd }),
                  let end = Self.elementEnd(tags, signature) else { return text }
            let element = Array(text[tags[signature].start..<end])
            var without = Array(text[..<tags[signature].start]) + Array(text[end...])
            let remaining = Self.tags(in: without).filter { !$0.isEnd && !$0.isEmpty }
            guard !remaining.isEmpty else { return text }
            let host = generator.pick(remaining)
            without.insert(contentsOf: element, at: host.end)
            return without
        }
    }

    private func firstNonSpace(_ text: [UInt8], from index: Int) -> Int {
        var position = index
        while position < text.count, [UInt8(ascii: " "), UInt8(ascii: "\n"), UInt8(ascii: "\t"), UInt8(ascii: "\r")].contains(text[position]) { position += 1 }
        return position
    }

    private func splice(_ text: [UInt8], at position: Int, insert: String) -> [UInt8] {
        guard position >= 0, position <= text.count else { return text }
        return Array(text[..<position]) + Array(insert.utf8) + Array(text[position...])
    }

    private func replaceAttributeValue(_ text: [UInt8], in tag: Tag, names: [String], generator: inout Generator) -> [UInt8] {
        let tagText = String(decoding: text[tag.start..<tag.end], as: UTF8.self)
        for name in names.shuffledDeterministically(&generator) {
            guard let range = tagText.range(of: " \(name)=\"") else { continue }
            let valueStart = tagText.utf8.distance(from: tagText.startIndex, to: range.upperBound)
            guard let close = tagText[range.upperBound...].firstIndex(of: "\"") else { continue }
            let valueEnd = tagText.utf8.distance(from: tagText.startIndex, to: close)
            let replacement = name == "Algorithm" ? generator.pick(Self.algorithms) : value(generator.pick(Self.references))
            return Array(text[..<(tag.start + valueStart)]) + Array(replacement.utf8) + Array(text[(tag.start + valueEnd)...])
        }
        return text
    }
}

extension Array {
    fileprivate func shuffledDeterministically(_ generator: inout SignatureMutator.Generator) -> [Element] {
        var copy = self
        for index in copy.indices.reversed() where index > 0 { copy.swapAt(index, generator.next(index + 1)) }
        return copy
    }
}
