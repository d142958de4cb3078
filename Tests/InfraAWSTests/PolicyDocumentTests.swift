import InfraAWS
import InfraCore
import Testing

@Suite struct PolicyDocumentTests {
    @Test func trustPolicyForOneService() {
        let document = IAM.PolicyDocument.trust([.ecsTasks])
        let expected =
            #"{"Statement":[{"Action":"sts:AssumeRole","Effect":"Allow","Principal":{"Service":"ecs-tasks.amazonaws.com"},"#
            + #""Sid":"AssumedBy"}],"Version":"2012-10-17"}"#
        #expect(document.json == .expression(expected))
    }

    @Test func trustPolicyForSeveralServices() {
        let document = IAM.PolicyDocument.trust([.events, .lambda])
        let expected =
            #"{"Statement":[{"Action":"sts:AssumeRole","Effect":"Allow","#
            + #""Principal":{"Service":["events.amazonaws.com","lambda.amazonaws.com"]},"Sid":"AssumedBy"}],"#
            + #""Version":"2012-10-17"}"#
        #expect(document.json == .expression(expected))
    }

    @Test func statementWithResourcesAndACondition() {
        let secret = Ref<ARN<Opaque>>(ResourceAddress(type: "aws_secretsmanager_secret", name: "db"), "arn")
        let document = IAM.PolicyDocument([
            IAM.Statement(
                sid: "ReadSecret",
                actions: ["secretsmanager:GetSecretValue", "kms:Decrypt"],
                resources: [secret.value],
                conditions: [
                    "StringEquals": ["aws:SourceAccount": "123456789012"],
                    "ArnLike": ["aws:SourceArn": ["arn:aws:ecs:us-east-1:123456789012:*"]],
                ]
            )
        ])
        let expected =
            #"{"Statement":[{"Action":["secretsmanager:GetSecretValue","kms:Decrypt"],"#
            + #""Condition":{"ArnLike":{"aws:SourceArn":["arn:aws:ecs:us-east-1:123456789012:*"]},"#
            + #""StringEquals":{"aws:SourceAccount":"123456789012"}},"#
            + #""Effect":"Allow","Resource":"${aws_secretsmanager_secret.db.arn}","Sid":"ReadSecret"}],"#
            + #""Version":"2012-10-17"}"#
        #expect(document.json == .expression(expected))
    }

    @Test func denyWithSeveralResourcesAndAWSPrincipals() {
        let role = Ref<ARN<Opaque>>(ResourceAddress(type: "aws_iam_role", name: "task"), "arn")
        let document = IAM.PolicyDocument([
            IAM.Statement(
                sid: "NoDelete",
                effect: .deny,
                actions: ["s3:DeleteObject"],
                resources: ["arn:aws:s3:::bucket", "arn:aws:s3:::bucket/*"],
                principals: .aws([role.value])
            ),
            IAM.Statement(
                sid: "Root",
                actions: ["kms:*"],
                resources: ["*"],
                principals: .aws(["arn:aws:iam::123456789012:root", role.value])
            ),
        ])
        let expected =
            #"{"Statement":[{"Action":"s3:DeleteObject","Effect":"Deny","#
            + #""Principal":{"AWS":"${aws_iam_role.task.arn}"},"Resource":["arn:aws:s3:::bucket","arn:aws:s3:::bucket/*"],"#
            + #""Sid":"NoDelete"},{"Action":"kms:*","Effect":"Allow","#
            + #""Principal":{"AWS":["arn:aws:iam::123456789012:root","${aws_iam_role.task.arn}"]},"Resource":"*","Sid":"Root"}],"#
            + #""Version":"2012-10-17"}"#
        #expect(document.json == .expression(expected))
    }

    @Test func literalTemplateSequencesAreEscapedInsideTheDocument() {
        let document = IAM.PolicyDocument([
            IAM.Statement(
                sid: "Own",
                actions: ["s3:GetObject"],
                resources: ["arn:aws:s3:::bucket/${aws:username}/*"]
            )
        ])
        let expected =
            #"{"Statement":[{"Action":"s3:GetObject","Effect":"Allow","#
            + #""Resource":"arn:aws:s3:::bucket/$${aws:username}/*","Sid":"Own"}],"Version":"2012-10-17"}"#
        #expect(document.json == .expression(expected))
    }
}
