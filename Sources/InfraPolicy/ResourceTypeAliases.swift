import InfraCore

/// Resource types the AWS provider keeps under two names.
///
/// `aws_alb*` are the provider's older names for `aws_lb*`: the same resources with the same arguments. Rules name
/// only the current type; the engine, `ResourceView.type` and `DocumentIndex` look through this table so that a file
/// written with the old names (common in hand-written and older cdktf Terraform) gets exactly the same checks,
/// including checks that follow references between a listener and its load balancer.
enum ResourceTypeAliases {
    /// Old name → current name.
    static let canonical: [String: String] = [
        "aws_alb": "aws_lb",
        "aws_alb_listener": "aws_lb_listener",
        "aws_alb_listener_certificate": "aws_lb_listener_certificate",
        "aws_alb_listener_rule": "aws_lb_listener_rule",
        "aws_alb_target_group": "aws_lb_target_group",
        "aws_alb_target_group_attachment": "aws_lb_target_group_attachment",
    ]

    /// Current name → every name it is written under (itself first, then the old names, sorted).
    static let names: [String: [String]] = {
        var names: [String: [String]] = [:]
        for (old, current) in canonical.sorted(by: { $0.key < $1.key }) {
            names[current, default: [current]].append(old)
        }
        return names
    }()

    /// The type rules know `type` by. Only `aws_alb…` names are old ones, and a type is asked for by every rule of
    /// every resource: any other type is answered without hashing it for a table lookup.
    static func canonical(_ type: String) -> String {
        guard ByteSearch.hasPrefix(type, "aws_alb") else { return type }
        return canonical[type] ?? type
    }

    /// Every type written in a document that means `type`. Only `aws_lb…` types have old names.
    static func names(of type: String) -> [String] {
        let current = canonical(type)
        guard ByteSearch.hasPrefix(current, "aws_lb") else { return [current] }
        return names[current] ?? [current]
    }
}
