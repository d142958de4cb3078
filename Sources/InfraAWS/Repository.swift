import InfraCore

extension ECR {
    /// A private ECR repository: images scanned on push, tags immutable (a deployed tag always names the same
    /// image), encrypted (KMS when a key is given), and a lifecycle policy that keeps the newest images and expires
    /// untagged ones.
    public struct Repository: Construct, Hashable {
        public var declaration: Declaration
        public let name: String
        public let keepImages: Int
        public let untaggedDays: Int
        public let mutableTags: Bool
        public let kmsKey: KMS.Key?

        /// - Parameters:
        ///   - name: 2–256 lower-case letters, digits and `._-/` separators.
        ///   - keepImages: how many images the lifecycle policy keeps.
        ///   - untaggedDays: after how many days untagged images expire.
        ///   - mutableTags: allow pushing a tag again (only for a moving tag such as `latest`).
        public init(
            _ label: String,
            name: String,
            keepImages: Int = 30,
            untaggedDays: Int = 7,
            mutableTags: Bool = false,
            kmsKey: KMS.Key? = nil,
            file: String = #filePath,
            line: UInt = #line
        ) {
            self.name = name
            self.keepImages = keepImages
            self.untaggedDays = untaggedDays
            self.mutableTags = mutableTags
            self.kmsKey = kmsKey
            self.declaration = Declaration(label, file: file, line: line)
        }

        public var arn: Ref<ARN<Repository>> { ref("aws_ecr_repository", "arn") }
        public var repositoryURL: Ref<URLString> { ref("aws_ecr_repository", "repository_url") }
        private var repositoryName: Ref<Name<Repository>> { ref("aws_ecr_repository", "name") }

        /// The image reference `repository_url:tag`, for a container's `image`.
        public func image(tag: String) -> JSONValue { repositoryURL.interpolated(suffix: ":\(tag)") }

        public func expand() -> [Resource] {
            let policy: JSONValue = [
                "rules": [
                    [
                        "rulePriority": 1,
                        "description": .string("Expire untagged images after \(untaggedDays) days"),
                        "selection": [
                            "tagStatus": "untagged", "countType": "sinceImagePushed", "countUnit": "days",
                            "countNumber": .int(untaggedDays),
                        ],
                        "action": ["type": "expire"],
                    ],
                    [
                        "rulePriority": 2,
                        "description": .string("Keep the newest \(keepImages) images"),
                        "selection": ["tagStatus": "any", "countType": "imageCountMoreThan", "countNumber": .int(keepImages)],
                        "action": ["type": "expire"],
                    ],
                ]
            ]
            return [
                resource(
                    "aws_ecr_repository",
                    [
                        "name": .string(name),
                        "image_tag_mutability": mutableTags ? "MUTABLE" : "IMMUTABLE",
                        "image_scanning_configuration": [["scan_on_push": true]],
                        "encryption_configuration": [
                            kmsKey.map { ["encryption_type": "KMS", "kms_key": $0.arn.value] } ?? ["encryption_type": "AES256"]
                        ],
                        "force_delete": false,
                    ]
                ),
                resource(
                    "aws_ecr_lifecycle_policy",
                    ["repository": repositoryName.value, "policy": .embeddedJSON(policy)]
                ),
            ]
        }
    }
}

extension IAM.Grant {
    /// Pulling images from repositories (`ecr:GetAuthorizationToken` is account-wide by AWS's design).
    public static func pull(from repositories: ECR.Repository...) -> IAM.Grant {
        IAM.Grant([
            IAM.Statement(sid: "AuthenticateToECR", actions: ["ecr:GetAuthorizationToken"], resources: ["*"]),
            IAM.Statement(
                sid: "PullImages",
                actions: ["ecr:BatchCheckLayerAvailability", "ecr:GetDownloadUrlForLayer", "ecr:BatchGetImage"],
                resources: repositories.map(\.arn.value)
            ),
        ])
    }
}
