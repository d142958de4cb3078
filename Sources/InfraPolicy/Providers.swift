import InfraCore

/// Which AWS provider configuration, and so which region, a resource is created through.
///
/// Several limits are regional (Global Accelerator only in us-west-2, SES receiving in a few regions, ACM
/// certificates per region); the region is known before plan only when the provider configuration has it literally.
enum Providers {
    /// The region of the AWS provider configuration a resource uses, when it is a literal: the aliased one its
    /// `provider` argument names (`aws.us_west_2`), or the default one.
    static func region(of resource: ResourceView) -> String? {
        configuration(of: resource)?["region"]?.literalString
    }

    static func configuration(of resource: ResourceView) -> [String: JSONValue]? {
        let configurations = resource.document.providers["aws"] ?? []
        guard let reference = reference(of: resource) else {
            return configurations.first { $0["alias"] == nil }
        }
        let parts = reference.split(separator: ".", maxSplits: 1).map(String.init)
        guard parts.count == 2, parts[0] == "aws" else { return nil }
        return configurations.first { $0["alias"]?.literalString == parts[1] }
    }

    /// The `provider` meta-argument (`aws.us_west_2`), if any.
    static func reference(of resource: ResourceView) -> String? {
        resource["provider"]?.templateText.map(Interpolation.expression(of:))
    }

    /// `provider aws.us_west_2` or `the default aws provider`, for messages.
    static func description(of resource: ResourceView) -> String {
        reference(of: resource).map { "provider `\($0)`" } ?? "the default aws provider"
    }

    /// The region field of an ARN (`arn:aws:acm:us-east-1:…` → `us-east-1`); `nil` when empty or not an ARN.
    static func region(ofARN arn: String) -> String? {
        let parts = arn.split(separator: ":", maxSplits: 5, omittingEmptySubsequences: false)
        guard parts.count >= 5, parts[0] == "arn", !parts[3].isEmpty else { return nil }
        return String(parts[3])
    }
}
