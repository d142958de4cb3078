import InfraCore

extension Events {
    /// An EventBridge schedule. `rate` is typed so that the unit's number always agrees with the value
    /// (`rate(1 hour)`, `rate(4 hours)`); `cron` keeps AWS's six-field text, which the policy engine checks.
    public enum Schedule: Hashable, Sendable, CustomStringConvertible {
        public enum Unit: String, Hashable, Sendable, CaseIterable { case minute, hour, day }

        case rate(Int, Unit)
        case cron(String)

        public var description: String {
            switch self {
            case .rate(let value, let unit): "rate(\(value) \(unit.rawValue)\(value == 1 ? "" : "s"))"
            case .cron(let fields): "cron(\(fields))"
            }
        }

        /// Parses `rate(4 hours)` or `cron(0 12 1 */2 ? *)`, as written in environment settings; `nil` if neither.
        public init?(parsing text: String) {
            if text.hasPrefix("rate("), text.hasSuffix(")") {
                let body = text.dropFirst(5).dropLast().split(separator: " ")
                guard body.count == 2, let value = Int(body[0]), value > 0 else { return nil }
                let word = String(body[1])
                let singular = value == 1
                guard let unit = Unit.allCases.first(where: { (singular ? $0.rawValue : $0.rawValue + "s") == word })
                else {
                    return nil
                }
                self = .rate(value, unit)
            } else if text.hasPrefix("cron("), text.hasSuffix(")") {
                let fields = String(text.dropFirst(5).dropLast())
                guard fields.split(separator: " ").count == 6 else { return nil }
                self = .cron(fields)
            } else {
                return nil
            }
        }
    }
}
