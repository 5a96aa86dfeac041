#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Every SAML message in a HAR file (a browser's recording of a login), in the order the browser
/// sent them: Redirect URLs, POST bodies, and auto-post forms in responses that no later request
/// posted (a recording stopped before the browser submitted them).
enum HARMessages {
    private struct Archive: Decodable { let log: Log }
    private struct Log: Decodable { let entries: [Entry] }
    private struct Entry: Decodable {
        let request: Request
        let response: Response?
    }
    private struct Request: Decodable {
        let method: String?
        let url: String
        let postData: PostData?
    }
    private struct PostData: Decodable {
        let text: String?
        let params: [Param]?
    }
    private struct Param: Decodable {
        let name: String
        let value: String?
    }
    private struct Response: Decodable { let content: Content? }
    private struct Content: Decodable {
        let text: String?
        let encoding: String?
    }

    static func read(_ text: String) -> Result<[ReceivedMessage], MessageInputProblem> {
        let archive: Archive
        do {
            archive = try JSONDecoder().decode(Archive.self, from: Data(text.utf8))
        } catch {
            return .failure(MessageInputProblem("the input starts like JSON but is not a HAR file (log.entries with requests)"))
        }
        var messages: [ReceivedMessage] = []
        var seen: Set<[UInt8]> = []
        var problems: [String] = []
        func take(_ result: Result<ReceivedMessage, MessageInputProblem>, entry: Int) {
            switch result {
            case .success(let message):
                if seen.insert(message.xml).inserted { messages.append(message) }
            case .failure(let problem):
                problems.append("entry \(entry): \(problem.description)")
            }
        }
        for (offset, entry) in archive.log.entries.enumerated() {
            let number = offset + 1
            let url = entry.request.url
            if url.contains("SAMLRequest=") || url.contains("SAMLResponse=") {
                take(MessageInputReader.fromRedirectURL(url, harEntry: number), entry: number)
            }
            let endpoint = url.split(separator: "?", maxSplits: 1).first.map(String.init) ?? url
            if let post = entry.request.postData {
                if let params = post.params, params.contains(where: { $0.name == "SAMLResponse" || $0.name == "SAMLRequest" }) {
                    take(MessageInputReader.fromFields(params.map { ($0.name, $0.value ?? "", true) }, receivedAt: endpoint, harEntry: number,
                                                       encoding: .postBody), entry: number)
                } else if let body = post.text, body.contains("SAMLResponse=") || body.contains("SAMLRequest=") {
                    take(MessageInputReader.fromPostBody(body, receivedAt: endpoint, harEntry: number), entry: number)
                }
            }
            if var page = entry.response?.content?.text, page.contains("SAMLResponse") || page.contains("SAMLRequest") {
                if entry.response?.content?.encoding == "base64", case .success(let bytes) = Base64.decode(page) {
                    page = String(decoding: bytes, as: UTF8.self)
                }
                if let form = HTMLAutoPostForm(page) { take(form.messages(harEntry: number), entry: number) }
            }
        }
        if messages.isEmpty {
            return .failure(MessageInputProblem("the HAR file has \(archive.log.entries.count) entries but no SAML message"
                + (problems.first.map { " that can be read (\($0))" } ?? "")))
        }
        return .success(messages)
    }
}
