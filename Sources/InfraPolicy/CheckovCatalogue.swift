/// The checkov checks for Terraform on AWS, as data (`Generated/CheckovCatalogue+Data.swift`).
///
/// Rules name the checkov checks they correspond to, so that a team moving from checkov can map waivers and
/// dashboards. Those names were once written from memory and some were wrong (an SQS key check on a dead-letter
/// rule, an IAM check on an RDS rule); keeping checkov's own list lets a test hold every named id to a check that
/// exists and looks at the same kind of resource.
public enum CheckovCatalogue {
    /// One check on one Terraform type.
    public struct Entry: Hashable, Sendable {
        public var id: String
        /// `resource`, `data`, `provider` or `module` (the generic module checks).
        public var kind: String
        /// The Terraform type (`aws_lb_listener`), or `aws` for the provider.
        public var type: String
        public var title: String
    }

    /// The checkov version the list was taken from.
    public static let version = "3.3.30"

    /// Every entry, in the order of the list.
    public static let entries: [Entry] = text.split(separator: "\n").compactMap { line in
        let cells = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
        guard cells.count == 4 else { return nil }
        return Entry(id: cells[0], kind: cells[1], type: cells[2], title: cells[3])
    }

    /// The entries of one check id (one per type it looks at).
    public static func entries(of id: String) -> [Entry] { byID[id] ?? [] }

    private static let byID: [String: [Entry]] = Dictionary(grouping: entries, by: \.id)
}
