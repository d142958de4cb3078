import InfraCore

extension ECS {
    /// EC2 capacity for a cluster: a launch template (ECS-optimized AMI resolved from SSM at launch, IMDSv2 only,
    /// encrypted gp3 root volume), an auto-scaling group over private subnets, and a capacity provider set as the
    /// cluster's default.
    public struct EC2Capacity: Construct, Hashable {
        /// The public SSM parameter that always names the current ECS-optimized Amazon Linux 2023 AMI. Resolving it at
        /// launch needs no AMI data source, so the stack plans offline.
        public static let amazonLinux2023Parameter =
            "/aws/service/ecs/optimized-ami/amazon-linux-2023/recommended/image_id"

        public var declaration: Declaration
        public let name: String
        public let cluster: Cluster
        public let instanceType: String
        public let instances: Int
        public let subnets: [Ref<ID<EC2.Subnet>>]
        public let securityGroups: [EC2.SecurityGroup]
        public let instanceProfile: IAM.InstanceProfile
        public let rootVolumeGiB: Int
        public let amiParameter: String

        public init(
            _ label: String,
            name: String,
            cluster: Cluster,
            instanceType: String,
            instances: Int,
            subnets: [Ref<ID<EC2.Subnet>>],
            securityGroups: [EC2.SecurityGroup],
            instanceProfile: IAM.InstanceProfile,
            rootVolumeGiB: Int = 30,
            amiParameter: String = EC2Capacity.amazonLinux2023Parameter,
            file: String = #filePath,
            line: UInt = #line
        ) {
            self.name = name
            self.cluster = cluster
            self.instanceType = instanceType
            self.instances = instances
            self.subnets = subnets
            self.securityGroups = securityGroups
            self.instanceProfile = instanceProfile
            self.rootVolumeGiB = rootVolumeGiB
            self.amiParameter = amiParameter
            self.declaration = Declaration(label, file: file, line: line)
        }

        /// The capacity provider's name, for services' capacity-provider strategies.
        public var capacityProviderName: Ref<Name<EC2Capacity>> { ref("aws_ecs_capacity_provider", "name") }

        /// The cluster-to-capacity-provider association; services must wait for it.
        public var association: Reference { dependency("aws_ecs_cluster_capacity_providers") }

        public var autoScalingGroupName: Ref<Name<EC2Capacity>> { ref("aws_autoscaling_group", "name") }

        public var autoScalingGroupARN: Ref<ARN<EC2Capacity>> { ref("aws_autoscaling_group", "arn") }

        private var launchTemplateID: Ref<ID<EC2Capacity>> { ref("aws_launch_template", "id") }

        private var userData: String {
            "#!/bin/bash\necho ECS_CLUSTER=\(cluster.name) >> /etc/ecs/ecs.config\n"
        }

        public func expand() -> [Resource] {
            [
                resource(
                    "aws_launch_template",
                    [
                        "name": .string(name),
                        "description": .string("ECS hosts for cluster \(cluster.name)"),
                        "image_id": .string("resolve:ssm:\(amiParameter)"),
                        "instance_type": .string(instanceType),
                        "update_default_version": true,
                        "user_data": .string(Base64.encode(userData)),
                        "iam_instance_profile": [["arn": instanceProfile.arn.value]],
                        "vpc_security_group_ids": .array(securityGroups.map(\.id.value)),
                        "metadata_options": [
                            [
                                "http_endpoint": "enabled",
                                "http_tokens": "required",
                                "http_put_response_hop_limit": 1,
                            ]
                        ],
                        "monitoring": [["enabled": true]],
                        "block_device_mappings": [
                            [
                                "device_name": "/dev/xvda",
                                "ebs": [
                                    [
                                        "volume_size": .int(rootVolumeGiB),
                                        "volume_type": "gp3",
                                        "encrypted": "true",
                                        "delete_on_termination": "true",
                                    ]
                                ],
                            ]
                        ],
                        "tag_specifications": [
                            ["resource_type": "instance", "tags": ["Name": .string(name)]],
                            ["resource_type": "volume", "tags": ["Name": .string(name)]],
                        ],
                    ]
                ),
                resource(
                    "aws_autoscaling_group",
                    [
                        "name": .string(name),
                        "min_size": .int(instances),
                        "max_size": .int(instances),
                        "desired_capacity": .int(instances),
                        "vpc_zone_identifier": .array(subnets.map(\.value)),
                        "health_check_type": "EC2",
                        "launch_template": [["id": launchTemplateID.value, "version": "$Latest"]],
                        "tag": [
                            ["key": "AmazonECSManaged", "value": "true", "propagate_at_launch": true],
                            ["key": "Name", "value": .string(name), "propagate_at_launch": true],
                        ],
                        "lifecycle": ["ignore_changes": [.expression("desired_capacity")]],
                    ]
                ),
                resource(
                    "aws_ecs_capacity_provider",
                    [
                        "name": .string(name),
                        "auto_scaling_group_provider": [
                            [
                                "auto_scaling_group_arn": autoScalingGroupARN.value,
                                "managed_termination_protection": "DISABLED",
                                "managed_scaling": [
                                    [
                                        "status": "ENABLED",
                                        "target_capacity": 100,
                                        "minimum_scaling_step_size": 1,
                                        "maximum_scaling_step_size": 1,
                                    ]
                                ],
                            ]
                        ],
                    ]
                ),
                resource(
                    "aws_ecs_cluster_capacity_providers",
                    [
                        "cluster_name": cluster.clusterName.value,
                        "capacity_providers": [capacityProviderName.value],
                        "default_capacity_provider_strategy": [
                            ["capacity_provider": capacityProviderName.value, "weight": 1, "base": 0]
                        ],
                    ]
                ),
            ]
        }
    }
}
