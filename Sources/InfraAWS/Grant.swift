import InfraCore

extension IAM {
    /// A permission expressed by intent (`.read(secret)`, `.publish(to: topic)`, `.runTask(task, on: cluster)`), which
    /// expands to the least-privilege statements AWS needs for it, including the KMS side when the resource is
    /// encrypted with a customer-managed key.
    ///
    /// Each service's grants live next to its constructs (`extension IAM.Grant` in `Secret.swift`, `Topic.swift`, …).
    /// Statements of several grants that differ only in their resources are merged by the role, so ten secrets read
    /// make one statement, not ten.
    public struct Grant: Hashable, Sendable {
        public var statements: [Statement]

        public init(_ statements: [Statement]) {
            self.statements = statements
        }

        /// Decrypting with `key`, but only when `service` asks on the caller's behalf (`kms:ViaService`).
        static func decrypt(
            _ key: KMS.Key,
            via service: String,
            sid: String,
            actions: [String] = ["kms:Decrypt"]
        ) -> Statement {
            Statement(
                sid: sid,
                actions: actions,
                resources: [key.arn.value],
                conditions: ["StringEquals": ["kms:ViaService": .string("\(service).\(key.region).amazonaws.com")]]
            )
        }
    }

    /// Text turned into a statement-id fragment: letters and digits only, each word capitalised (`ses` → `Ses`).
    static func sidFragment(_ text: String) -> String {
        var result = ""
        var upper = true
        for character in text {
            guard character.isASCII, character.isLetter || character.isNumber else {
                upper = true
                continue
            }
            result.append(upper ? Character(character.uppercased()) : character)
            upper = false
        }
        return result
    }

    /// Merges statements that differ only in their resources, keeping first-seen order, and makes sids unique.
    static func merged(_ statements: [Statement]) -> [Statement] {
        struct Shape: Hashable {
            var sid: String
            var effect: Statement.Effect
            var actions: [String]
            var principals: Principals?
            var conditions: [String: [String: JSONValue]]
        }
        // Each shape hashed once per statement: its place in `order` is looked up, not its resources.
        var order: [(shape: Shape, resources: [JSONValue])] = []
        var position: [Shape: Int] = [:]
        for statement in statements {
            let shape = Shape(
                sid: statement.sid,
                effect: statement.effect,
                actions: statement.actions,
                principals: statement.principals,
                conditions: statement.conditions
            )
            let index: Int
            if let found = position[shape] {
                index = found
            } else {
                index = order.count
                position[shape] = index
                order.append((shape, []))
            }
            for resource in statement.resources where !order[index].resources.contains(resource) {
                order[index].resources.append(resource)
            }
        }
        var used: [String: Int] = [:]
        return order.map { shape, resources in
            let count = used[shape.sid, default: 0] + 1
            used[shape.sid] = count
            return Statement(
                sid: count == 1 ? shape.sid : "\(shape.sid)\(count)",
                effect: shape.effect,
                actions: shape.actions,
                resources: resources,
                principals: shape.principals,
                conditions: shape.conditions
            )
        }
    }
}
