/// A decision to accept a rule's finding on one resource, with a reason and an expiry date.
///
/// Waivers are declared next to the resource (`.waive(…)` in a stack) or in the environment YAML. One without a
/// reason cannot be written; an expired one is an error; one that matches nothing is a warning.
public struct Waiver: Hashable, Codable, Sendable {
    public var rule: RuleID
    /// The resource the waiver covers; `nil` while it is still attached to a construct, which fills it in for every
    /// resource it expands to.
    public var address: ResourceAddress?
    public var reason: String
    /// The text as written, kept so that a malformed date can be reported as written.
    public var expires: String
    /// Where the waiver was declared.
    public var location: SourceLocation

    public init(
        rule: RuleID,
        address: ResourceAddress? = nil,
        reason: String,
        expires: String,
        location: SourceLocation
    ) {
        self.rule = rule
        self.address = address
        self.reason = reason
        self.expires = expires
        self.location = location
    }

    /// The expiry as a date, or `nil` when it is not a valid `YYYY-MM-DD`.
    public var expiryDate: CalendarDate? { CalendarDate(expires) }
}
