import InfraCore

/// One value constraint the hashicorp/aws provider enforces on an argument when `terraform validate` runs, kept as
/// data so that infragen can check a rendered document the same way without running terraform.
///
/// `terraform providers schema -json` (the source of the embedded schema) carries types and flags but not the
/// provider's validators (`ValidateFunc`, `ConflictsWith`, …), so a value of the right type can still be refused.
/// Each constraint names the provider source file that declares the argument, so a reviewer can follow it back; a
/// provider bump needs the table re-checked (`ProviderConstraintTerraformTests` runs a sample through
/// `terraform validate`).
public struct ProviderConstraint: Sendable, Hashable {
    /// What the provider checks; the cases follow the terraform-plugin-sdk validators they come from.
    public enum Kind: Sendable, Hashable {
        /// `IntBetween`, `IntAtLeast` (no maximum), `IntAtMost` (no minimum).
        case intRange(min: Int?, max: Int?)
        /// `IntInSlice`.
        case intOneOf([Int])
        /// `IntDivisibleBy`: a multiple of the number (seconds in whole minutes, say).
        case intMultipleOf(Int)
        /// `FloatBetween`.
        case floatRange(min: Double, max: Double)
        /// `StringLenBetween` (and `StringLenAtLeast`/`AtMost` style checks); lengths count characters as Go's
        /// `len` counts bytes, which is the same for the ASCII values AWS accepts.
        case length(min: Int, max: Int)
        /// `NoZeroValues`, `StringIsNotEmpty`: an empty string (or a zero number) is refused.
        case notEmpty
        /// `StringInSlice(values, false)`: the value must be one of these, case-sensitive.
        case oneOf([String])
        /// `StringMatch(pattern, message)` and custom validators written as a regular expression: the value must
        /// contain a match (Go's `MatchString`, so anchor the pattern to test the whole value). `example`, when
        /// given, is a valid value, shown in the message.
        case matches(pattern: String, message: String, example: String?)
        /// `StringDoesNotMatch(pattern, message)`: the value must not contain a match.
        case doesNotMatch(pattern: String, message: String)
        /// `verify.ValidARN`: `arn:partition:service:region:account-id:resource`.
        case arn
        /// `validation.StringIsJSON` / `verify.ValidIAMPolicyJSON`: the value must parse as JSON.
        case json
        /// `IsCIDRNetwork` / `verify.ValidCIDRNetworkAddress`: an IPv4 or IPv6 CIDR block.
        case cidr
        /// `validation.Any(…)`: the value passes when one of these passes (an ARN or a name, say).
        indirect case anyOf([Kind])
        /// `ConflictsWith`: none of these sibling arguments may be set together with this one.
        case conflictsWith([String])
        /// `RequiredWith`: when this argument is set, all of these must be set too.
        case requiredWith([String])
        /// `AtLeastOneOf`: at least one of these sibling arguments must be set (the path names the first).
        case atLeastOneOf([String])
        /// `ExactlyOneOf`: exactly one of these sibling arguments must be set (the path names the first).
        case exactlyOneOf([String])

        /// Whether the constraint relates several arguments of one block rather than checking one value.
        public var isCrossArgument: Bool {
            switch self {
            case .conflictsWith, .requiredWith, .atLeastOneOf, .exactlyOneOf: true
            default: false
            }
        }
    }

    /// The argument, through nested blocks: `backup_retention_period`, `condition.host_header.values`. Elements of a
    /// list or set of strings are checked one by one, as the provider's `Elem` validators are.
    public var path: String
    public var kind: Kind
    /// The provider file the constraint was read from, e.g. `internal/service/rds/instance.go`.
    public var source: String

    public init(_ path: String, _ kind: Kind, source: String) {
        self.path = path
        self.kind = kind
        self.source = source
    }
}

/// The constraints of one resource type; an empty list records that the type was reviewed and its arguments have
/// no validator `terraform validate` runs.
public struct ResourceConstraints: Sendable {
    public var type: String
    public var constraints: [ProviderConstraint]

    /// - Parameters:
    ///   - type: the resource type, e.g. `aws_db_instance`.
    ///   - source: the provider file most constraints come from; an entry may name another with `in:`.
    ///   - entries: the constraints, written with the short constructors below.
    public init(_ type: String, source: String, _ entries: [Entry]) {
        self.type = type
        self.constraints = entries.map { ProviderConstraint($0.path, $0.kind, source: $0.source ?? source) }
    }

    /// A constraint before the table's default source is filled in.
    public struct Entry: Sendable {
        var path: String
        var kind: ProviderConstraint.Kind
        var source: String?

        /// Reads the constraint from another provider file than the type's (a shared `validate.go`, say).
        public func from(_ source: String) -> Entry {
            var copy = self
            copy.source = source
            return copy
        }

        public static func range(_ path: String, _ range: ClosedRange<Int>) -> Entry {
            Entry(path: path, kind: .intRange(min: range.lowerBound, max: range.upperBound))
        }
        public static func atLeast(_ path: String, _ minimum: Int) -> Entry {
            Entry(path: path, kind: .intRange(min: minimum, max: nil))
        }
        public static func atMost(_ path: String, _ maximum: Int) -> Entry {
            Entry(path: path, kind: .intRange(min: nil, max: maximum))
        }
        public static func intOneOf(_ path: String, _ values: [Int]) -> Entry {
            Entry(path: path, kind: .intOneOf(values))
        }
        public static func multipleOf(_ path: String, _ divisor: Int) -> Entry {
            Entry(path: path, kind: .intMultipleOf(divisor))
        }
        public static func floatRange(_ path: String, _ minimum: Double, _ maximum: Double) -> Entry {
            Entry(path: path, kind: .floatRange(min: minimum, max: maximum))
        }
        public static func length(_ path: String, _ range: ClosedRange<Int>) -> Entry {
            Entry(path: path, kind: .length(min: range.lowerBound, max: range.upperBound))
        }
        public static func notEmpty(_ path: String) -> Entry { Entry(path: path, kind: .notEmpty) }
        public static func oneOf(_ path: String, _ values: [String]) -> Entry {
            Entry(path: path, kind: .oneOf(values))
        }
        public static func matches(_ path: String, _ pattern: String, _ message: String, example: String? = nil)
            -> Entry
        {
            Entry(path: path, kind: .matches(pattern: pattern, message: message, example: example))
        }
        public static func doesNotMatch(_ path: String, _ pattern: String, _ message: String) -> Entry {
            Entry(path: path, kind: .doesNotMatch(pattern: pattern, message: message))
        }
        public static func arn(_ path: String) -> Entry { Entry(path: path, kind: .arn) }
        /// The value passes when one of `entries` (written for the same path) passes.
        public static func anyOf(_ path: String, _ entries: [Entry]) -> Entry {
            Entry(path: path, kind: .anyOf(entries.map(\.kind)))
        }
        public static func json(_ path: String) -> Entry { Entry(path: path, kind: .json) }
        public static func cidr(_ path: String) -> Entry { Entry(path: path, kind: .cidr) }
        public static func conflicts(_ path: String, _ others: [String]) -> Entry {
            Entry(path: path, kind: .conflictsWith(others))
        }
        public static func requiredWith(_ path: String, _ others: [String]) -> Entry {
            Entry(path: path, kind: .requiredWith(others))
        }
        /// `names` are siblings; `path` is the block they are in (empty for the resource) plus the first name.
        public static func atLeastOneOf(_ names: [String], in block: String = "") -> Entry {
            Entry(
                path: [block, names.first ?? ""].filter { !$0.isEmpty }.joined(separator: "."),
                kind: .atLeastOneOf(names)
            )
        }
        public static func exactlyOneOf(_ names: [String], in block: String = "") -> Entry {
            Entry(
                path: [block, names.first ?? ""].filter { !$0.isEmpty }.joined(separator: "."),
                kind: .exactlyOneOf(names)
            )
        }

        init(path: String, kind: ProviderConstraint.Kind, source: String? = nil) {
            self.path = path
            self.kind = kind
            self.source = source
        }
    }
}
