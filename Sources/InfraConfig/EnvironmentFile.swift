import InfraCore

extension CodingUserInfoKey {
    /// The `SourceLocation` of the value being decoded, provided by `StrictYAMLDecoder`. (The initializer is failable
    /// in Foundation's API, though it never fails for a literal; callers treat a missing key as "no location".)
    public static let sourceLocation = CodingUserInfoKey(rawValue: "infragen.sourceLocation")
}

/// One environment file, `stacks/<stack>/<env>.yaml`: the stack's own settings, plus the `waivers:` list every stack
/// accepts, so a decision that belongs to one environment can be recorded next to that environment's settings.
///
/// ```yaml
/// waivers:
///   - rule: RDS003
///     resource: aws_db_instance.main
///     reason: "dev runs single-AZ to save cost"
///     expires: 2027-03-31
/// ```
public struct EnvironmentFile<Settings: Decodable & Sendable>: Decodable, Sendable {
    public var settings: Settings
    public var waivers: [Waiver]

    enum CodingKeys: String, CodingKey { case waivers }

    public init(from decoder: any Decoder) throws {
        settings = try Settings(from: decoder)
        let container = try decoder.container(keyedBy: CodingKeys.self)
        waivers = try container.decodeIfPresent([WaiverEntry].self, forKey: .waivers)?.map(\.waiver) ?? []
    }
}

/// A waiver as written in YAML; where it was written is kept for reporting.
struct WaiverEntry: Decodable {
    var waiver: Waiver

    enum CodingKeys: String, CodingKey, CaseIterable { case rule, resource, reason, expires }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let rule = try container.decode(String.self, forKey: .rule)
        let resource = try container.decode(String.self, forKey: .resource)
        let reason = try container.decode(String.self, forKey: .reason)
        let expires = try container.decode(String.self, forKey: .expires)
        let parts = resource.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 2, parts.allSatisfy({ !$0.isEmpty }) else {
            throw DecodingError.dataCorruptedError(
                forKey: .resource,
                in: container,
                debugDescription: "`\(resource)` is not a resource address such as `aws_db_instance.main`"
            )
        }
        guard CalendarDate(expires) != nil else {
            throw DecodingError.dataCorruptedError(
                forKey: .expires,
                in: container,
                debugDescription: "`\(expires)` is not a date written YYYY-MM-DD"
            )
        }
        guard !reason.allSatisfy(\.isWhitespace) else {
            throw DecodingError.dataCorruptedError(
                forKey: .reason,
                in: container,
                debugDescription: "a waiver needs a reason: say why the finding is acceptable"
            )
        }
        let location =
            CodingUserInfoKey.sourceLocation.flatMap { decoder.userInfo[$0] as? SourceLocation }
            ?? SourceLocation(file: "<settings>")
        waiver = Waiver(
            rule: RuleID(rule),
            address: ResourceAddress(type: String(parts[0]), name: String(parts[1])),
            reason: reason,
            expires: expires,
            location: location
        )
    }
}
