import InfraCore
import InfraPolicy

/// Builds the tiny rendered stacks the policy tests evaluate.
enum PolicyFixture {
    static let today = CalendarDate(year: 2026, month: 3, day: 15)
    static let resourceLocation = SourceLocation(file: "stacks/demo/Demo.swift", line: 10)
    static let waiverLocation = SourceLocation(file: "stacks/demo/Demo.swift", line: 12)

    /// The address every fixture resource gets.
    static func address(_ type: String) -> ResourceAddress { ResourceAddress(type: type, name: "main") }

    /// A stack with one resource under `resource.<type>.main`, optionally carrying waivers.
    static func stack(
        _ type: String,
        _ attributes: [String: JSONValue],
        environment: String = "prod",
        waivers: [Waiver] = [],
        overriddenPaths: [String] = []
    ) -> RenderedStack {
        let address = address(type)
        let document: JSONValue = ["resource": [type: ["main": .object(attributes)]]]
        return RenderedStack(
            stack: "demo",
            environment: environment,
            document: document,
            files: [],
            locations: [address: resourceLocation],
            waivers: waivers.isEmpty ? [:] : [address: waivers],
            overriddenPaths: overriddenPaths.isEmpty ? [:] : [address: overriddenPaths]
        )
    }

    /// A waiver of `rule` bound to the fixture resource of `type`.
    static func waiver(_ rule: RuleID, on type: String, expires: String, reason: String = "accepted for the test")
        -> Waiver
    {
        Waiver(rule: rule, address: address(type), reason: reason, expires: expires, location: waiverLocation)
    }

    /// A stack with the single resource of a fixture document, located at `resourceLocation`, optionally carrying
    /// waivers of that resource.
    static func stack(_ document: JSONValue, environment: String = "prod", waivers: [Waiver] = []) -> RenderedStack {
        let address = RuleFixture.firstAddress(in: document) ?? address("aws_unknown")
        return RenderedStack(
            stack: "demo",
            environment: environment,
            document: document,
            files: [],
            locations: [address: resourceLocation],
            waivers: waivers.isEmpty ? [:] : [address: waivers]
        )
    }

    /// A waiver of `rule` bound to `address`.
    static func waiver(
        _ rule: RuleID,
        on address: ResourceAddress,
        expires: String,
        reason: String = "accepted for the test"
    )
        -> Waiver
    {
        Waiver(rule: rule, address: address, reason: reason, expires: expires, location: waiverLocation)
    }

    static func evaluate(_ rendered: RenderedStack, today: CalendarDate = PolicyFixture.today) -> [Diagnostic] {
        PolicyEngine().evaluate(rendered, context: PolicyContext(environment: rendered.environment, today: today))
    }
}

/// `Testing` has a `SourceLocation` too; in these tests the name means infragen's.
typealias SourceLocation = InfraCore.SourceLocation
