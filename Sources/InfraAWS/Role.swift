import InfraCore

extension IAM {
    /// An IAM role with its trust policy, one inline least-privilege policy, and any managed policies attached.
    public struct Role: Construct {
        public let label: String
        public let name: String
        public let description: String
        public let assumedBy: [ServicePrincipal]
        public let statements: [Statement]
        public let managedPolicies: [String]
        public let location: SourceLocation
        public var modifiers = ConstructModifiers()

        /// - Parameters:
        ///   - label: the Terraform label of the role.
        ///   - name: the IAM role name (≤ 64 characters).
        ///   - assumedBy: the services allowed to assume it.
        ///   - statements: the inline policy; keep resources as narrow as the construct allows.
        ///   - managedPolicies: ARNs of AWS-managed policies to attach, for permissions AWS maintains.
        public init(
            _ label: String,
            name: String,
            description: String,
            assumedBy: [ServicePrincipal],
            statements: [Statement] = [],
            managedPolicies: [String] = [],
            file: String = #filePath,
            line: UInt = #line
        ) {
            self.label = label
            self.name = name
            self.description = description
            self.assumedBy = assumedBy
            self.statements = statements
            self.managedPolicies = managedPolicies
            self.location = .swift(filePath: file, line: line)
        }

        public var arn: Ref<RefKind.ARN> { Ref(ResourceAddress(type: "aws_iam_role", name: label), "arn") }

        public var roleName: Ref<RefKind.Name> { Ref(ResourceAddress(type: "aws_iam_role", name: label), "name") }

        public func expand() -> [Resource] {
            var resources = [
                Resource(
                    "aws_iam_role",
                    label,
                    [
                        "name": .string(name),
                        "description": .string(description),
                        "assume_role_policy": PolicyDocument.trust(assumedBy).json,
                    ],
                    location: location
                )
            ]
            if !statements.isEmpty {
                resources.append(
                    Resource(
                        "aws_iam_role_policy",
                        label,
                        [
                            "name": .string(name),
                            "role": roleName.value,
                            "policy": PolicyDocument(statements).json,
                        ],
                        location: location
                    )
                )
            }
            for policy in managedPolicies.sorted() {
                let suffix = ResourceAddress.label(from: String(policy.split(separator: "/").last ?? ""))
                resources.append(
                    Resource(
                        "aws_iam_role_policy_attachment",
                        "\(label)_\(suffix)",
                        ["role": roleName.value, "policy_arn": .string(policy)],
                        location: location
                    )
                )
            }
            return resources
        }
    }

    /// The instance profile EC2 hosts use to carry a role.
    public struct InstanceProfile: Construct {
        public let label: String
        public let name: String
        public let role: Ref<RefKind.Name>
        public let location: SourceLocation
        public var modifiers = ConstructModifiers()

        public init(_ label: String, name: String, role: Role, file: String = #filePath, line: UInt = #line) {
            self.label = label
            self.name = name
            self.role = role.roleName
            self.location = .swift(filePath: file, line: line)
        }

        public var arn: Ref<RefKind.ARN> { Ref(ResourceAddress(type: "aws_iam_instance_profile", name: label), "arn") }

        public func expand() -> [Resource] {
            [
                Resource(
                    "aws_iam_instance_profile",
                    label,
                    ["name": .string(name), "role": role.value],
                    location: location
                )
            ]
        }
    }
}
