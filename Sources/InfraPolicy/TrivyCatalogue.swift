/// The trivy checks for AWS, as data (`Generated/TrivyCatalogue+Data.swift`): each AVD id and trivy's service for it.
///
/// Rules name the trivy checks they correspond to (`Rule.trivy`), so that a team moving from trivy (or tfsec) can map
/// its ignores and dashboards. Those names were written from memory, and some were checks of something else (an ALB
/// exposure check on an access-log rule, a bucket-name check on a TLS rule); keeping trivy's own list lets a test hold
/// every named id to a check that exists, in the service of the rule's resources.
public enum TrivyCatalogue {
    /// One trivy check.
    public struct Entry: Hashable, Sendable {
        /// The AVD id, e.g. `AVD-AWS-0180`.
        public var id: String
        /// trivy's service for the check, e.g. `rds`; `ssm` also holds the Secrets Manager checks, `ec2` the VPC,
        /// security group, EBS and launch configuration ones.
        public var service: String
    }

    /// Where the list was taken from.
    public static let source = "aquasecurity/trivy-checks"

    /// Every entry, sorted by id.
    public static let entries: [Entry] = text.split(separator: "\n").compactMap { line in
        let cells = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
        guard cells.count == 2 else { return nil }
        return Entry(id: cells[0], service: cells[1])
    }

    /// The check with this id, or `nil` when trivy has none.
    public static func entry(of id: String) -> Entry? { byID[id] }

    private static let byID: [String: Entry] = Dictionary(
        entries.map { ($0.id, $0) },
        uniquingKeysWith: { first, _ in first }
    )
}
