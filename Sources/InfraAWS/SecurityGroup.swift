import InfraCore

extension EC2 {
    /// A security group with no inline rules; traffic is opened with `EC2.Allow`, one rule resource per flow, so that
    /// groups can refer to each other without cycles and every opening shows up as its own line in a plan.
    public struct SecurityGroup: Construct, Hashable {
        public var declaration: Declaration
        public let name: String
        public let description: String
        public let vpcID: Ref<ID<VPC>>

        public init(
            _ label: String,
            name: String,
            description: String,
            vpc: Ref<ID<VPC>>,
            file: String = #filePath,
            line: UInt = #line
        ) {
            self.name = name
            self.description = description
            self.vpcID = vpc
            self.declaration = Declaration(label, file: file, line: line)
        }

        public var id: Ref<ID<SecurityGroup>> { ref("aws_security_group", "id") }

        public func expand() -> [Resource] {
            [
                resource(
                    "aws_security_group",
                    [
                        "name": .string(name),
                        "description": .string(description),
                        "vpc_id": vpcID.value,
                        "tags": ["Name": .string(name)],
                        "lifecycle": ["create_before_destroy": true],
                    ]
                )
            ]
        }
    }
}
