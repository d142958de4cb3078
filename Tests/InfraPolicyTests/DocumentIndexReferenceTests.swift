import InfraCore
import Testing

@testable import InfraPolicy

/// The index records who refers to a resource through which attribute, each referrer and attribute once however
/// often the attribute names the target.
@Suite struct DocumentIndexReferenceTests {
    @Test func aRepeatedReferenceIsOneEdge() throws {
        // Read as a file is, so that the interpolations are templates the index follows.
        let text = """
            {"resource": {
              "aws_lb": {"main": {"name": "main"}},
              "aws_lb_target_group": {"web": {"name": "web"}},
              "aws_lb_listener": {"https": {
                "load_balancer_arn": "${aws_lb.main.arn}",
                "tags": {"Balancer": "${aws_lb.main.name}", "Group": "${aws_lb_target_group.web.name}",
                         "Again": "${aws_lb.main.id}"}
              }}
            }}
            """
        let document = try #require(JSONParser().value(of: text))
        let index = DocumentIndex(document: document)
        let listener = ResourceAddress(type: "aws_lb_listener", name: "https")
        let toBalancer = index.incoming[ResourceAddress(type: "aws_lb", name: "main")] ?? []
        #expect(
            toBalancer.sorted { $0.attribute < $1.attribute }
                == [.init(from: listener, attribute: "load_balancer_arn"), .init(from: listener, attribute: "tags")]
        )
        let toGroup = index.incoming[ResourceAddress(type: "aws_lb_target_group", name: "web")] ?? []
        #expect(toGroup == [.init(from: listener, attribute: "tags")])
    }
}
