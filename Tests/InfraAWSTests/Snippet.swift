import InfraAWS
import InfraCore

/// Snippet testing: a construct in, the Terraform JSON of its resources out, as `infragen` writes it.
enum Snippet {
    /// The resources of `construct` (parts included, modifiers applied) as a pretty `{"type": {"label": body}}`
    /// document, the way they appear under `resource` in `main.tf.json`.
    static func json(_ construct: any Construct) -> String {
        var byType: [String: [String: JSONValue]] = [:]
        for resource in construct.resources {
            byType[resource.address.type, default: [:]][resource.address.name] = resource.body.lowered
        }
        return JSONEncoding().encode(.object(byType.mapValues { .object($0) }))
    }

    /// One resource's body, pretty.
    static func json(_ construct: any Construct, _ address: String) -> String? {
        construct.resources.first { $0.address.description == address }.map {
            JSONEncoding().encode($0.body.lowered)
        }
    }

    /// The addresses a construct renders, in order.
    static func addresses(_ construct: any Construct) -> [String] { construct.resources.map(\.address.description) }

    static let key = KMS.Key(
        "main",
        alias: "app",
        description: "App key",
        accountID: "111122223333",
        region: "eu-central-1",
        services: [.cloudWatchLogs]
    )
}
