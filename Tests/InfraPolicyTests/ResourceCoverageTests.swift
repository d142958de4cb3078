import InfraCore
import Testing

@testable import InfraPolicy

/// A resource ARN that leaves its resource part open grants what `*` grants: `iam:PassRole` on
/// `arn:aws:iam::111122223333:role/*` may hand any role of the account, administrators included, to a service, and
/// `s3:*` on `arn:aws:s3:::*` reaches every bucket. The grant rules read such ARNs as they read `*`.
@Suite struct ResourceCoverageTests {
    @Test(
        arguments: [
            ("arn:aws:iam::111122223333:role/*", "role", "iam", true),
            ("arn:aws:iam::*:role/*", "role", "iam", true),
            ("arn:aws-us-gov:iam::111122223333:*", "role", "iam", true),
            ("arn:aws:iam::111122223333:role*", "role", "iam", true),
            ("arn:aws:IAM::111122223333:role/*", "role", "iam", true),
            ("arn:aws:*:*:*:*", nil, "dynamodb", true),
            ("arn:aws:s3:::*", nil, "s3", true),
            ("arn:aws:iam::111122223333:role/app-*", "role", "iam", false),
            ("arn:aws:iam::111122223333:role/service-role/*", "role", "iam", false),
            ("arn:aws:iam::111122223333:user/*", "role", "iam", false),
            ("arn:aws:iam::111122223333:role/admin", "role", "iam", false),
            ("arn:aws:iam::111122223333:role/?*", "role", "iam", false),
            ("arn:aws:sts::111122223333:role/*", "role", "iam", false),
            ("arn:aws:s3:::acme-data/*", nil, "s3", false),
            ("arn:aws:dynamodb:*:*:table/*", nil, "dynamodb", false),
            ("role/*", "role", "iam", false),
        ] as [(String, String?, String, Bool)]
    )
    func anARNLeavesTheResourceOpen(arn: String, type: String?, service: String, open: Bool) {
        #expect(PolicyStatements.leavesOpen(arn, type: type, of: service) == open)
    }

    func findings(_ statement: String) -> [Diagnostic] {
        let policy = JSONValue.string(#"{"Version":"2012-10-17","Statement":["# + statement + "]}")
        let document: JSONValue = ["resource": ["aws_iam_policy": ["main": ["name": "main", "policy": policy]]]]
        return RuleFixtureTests().findings(document, environment: "prod").filter { $0.id.hasPrefix("IAM") }
    }

    @Test(arguments: [
        (
            #"{"Effect":"Allow","Action":"iam:PassRole","Resource":"arn:aws:iam::111122223333:role/*"}"#,
            "IAM001", "allows iam:PassRole on `arn:aws:iam::111122223333:role/*` (every role)"
        ),
        (
            #"{"Effect":"Allow","Action":"sts:AssumeRole","#
                + #""Resource":["arn:aws:iam::111122223333:role/ci","arn:aws:iam::*:role/*"]}"#,
            "IAM004", "allows sts:AssumeRole on `arn:aws:iam::*:role/*` (every role)"
        ),
        (
            #"{"Effect":"Allow","Action":["s3:GetObject","s3:*"],"Resource":"arn:aws:s3:::*"}"#,
            "IAM003", "allows s3:* on `arn:aws:s3:::*` (every s3 resource)"
        ),
        (
            #"{"Effect":"Allow","Action":["sqs:*","s3:*"],"Resource":"arn:aws:s3:::*"}"#,
            "IAM003", "allows s3:* on `arn:aws:s3:::*` (every s3 resource)"
        ),
    ])
    func grantsOnOpenARNsAreReported(statement: String, rule: String, message: String) {
        let found = findings(statement)
        #expect(found.map(\.id) == [rule], "\(found)")
        #expect(found.first?.message.hasSuffix("statement `#0` " + message) == true, "\(found)")
    }

    @Test(arguments: [
        #"{"Effect":"Allow","Action":"iam:PassRole","Resource":"arn:aws:iam::111122223333:role/app-*"}"#,
        #"{"Effect":"Allow","Action":"sts:AssumeRole","Resource":"arn:aws:iam::111122223333:role/deploy"}"#,
        #"{"Effect":"Allow","Action":"s3:*","Resource":["arn:aws:s3:::acme-data","arn:aws:s3:::acme-data/*"]}"#,
        #"{"Effect":"Deny","Action":"iam:PassRole","Resource":"arn:aws:iam::111122223333:role/*"}"#,
    ])
    func grantsOnNamedResourcesAreNot(statement: String) {
        #expect(findings(statement).isEmpty)
    }
}
