import InfraCore

extension IAM {
    /// An IAM role with its trust policy, one inline least-privilege policy built from grants (and, rarely,
    /// hand-written statements), and any AWS-managed policies attached.
    public struct Role: Construct, Hashable {
        public var declaration: Declaration
        public let name: String
        public let description: String
        public let assumedBy: [ServicePrincipal]
        public let grants: [Grant]
        public let statements: [Statement]
        public let managedPolicies: [String]

        /// - Parameters:
        ///   - label: the Terraform label of the role.
        ///   - name: the IAM role name (≤ 64 characters).
        ///   - assumedBy: the services allowed to assume it.
        ///   - grants: what the role may do, by intent: `.read(secret)`, `.publish(to: topic)`, …
        ///   - statements: hand-written statements for what no grant expresses yet; keep resources narrow.
        ///   - managedPolicies: ARNs of AWS-managed policies to attach, for permissions AWS maintains.
        public init(
            _ label: String,
            name: String,
            description: String,
            assumedBy: [ServicePrincipal],
            grants: [Grant] = [],
            statements: [Statement] = [],
            managedPolicies: [String] = [],
            file: String = #filePath,
            line: UInt = #line
        ) {
            self.name = name
            self.description = description
            self.assumedBy = assumedBy
            self.grants = grants
            self.statements = statements
            self.managedPolicies = managedPolicies
            self.declaration = Declaration(label, file: file, line: line)
        }

        public var arn: Ref<ARN<Role>> { ref("aws_iam_role", "arn") }

        public var roleName: Ref<Name<Role>> { ref("aws_iam_role", "name") }

        /// The inline policy's statements: the grants' and the hand-written ones, merged.
        public var policyStatements: [Statement] { IAM.merged(grants.flatMap(\.statements) + statements) }

        public func expand() -> [Resource] {
            var resources = [
                resource(
                    "aws_iam_role",
                    [
                        "name": .string(name),
                        "description": .string(description),
                        "assume_role_policy": PolicyDocument.trust(assumedBy).json,
                    ]
                )
            ]
            let policy = policyStatements
            if !policy.isEmpty {
                resources.append(
                    resource(
                        "aws_iam_role_policy",
                        ["name": .string(name), "role": roleName.value, "policy": PolicyDocument(policy).json]
                    )
                )
            }
            for policy in managedPolicies.sorted() {
                let suffix = ResourceAddress.label(from: String(policy.split(separator: "/").last ?? ""))
                resources.append(
                    resource(
                        "aws_iam_role_policy_attachment",
                        label: "\(label)_\(suffix)",
                        ["role": roleName.value, "policy_arn": .string(policy)]
                    )
                )
            }
            return resources
        }

        /// The inline policy, for resources that must wait until the role may do its work.
        public var policyDependency: Reference { dependency("aws_iam_role_policy") }
    }

    /// The instance profile EC2 hosts use to carry a role.
    public struct InstanceProfile: Construct, Hashable {
        public var declaration: Declaration
        public let name: String
        public let role: Role

        public init(_ label: String, name: String, role: Role, file: String = #filePath, line: UInt = #line) {
            self.name = name
            self.role = role
            self.declaration = Declaration(label, file: file, line: line)
        }

        public var arn: Ref<ARN<InstanceProfile>> { ref("aws_iam_instance_profile", "arn") }

        public func expand() -> [Resource] {
            [resource("aws_iam_instance_profile", ["name": .string(name), "role": role.roleName.value])]
        }
    }
}
