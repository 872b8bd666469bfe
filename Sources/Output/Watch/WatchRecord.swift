import Foundation
import Reports

/// One event as a JSON object for `watch -m json`.
public struct WatchRecord: Encodable, Sendable {
    public var time: Int
    public var iso: String
    public var type: String
    public var event: String
    public var change: Int?
    public var url: String?
    public var project: String?
    public var branch: String?
    public var subject: String?
    public var patchSet: Int?
    public var user: String?
    public var username: String?
    public var bot: Bool
    public var details: [String]
    public var votes: [String: Int]
    public var message: String?

    public init(_ summary: EventSummary) {
        time = Int(summary.time.timeIntervalSince1970)
        iso = WatchPrinter.iso(summary.time)
        type = summary.type
        event = summary.typeName
        change = summary.changeNumber
        url = summary.url
        project = summary.project
        branch = summary.branch
        subject = summary.subject
        patchSet = summary.patchSet
        user = summary.actorName
        username = summary.actor?.username
        bot = summary.isBot
        details = summary.details
        votes = Dictionary(summary.votes.map { ($0.label, $0.value) }, uniquingKeysWith: { _, last in last })
        message = summary.message
    }
}
