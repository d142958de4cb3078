import InfraCore

/// The rule ids of this service, as constants a stack can name in `.waive(…)`. Sorted by property name.
extension RuleID {
    public static let globalAcceleratorRegion: RuleID = "GA101"
}

/// Global Accelerator, whose control plane lives in us-west-2.
///
/// Every rule of the service, of every family, with its checks; `RuleCatalog` collects them.
enum GlobalAcceleratorRules {
    static let all: [Rule] = security + limits

    /// Security and reliability rules: each may be waived with a reason and an expiry date.
    static let security: [Rule] = []

    /// AWS limits `terraform validate` misses: never waivable, as AWS would refuse the apply.
    static let limits: [Rule] = [
        Rule(
            .globalAcceleratorRegion,
            family: .limits,
            severity: .error,
            title: "Global Accelerator resources use a us-west-2 provider",
            rationale:
                "Global Accelerator's control-plane API exists only in us-west-2 (Oregon); through a provider of any other region every call fails.",
            remediation:
                "add a provider `aws` with alias `us_west_2` and region `us-west-2`, and set `provider = aws.us_west_2` on the Global Accelerator resources",
            resourceTypes: [
                "aws_globalaccelerator_accelerator", "aws_globalaccelerator_listener",
                "aws_globalaccelerator_endpoint_group",
                "aws_globalaccelerator_custom_routing_accelerator", "aws_globalaccelerator_custom_routing_listener",
                "aws_globalaccelerator_custom_routing_endpoint_group", "aws_globalaccelerator_cross_account_attachment",
            ],
            check: { GlobalAcceleratorRules.globalAcceleratorRegion($0) }
        )
    ]
}

extension GlobalAcceleratorRules {
    static func globalAcceleratorRegion(_ resource: ResourceView) -> [Violation] {
        guard let region = Providers.region(of: resource), region != "us-west-2" else { return [] }
        return [
            Violation(
                "provider",
                "Global Accelerator is managed only through us-west-2, but this resource uses \(Providers.description(of: resource)) in \(region)"
            )
        ]
    }
}
