import InfraCore

/// What the engine needs to know besides the document: which environment it is, and what day it is (for waiver
/// expiry). The executable reads the clock; tests pass a fixed day.
public struct PolicyContext: Sendable {
    public var environment: String
    public var today: CalendarDate

    public init(environment: String, today: CalendarDate) {
        self.environment = environment
        self.today = today
    }

    /// `prod` and `production` count as production for rules scoped to it.
    public var isProduction: Bool { ["prod", "production"].contains(environment.lowercased()) }
}
