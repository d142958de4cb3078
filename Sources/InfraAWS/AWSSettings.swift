import InfraCore

/// Where and as whom a stack is deployed: the `aws:` section of every environment file.
public struct AWSSettings: Decodable, Hashable, Sendable {
    public var region: String
    /// The 12-digit account the stack belongs to; used in key policies instead of a data source that calls AWS.
    public var accountID: String
    public var availabilityZones: [String]

    enum CodingKeys: String, CodingKey, CaseIterable {
        case region
        case accountID = "account_id"
        case availabilityZones = "availability_zones"
    }

    public init(region: String, accountID: String, availabilityZones: [String]) {
        self.region = region
        self.accountID = accountID
        self.availabilityZones = availabilityZones
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        region = try container.decode(String.self, forKey: .region)
        accountID = try container.decode(String.self, forKey: .accountID)
        availabilityZones = try container.decode([String].self, forKey: .availabilityZones)
        guard Self.isRegionName(region) else {
            throw DecodingError.dataCorruptedError(
                forKey: .region,
                in: container,
                debugDescription: "`\(region)` is not an AWS region name such as `us-east-1`"
            )
        }
        guard accountID.count == 12, accountID.allSatisfy(\.isASCII), accountID.allSatisfy(\.isNumber) else {
            throw DecodingError.dataCorruptedError(
                forKey: .accountID,
                in: container,
                debugDescription: "account_id must be 12 digits, quoted so YAML keeps leading zeros"
            )
        }
        for zone in availabilityZones where !(zone.hasPrefix(region) && zone.count == region.count + 1) {
            throw DecodingError.dataCorruptedError(
                forKey: .availabilityZones,
                in: container,
                debugDescription: "availability zone `\(zone)` is not in region `\(region)`"
            )
        }
        guard availabilityZones.count >= 2, Set(availabilityZones).count == availabilityZones.count else {
            throw DecodingError.dataCorruptedError(
                forKey: .availabilityZones,
                in: container,
                debugDescription: "list at least two distinct availability zones; an ALB and Multi-AZ RDS need two"
            )
        }
    }

    static func isRegionName(_ text: String) -> Bool {
        let parts = text.split(separator: "-")
        guard parts.count >= 3, let last = parts.last, Int(last) != nil else { return false }
        return parts.dropLast().allSatisfy { !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isLowercase } }
    }
}

/// The `state:` section: the S3 bucket and key that hold the stack's Terraform state.
public struct StateSettings: Decodable, Hashable, Sendable {
    public var bucket: String
    public var key: String
    public var region: String

    public init(bucket: String, key: String, region: String) {
        self.bucket = bucket
        self.key = key
        self.region = region
    }
}

extension TerraformConfiguration {
    /// The configuration every infragen stack renders: terraform ≥ 1.10 (for S3 lock files), the AWS provider pinned
    /// to `~> 5.100`, an encrypted S3 backend with native locking, and default tags naming the stack, environment
    /// and tool, so every resource in the console says where it came from.
    public static func aws(
        stack: String,
        environment: String,
        settings: AWSSettings,
        state: StateSettings,
        tags: [String: String]
    ) -> TerraformConfiguration {
        var defaultTags: [String: JSONValue] = tags.mapValues { .string($0) }
        defaultTags["stack"] = .string(stack)
        defaultTags["environment"] = .string(environment)
        defaultTags["managed-by"] = "infragen"
        return TerraformConfiguration(
            requiredVersion: ">= 1.10.0",
            requiredProviders: ["aws": .init(source: "hashicorp/aws", version: "~> 5.100")],
            backend: .init(
                type: "s3",
                arguments: [
                    "bucket": .string(state.bucket),
                    "key": .string(state.key),
                    "region": .string(state.region),
                    "encrypt": true,
                    "use_lockfile": true,
                ]
            ),
            providers: [
                .init(
                    name: "aws",
                    arguments: [
                        "region": .string(settings.region),
                        "default_tags": [["tags": .object(defaultTags)]],
                    ]
                )
            ]
        )
    }
}
