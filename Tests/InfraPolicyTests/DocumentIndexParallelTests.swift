import InfraCore
import Testing

@testable import InfraPolicy

/// A document indexed on every core is indexed as on one: a rendered stack's hundred-odd resources are now read in
/// parts (`DocumentIndex.parallelSize`), so the parts must join to what one pass reads, whatever the document's size.
@Suite struct DocumentIndexParallelTests {
    /// `count` queues, each with a policy that names it by reference and carries an embedded policy document, and a
    /// subscription that names the queue by its ARN's text; every seventh queue is declared with no instances. Role
    /// policies name five roles by text and refer to the topic the subscriptions refer to: with 2,048 or more, they
    /// are read in runs on both sides of the middle of the document, so the lists of both halves are joined. Read as
    /// a file is, so that the interpolations are templates the index follows.
    static func document(queues count: Int, rolePolicies: Int) throws -> JSONValue {
        var queues: [String] = []
        var policies: [String] = []
        var subscriptions: [String] = []
        let rolePolicies = (0..<rolePolicies).map { index in
            #""p\#(index)": {"role": "role-\#(index % 5)", "policy": "${aws_sns_topic.events.arn}"}"#
        }
        for index in 0..<count {
            let instances = index % 7 == 3 ? #", "count": 0"# : ""
            queues.append(#""q\#(index)": {"name": "queue-\#(index)"\#(instances)}"#)
            policies.append(
                #""q\#(index)": {"queue_url": "${aws_sqs_queue.q\#(index).id}", "policy": "{\"Statement\":[{\"Sid\":"#
                    + #"\"s\#(index)\",\"Effect\":\"Allow\",\"Action\":\"sqs:SendMessage\",\"Resource\":"#
                    + #"\"${aws_sqs_queue.q\#(index).arn}\"}]}"}"#
            )
            subscriptions.append(
                #""q\#(index)": {"endpoint": "arn:aws:sqs:us-east-1:123456789012:queue-\#(index)", "#
                    + #""protocol": "sqs", "topic_arn": "${aws_sns_topic.events.arn}"}"#
            )
        }
        let text = """
            {"resource": {
              "aws_sqs_queue": {\(queues.joined(separator: ", "))},
              "aws_sqs_queue_policy": {\(policies.joined(separator: ", "))},
              "aws_sns_topic_subscription": {\(subscriptions.joined(separator: ", "))},
              "aws_sns_topic": {"events": {"name": "events"}},
              "aws_iam_role_policy": {\(rolePolicies.joined(separator: ", "))}
            }}
            """
        return try #require(JSONParser().value(of: text))
    }

    @Test(arguments: [(1, 1), (21, 5), (40, 40), (200, 2_100)])
    func anIndexReadInPartsIsTheIndexReadInOnePass(queues: Int, rolePolicies: Int) throws {
        let document = try Self.document(queues: queues, rolePolicies: rolePolicies)
        let onePass = DocumentIndex(document: document, dynamicBudget: DynamicBlocks.budget, parallelFrom: .max)
        let inParts = DocumentIndex(document: document, dynamicBudget: DynamicBlocks.budget, parallelFrom: 1)
        #expect(inParts.resourceCount == onePass.resourceCount)
        #expect(inParts.firstAddress == onePass.firstAddress)
        #expect(inParts.incoming == onePass.incoming)
        // What is compared is there to compare.
        #expect(inParts.incoming.values.map(\.count).reduce(0, +) > 0)
        #expect(onePass.embedded(of: ResourceAddress(type: "aws_sqs_queue_policy", name: "q0"))?["policy"] != nil)
        #expect(!onePass.resources(ofType: "aws_iam_role_policy", withText: "role-0", in: "role").isEmpty)
        let types = [
            "aws_sqs_queue", "aws_sqs_queue_policy", "aws_sns_topic_subscription", "aws_sns_topic",
            "aws_iam_role_policy",
        ]
        for type in types {
            let read = inParts.resources(ofType: type)
            let expected = onePass.resources(ofType: type)
            #expect(read.map(\.address) == expected.map(\.address), "\(type)")
            #expect(read.map(\.attributes) == expected.map(\.attributes), "\(type)")
            #expect(read.map(\.declaresNoInstances) == expected.map(\.declaresNoInstances), "\(type)")
            for view in expected {
                #expect(inParts.embedded(of: view.address) == onePass.embedded(of: view.address))
            }
        }
        for index in 0..<queues {
            let queue = ResourceAddress(type: "aws_sqs_queue", name: "q\(index)")
            #expect(
                inParts.referrers(to: queue, ofType: "aws_sqs_queue_policy").map(\.address)
                    == onePass.referrers(to: queue, ofType: "aws_sqs_queue_policy").map(\.address)
            )
        }
        for role in 0..<5 {
            #expect(
                inParts.resources(ofType: "aws_iam_role_policy", withText: "role-\(role)", in: "role").map(\.address)
                    == onePass.resources(ofType: "aws_iam_role_policy", withText: "role-\(role)", in: "role")
                    .map(\.address)
            )
        }
    }
}
