import InfraCore

/// The value constraints of hashicorp/aws 5.100.0 for the resource types infragen renders, one file per service
/// (`ProviderConstraints+<Service>.swift`). SCH010 checks rendered documents against them.
///
/// How the facts were gathered: `terraform validate` with the 5.100.0 provider on probe documents (empty, malformed
/// and over-long values for every argument of every type, and every argument alone for those with conflicts)
/// prints each validator's own words: ranges, lengths, value lists, ARN and JSON checks, argument combinations.
/// Regular expressions behind custom messages (names, identifiers) were read from the provider source
/// (`internal/service/<service>/*.go`). Validators combined with `validation.Any` are kept as `anyOf`, so a value is
/// refused only when every alternative refuses it. `ProviderConstraintTerraformTests` re-checks a sample against
/// terraform.
public enum ProviderConstraints {
    /// The version the constraints were read from and checked against.
    public static let providerVersion = "5.100.0"

    /// Every reviewed resource type, in the order of the service files.
    public static let all: [ResourceConstraints] =
        acm + apiGatewayV1 + apiGateway + appAutoScaling + autoScaling + cloudWatch + ec2 + ecr + ecs + efs
        + elastiCache + elb
        + globalAccelerator + iam + kms + lambda + rds + route53 + s3 + secretsManager + serviceDiscovery + ses
        + sns + sqs + ssm + vpc + wafv2

    /// The constraints by resource type; a type listed in two service files has both lists.
    public static let table: [String: [ProviderConstraint]] = Dictionary(
        all.map { ($0.type, $0.constraints) },
        uniquingKeysWith: +
    )

    /// The resource types that have at least one constraint: the types SCH010 looks at.
    public static var constrainedTypes: Set<String> { Set(table.filter { !$0.value.isEmpty }.keys) }
}
