/// What a rule can know about an attribute before plan.
///
/// A check that wants a setting on ("storage_encrypted must be true") must tell a value that is off from one that is
/// not written (the provider's default applies) and from one that is only known at plan (`"${var.encrypted}"`): the
/// last may well be on, so it is never reported as off. `AttributeValue` produces readings; rules ask them questions.
enum Reading<Value: Equatable & Sendable>: Equatable, Sendable {
    /// Written literally, as a value of the expected type.
    case known(Value)
    /// Not written, or `null`: the provider's default applies.
    case absent
    /// An interpolation, a reference or a function call: its value is known only at plan.
    case unknown
    /// Written literally, but not as a value of the expected type (`"yes"` for a boolean). The schema rules report
    /// the type; for the policy rules it is not the value they want, and not an unknown either.
    case malformed

    /// Whether the value is `expected`, or may turn out at plan to be: what a must-be check passes on.
    func mayBe(_ expected: Value) -> Bool {
        self == .known(expected) || self == .unknown
    }

    /// Whether the value is literally `expected`: what a must-not-be check reports.
    func isKnown(_ expected: Value) -> Bool { self == .known(expected) }

    /// The literal value, if there is one.
    var value: Value? {
        if case .known(let value) = self { return value }
        return nil
    }
}
