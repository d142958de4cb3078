import InfraAWS
import InfraCore
import Testing

@Suite struct BucketTests {
    @Test func defaultsArePrivateVersionedAndExpireOldVersions() {
        let bucket = S3.PrivateBucket("data", bucket: "app-data")
        #expect(
            Snippet.addresses(bucket) == [
                "aws_s3_bucket.data", "aws_s3_bucket_public_access_block.data", "aws_s3_bucket_ownership_controls.data",
                "aws_s3_bucket_server_side_encryption_configuration.data", "aws_s3_bucket_policy.data",
                "aws_s3_bucket_versioning.data", "aws_s3_bucket_lifecycle_configuration.data",
            ]
        )
    }

    @Test func glacierTransitionAfterAYear() throws {
        let bucket = S3.PrivateBucket(
            "data",
            bucket: "app-data",
            lifecycle: [.init(id: "archive", transitions: [.glacier(after: 365)], noncurrentVersionDays: 90)]
        )
        let lifecycle = try #require(Snippet.json(bucket, "aws_s3_bucket_lifecycle_configuration.data"))
        #expect(lifecycle.contains(#""storage_class": "GLACIER""#))
        #expect(lifecycle.contains(#""days": 365"#))
    }

    @Test func putOnlyNotificationWithItsPermission() throws {
        let function = Lambda.Function(
            "mail",
            name: "mail",
            description: "Mail",
            runtime: .python312,
            handler: "mail.handler",
            sources: ["mail.py": "def handler(e, c): pass"],
            logRetentionDays: 7
        )
        let bucket = S3.PrivateBucket(
            "mail",
            bucket: "eutop-mediamind",
            notifications: [.init(function: function, events: ["s3:ObjectCreated:Put"], prefix: "mail/")],
            writers: [.ses(prefix: "mail/", accountID: "111122223333")]
        )
        let notification = try #require(bucket.resources.first { $0.address.type == "aws_s3_bucket_notification" })
        #expect(
            notification.attributes["lambda_function"] == [
                [
                    "lambda_function_arn": .expression("${aws_lambda_function.mail.arn}"),
                    "events": ["s3:ObjectCreated:Put"],
                    "filter_prefix": "mail/",
                ]
            ]
        )
        #expect(notification.dependsOn.map(\.traversal) == ["aws_lambda_permission.mail_mail"])
        let permission = try #require(Snippet.json(bucket, "aws_lambda_permission.mail_mail"))
        #expect(permission.contains(#""principal": "s3.amazonaws.com""#))
        let policy = try #require(Snippet.json(bucket, "aws_s3_bucket_policy.mail"))
        #expect(policy.contains("ses.amazonaws.com") && policy.contains("aws:SourceAccount"))
    }

    @Test func customerManagedKeyAndNoVersioning() throws {
        let bucket = S3.PrivateBucket(
            "scratch",
            bucket: "app-scratch",
            versioning: false,
            lifecycle: [],
            kmsKey: Snippet.key
        )
        #expect(!Snippet.addresses(bucket).contains("aws_s3_bucket_versioning.scratch"))
        #expect(!Snippet.addresses(bucket).contains("aws_s3_bucket_lifecycle_configuration.scratch"))
        let encryption = try #require(
            Snippet.json(bucket, "aws_s3_bucket_server_side_encryption_configuration.scratch")
        )
        #expect(encryption.contains(#""sse_algorithm": "aws:kms""#))
        #expect(encryption.contains(#""bucket_key_enabled": true"#))
    }
}
