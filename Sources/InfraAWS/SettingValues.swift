import InfraCore

/// A settings value with a domain AWS enforces (a count, a bounded number, an ARN, a hosted zone id, a host or bucket
/// name). Settings declare such values with these types rather than `Int` or `String`, so a value outside the domain
/// is rejected when the environment YAML is loaded, with the file, line and column, instead of rendering a document
/// that `terraform validate`, `plan` or `apply` fails on much later.
///
/// A conforming type says why a raw value is outside its domain (`problem(with:)`); decoding throws that reason as a
/// `DecodingError.dataCorrupted`, which `StrictYAMLDecoder` reports as `YAML005` at the value's position.
public protocol SettingValue: Decodable, Sendable, Hashable, CustomStringConvertible {
    associatedtype Raw: Decodable & Sendable & Hashable & CustomStringConvertible
    /// The value as written in the settings, already checked.
    var value: Raw { get }
    /// Why `raw` is outside the domain, in words a settings file's author can act on; `nil` when it is inside.
    static func problem(with raw: Raw) -> String?
    /// Wraps a value that `problem(with:)` accepted; use the failable `init(_:)` everywhere else.
    init(unchecked raw: Raw)
}

extension SettingValue {
    /// The value when it is inside the domain, else `nil`.
    public init?(_ raw: Raw) {
        guard Self.problem(with: raw) == nil else { return nil }
        self.init(unchecked: raw)
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let raw: Raw
        do {
            raw = try container.decode(Raw.self)
        } catch DecodingError.dataCorrupted(let context)
            where context.debugDescription == SettingsProblem.emptyString
        {
            // The domain says better than the decoder why an empty value is wrong ("not a hosted zone id").
            guard let empty = "" as? Raw, let problem = Self.problem(with: empty) else {
                throw DecodingError.dataCorrupted(context)
            }
            throw DecodingError.dataCorruptedError(in: container, debugDescription: problem)
        }
        if let problem = Self.problem(with: raw) {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: problem)
        }
        self.init(unchecked: raw)
    }

    public var description: String { value.description }
}

// MARK: - Whole numbers

/// A number of things that must exist at least once: instances, tasks, cache nodes. Zero or fewer would render a
/// service or group that can never run.
public struct PositiveCount: SettingValue {
    public let value: Int
    public init(unchecked raw: Int) { value = raw }

    public static func problem(with raw: Int) -> String? {
        raw >= 1 ? nil : "`\(raw)` is not a positive count: write a whole number of at least 1"
    }
}

/// A number of things that may be zero, such as the minimum of an autoscaled service that scales in to nothing.
public struct NonNegativeCount: SettingValue {
    public let value: Int
    public init(unchecked raw: Int) { value = raw }

    public static func problem(with raw: Int) -> String? {
        raw >= 0 ? nil : "`\(raw)` is a negative count: write a whole number of at least 0"
    }
}

/// The instances of an Aurora cluster: one writer and up to 15 Aurora Replicas. The construct renders one resource per
/// instance, so the bound also keeps a mistyped count (`2147483648`) from building billions of resources.
public struct AuroraInstanceCount: SettingValue {
    public static let range = 1...RDS.AuroraCluster.maximumInstances
    public let value: Int
    public init(unchecked raw: Int) { value = raw }

    public static func problem(with raw: Int) -> String? {
        range.contains(raw)
            ? nil
            : "`\(raw)` is not an Aurora instance count: write 1 to \(range.upperBound) (a writer and up to 15 replicas)"
    }
}

/// Days of automated RDS backups: AWS accepts 0 (no backups) to 35.
public struct BackupRetentionDays: SettingValue {
    public static let range = 0...35
    public let value: Int
    public init(unchecked raw: Int) { value = raw }

    public static func problem(with raw: Int) -> String? {
        range.contains(raw) ? nil : "`\(raw)` days is not a backup retention RDS accepts: write 0 to 35"
    }
}

/// Allocated RDS storage in GiB: 20 GiB is the gp2/gp3 minimum and 65,536 GiB the maximum.
public struct StorageGiB: SettingValue {
    public static let range = 20...65536
    public let value: Int
    public init(unchecked raw: Int) { value = raw }

    public static func problem(with raw: Int) -> String? {
        range.contains(raw) ? nil : "`\(raw)` GiB is not a storage size RDS accepts: write 20 to 65536"
    }
}

/// A TCP port a container listens on.
public struct PortNumber: SettingValue {
    public static let range = 1...65535
    public let value: Int
    public init(unchecked raw: Int) { value = raw }

    public static func problem(with raw: Int) -> String? {
        range.contains(raw) ? nil : "`\(raw)` is not a port number: write 1 to 65535"
    }
}

/// Days a CloudWatch log group keeps events. CloudWatch accepts only a fixed list of values; any other number
/// renders and then fails at apply.
public struct LogRetentionDays: SettingValue {
    /// The values CloudWatch Logs accepts, in days (0, "never expire", is left out on purpose: logs must expire).
    public static let allowed = [
        1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653,
    ]
    public let value: Int
    public init(unchecked raw: Int) { value = raw }

    public static func problem(with raw: Int) -> String? {
        guard !allowed.contains(raw) else { return nil }
        // Measured from the value held to 0...10,000, which leaves the nearest allowed value as it is and keeps the
        // distances from overflowing (`Int.min` is a number YAML can write).
        let target = min(max(raw, 0), 10_000)
        let nearest = allowed.min { abs($0 - target) < abs($1 - target) } ?? 30
        return
            "`\(raw)` days is not a log retention CloudWatch accepts (nearest: \(nearest)); write one of \(allowed.map(String.init).joined(separator: ", "))"
    }
}

// MARK: - Identifiers

/// The ARN of an ACM certificate, `arn:<partition>:acm:<region>:<account>:certificate/<id>`, for a listener. The
/// certificate exists outside the stack, so a malformed ARN would only fail at apply.
public struct CertificateARN: SettingValue {
    public let value: String
    public init(unchecked raw: String) { value = raw }

    /// The certificate as a reference to something that exists outside the stack.
    public var ref: Ref<ARN<ACM.Certificate>> { .existing(value) }

    public static func problem(with raw: String) -> String? {
        let parts = raw.split(separator: ":", maxSplits: 5, omittingEmptySubsequences: false)
        let example = "e.g. `arn:aws:acm:us-east-1:111122223333:certificate/0f1e2d3c-…`"
        guard parts.count == 6, parts[0] == "arn", ["aws", "aws-cn", "aws-us-gov"].contains(parts[1]) else {
            return "`\(raw)` is not an ARN: write `arn:<partition>:acm:<region>:<account>:certificate/<id>`, \(example)"
        }
        guard parts[2] == "acm" else {
            return "`\(raw)` is an ARN of service `\(parts[2])`, not of an ACM certificate (`acm`), \(example)"
        }
        let region = parts[3]
        guard !region.isEmpty, region.allSatisfy({ $0.isASCII && ($0.isLowercase || $0.isNumber || $0 == "-") }) else {
            return "`\(raw)` names no region: an ACM certificate ARN has one, \(example)"
        }
        guard parts[4].count == 12, parts[4].allSatisfy({ $0.isASCII && $0.isNumber }) else {
            return "`\(raw)` names no 12-digit account, \(example)"
        }
        let resource = parts[5]
        guard resource.hasPrefix("certificate/"), resource.count > "certificate/".count else {
            return "`\(raw)` names no certificate: the last part must be `certificate/<id>`, \(example)"
        }
        return nil
    }
}

/// A Route 53 hosted zone id: `Z` followed by upper-case letters and digits, at most 32 characters.
public struct Route53ZoneID: SettingValue {
    public let value: String
    public init(unchecked raw: String) { value = raw }

    /// The hosted zone as a reference to something that exists outside the stack.
    public var ref: Ref<ID<Route53.HostedZone>> { .existing(value) }

    public static func problem(with raw: String) -> String? {
        let valid =
            raw.count >= 2 && raw.count <= 32 && raw.first == "Z"
            && raw.allSatisfy { $0.isASCII && ($0.isUppercase || $0.isNumber) }
        return valid
            ? nil
            : "`\(raw)` is not a Route 53 hosted zone id: `Z` and upper-case letters or digits, at most 32 characters, e.g. `Z0ABCDEF123456`"
    }
}

/// A DNS host name (RFC 1123): dot-separated labels of letters, digits and hyphens, a label neither starting nor
/// ending with a hyphen and at most 63 characters, the whole at most 253.
public struct HostName: SettingValue {
    public let value: String
    public init(unchecked raw: String) { value = raw }

    public static func problem(with raw: String) -> String? {
        guard !raw.isEmpty else { return "a host name cannot be empty: write one such as `api.example.com`" }
        guard raw.count <= 253 else { return "`\(raw)` is \(raw.count) characters long; a host name has at most 253" }
        for label in raw.split(separator: ".", omittingEmptySubsequences: false) {
            guard !label.isEmpty else { return "`\(raw)` has an empty label: write names like `api.example.com`" }
            guard label.count <= 63 else {
                return
                    "`\(raw)` has a label of \(label.count) characters (`\(label.prefix(12))…`); a label has at most 63"
            }
            guard label.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }) else {
                return "`\(raw)` has a character a host name cannot have: use letters, digits, `-` and `.`"
            }
            guard label.first != "-", label.last != "-" else {
                return "`\(raw)` has a label starting or ending with `-`, which a host name cannot have"
            }
        }
        return nil
    }
}

/// A host an ALB listener rule matches (`host_header`): at most 128 characters of letters, digits, `-`, `.` and the
/// wildcards `*` and `?`.
public struct HostCondition: SettingValue {
    public let value: String
    public init(unchecked raw: String) { value = raw }

    public static func problem(with raw: String) -> String? {
        guard !raw.isEmpty else { return "a host condition cannot be empty: write a host such as `api.example.com`" }
        guard raw.count <= 128 else {
            return "`\(raw)` is \(raw.count) characters long; a load balancer host condition has at most 128"
        }
        let valid = raw.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "-.*?".contains($0)) }
        return valid
            ? nil
            : "`\(raw)` has a character a host condition cannot have: use letters, digits, `-`, `.`, `*` and `?`"
    }
}

/// An S3 bucket name under the general-purpose bucket rules: 3 to 63 lower-case letters, digits, `-` and `.`,
/// starting and ending with a letter or digit, no `..`, not shaped like an IP address, and none of the prefixes and
/// suffixes S3 reserves.
public struct BucketName: SettingValue {
    public let value: String
    public init(unchecked raw: String) { value = raw }

    public static func problem(with raw: String) -> String? {
        guard (3...63).contains(raw.count) else {
            return "`\(raw)` is \(raw.count) characters long; a bucket name has 3 to 63"
        }
        guard raw.allSatisfy({ $0.isASCII && ($0.isLowercase || $0.isNumber || $0 == "-" || $0 == ".") }) else {
            return "`\(raw)` has a character a bucket name cannot have: use lower-case letters, digits, `-` and `.`"
        }
        guard let first = raw.first, let last = raw.last, first.isLetter || first.isNumber,
            last.isLetter || last.isNumber
        else { return "`\(raw)` must start and end with a lower-case letter or digit" }
        guard !raw.contains("..") else { return "`\(raw)` has two adjacent dots, which a bucket name cannot have" }
        let octets = raw.split(separator: ".", omittingEmptySubsequences: false)
        if octets.count == 4, octets.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isNumber) }) {
            return "`\(raw)` is shaped like an IP address, which a bucket name cannot be"
        }
        for prefix in ["xn--", "sthree-", "amzn-s3-demo-"] where raw.hasPrefix(prefix) {
            return "`\(raw)` starts with `\(prefix)`, a prefix S3 reserves"
        }
        for suffix in ["-s3alias", "--ol-s3", ".mrap", "--x-s3", "--table-s3"] where raw.hasSuffix(suffix) {
            return "`\(raw)` ends with `\(suffix)`, a suffix S3 reserves"
        }
        return nil
    }
}

/// An IPv4 range written in a settings file, e.g. a database outside the stack or an allow-listed partner range.
public struct IPv4Range: SettingValue {
    public let value: String
    public init(unchecked raw: String) { value = raw }

    /// The parsed range (always present: the text was checked).
    public var cidr: IPv4CIDR? { IPv4CIDR(value) }

    public static func problem(with raw: String) -> String? { IPv4CIDR.problem(with: raw) }
}

/// A host name that is also matched by an ALB listener rule (`host_header`), so it must satisfy both RFC 1123 and
/// the listener's limit of 128 characters.
public struct RoutedHostName: SettingValue {
    public let value: String
    public init(unchecked raw: String) { value = raw }

    public static func problem(with raw: String) -> String? {
        if let problem = HostName.problem(with: raw) { return problem }
        return raw.count <= 128
            ? nil : "`\(raw)` is \(raw.count) characters long; a load balancer host condition has at most 128"
    }
}

// MARK: - More bounded numbers

/// The priority of an ALB listener rule: 1 to 50,000, lower first.
public struct ListenerRulePriority: SettingValue {
    public static let range = 1...50000
    public let value: Int
    public init(unchecked raw: Int) { value = raw }

    public static func problem(with raw: Int) -> String? {
        range.contains(raw) ? nil : "`\(raw)` is not a listener rule priority: write 1 to 50000"
    }
}

/// A target-tracking percentage (CPU or memory utilisation): 1 to 100.
public struct UtilizationPercent: SettingValue {
    public static let range = 1...100
    public let value: Int
    public init(unchecked raw: Int) { value = raw }

    public static func problem(with raw: Int) -> String? {
        range.contains(raw) ? nil : "`\(raw)` is not a utilisation percentage: write 1 to 100"
    }
}

/// A Lambda function's timeout: 1 to 900 seconds.
public struct LambdaTimeoutSeconds: SettingValue {
    public static let range = 1...900
    public let value: Int
    public init(unchecked raw: Int) { value = raw }

    public static func problem(with raw: Int) -> String? {
        range.contains(raw) ? nil : "`\(raw)` seconds is not a Lambda timeout: write 1 to 900"
    }
}

/// A Lambda function's memory: 128 to 10,240 MiB.
public struct LambdaMemoryMiB: SettingValue {
    public static let range = 128...10240
    public let value: Int
    public init(unchecked raw: Int) { value = raw }

    public static func problem(with raw: Int) -> String? {
        range.contains(raw) ? nil : "`\(raw)` MiB is not a Lambda memory size: write 128 to 10240"
    }
}

/// A number of days for an S3 lifecycle action (a transition, noncurrent-version expiry): at least 1, and within the
/// 32-bit integer the provider reads it into (a larger number fails `terraform validate` with a conversion error).
public struct LifecycleDays: SettingValue {
    public static let range = 1...2_147_483_647
    public let value: Int
    public init(unchecked raw: Int) { value = raw }

    public static func problem(with raw: Int) -> String? {
        range.contains(raw) ? nil : "`\(raw)` is not a number of days S3 lifecycle rules accept: write 1 to 2147483647"
    }
}

/// How long SQS keeps a message: 60 seconds to 14 days (1,209,600 seconds).
public struct QueueRetentionSeconds: SettingValue {
    public static let range = 60...1_209_600
    public let value: Int
    public init(unchecked raw: Int) { value = raw }

    public static func problem(with raw: Int) -> String? {
        range.contains(raw) ? nil : "`\(raw)` seconds is not an SQS retention period: write 60 to 1209600 (14 days)"
    }
}

/// How many receives move a message to its dead-letter queue (`maxReceiveCount`): 1 to 1,000.
public struct MaxReceiveCount: SettingValue {
    public static let range = 1...1000
    public let value: Int
    public init(unchecked raw: Int) { value = raw }

    public static func problem(with raw: Int) -> String? {
        range.contains(raw) ? nil : "`\(raw)` is not a dead-letter receive count: write 1 to 1000"
    }
}

/// A load balancer health check's path: starts with `/`, at most 1,024 characters, no spaces.
public struct HealthCheckPath: SettingValue {
    public let value: String
    public init(unchecked raw: String) { value = raw }

    public static func problem(with raw: String) -> String? {
        guard raw.hasPrefix("/") else { return "`\(raw)` is not a health check path: it must start with `/`" }
        guard raw.count <= 1024 else {
            return "a health check path of \(raw.count) characters is too long: the limit is 1024"
        }
        guard !raw.contains(where: \.isWhitespace) else { return "`\(raw)` is not a health check path: it has a space" }
        return nil
    }
}

/// An ISO 3166-1 alpha-2 country code, as WAF geo-match statements take it: two upper-case letters (`RU`).
public struct CountryCode: SettingValue {
    public let value: String
    public init(unchecked raw: String) { value = raw }

    public static func problem(with raw: String) -> String? {
        raw.count == 2 && raw.allSatisfy({ $0.isASCII && $0.isUppercase })
            ? nil : "`\(raw)` is not a country code: write two upper-case letters (ISO 3166-1 alpha-2), e.g. `RU`"
    }
}

/// A Redis or Valkey engine version as ElastiCache takes it: `<major>.<minor>` (Redis 6 and later, Valkey) or
/// `<major>.<minor>.<patch>` (Redis 5 and earlier). The provider rejects anything else at `terraform validate`.
public struct CacheEngineVersion: SettingValue {
    public let value: String
    public init(unchecked raw: String) { value = raw }

    public static func problem(with raw: String) -> String? {
        let parts = raw.split(separator: ".", omittingEmptySubsequences: false)
        let numeric = parts.allSatisfy { !$0.isEmpty && $0.count <= 4 && $0.allSatisfy(\.isASCII) && Int($0) != nil }
        guard numeric, (2...3).contains(parts.count), let major = Int(parts[0]) else {
            return
                "`\(raw)` is not a cache engine version: write <major>.<minor> (e.g. `7.1`), or <major>.<minor>.<patch> before Redis 6"
        }
        return major >= 6 && parts.count == 3
            ? "`\(raw)` is not a cache engine version: from Redis 6 on, write <major>.<minor> (e.g. `\(parts[0]).\(parts[1])`)"
            : nil
    }
}

/// Days after which EFS moves files to Infrequent Access: one of 1, 7, 14, 30, 60, 90, 180, 270 or 365.
public struct EFSTransitionDays: SettingValue {
    public static let allowed = [1, 7, 14, 30, 60, 90, 180, 270, 365]
    public let value: Int
    public init(unchecked raw: Int) { value = raw }

    public static func problem(with raw: Int) -> String? {
        allowed.contains(raw)
            ? nil
            : "`\(raw)` days is not an EFS transition period: use one of \(allowed.map(String.init).joined(separator: ", "))"
    }
}
