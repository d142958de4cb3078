import InfraCore
import Testing

@testable import InfraPolicy

/// A view the document index makes of its own resource finds what the index read of it by position (`Slot`); any
/// other view finds it by address. Either way, what a view gets must be what reading its own body gives: the
/// index's facts for the document's own body, and a fresh read for an edited copy or another resource's address.
@Suite struct DocumentIndexSlotTests {
    /// Names whose order as strings differs from their order as numbers or as characters, across three types.
    static let document: JSONValue = {
        let names = ["a", "a10", "a9", "B", "b", "é", "e", "z_1", "z-1", "zz"]
        var taskDefinitions: [String: JSONValue] = [:]
        var policies: [String: JSONValue] = [:]
        var queues: [String: JSONValue] = [:]
        for (position, name) in names.enumerated() {
            taskDefinitions[name] = [
                "family": .string("family-\(position)"),
                "container_definitions": .string(#"[{"name":"c\#(position)","image":"nginx:1.\#(position)"}]"#),
            ]
            policies[name] = [
                "policy": .string(#"{"Statement":[{"Sid":"s\#(position)","Effect":"Allow","Action":"s3:GetObject"}]}"#)
            ]
            queues[name] = ["name": .string("queue-\(position)")]
        }
        return [
            "resource": [
                "aws_ecs_task_definition": .object(taskDefinitions), "aws_iam_policy": .object(policies),
                "aws_sqs_queue": .object(queues),
            ]
        ]
    }()

    @Test func everyResourceIsFoundAtItsSlotByAddressToo() throws {
        let views = PolicyEngine.resources(in: Self.document)
        #expect(views.count == 30)
        for view in views {
            let slot = try #require(view.slot, "\(view.address)")
            let found = try #require(view.document.slot(of: view.address), "\(view.address)")
            #expect(found.table == slot.table && found.resource == slot.resource, "\(view.address)")
            #expect(view.document.slot(of: view) != nil, "\(view.address)")
        }
        let index = try #require(views.first?.document)
        #expect(index.slot(of: ResourceAddress(type: "aws_sqs_queue", name: "missing")) == nil)
        #expect(index.slot(of: ResourceAddress(type: "aws_s3_bucket", name: "a")) == nil)
    }

    @Test func aViewGetsWhatItsOwnBodyReadsTo() throws {
        for view in PolicyEngine.resources(in: Self.document) {
            let documentIndex = view.document
            // The index's own view, and the same resource made by address (no slot): the facts the index read.
            let byAddress = ResourceView(address: view.address, attributes: view.attributes, document: documentIndex)
            for shown in [view, byAddress] {
                #expect(
                    shown.embeddedJSON("container_definitions")
                        == EmbeddedJSON.parse(view["container_definitions"]),
                    "\(view.address)"
                )
                #expect(shown.embeddedJSON("policy") == EmbeddedJSON.parse(view["policy"]), "\(view.address)")
            }
            if view.type == "aws_ecs_task_definition" {
                #expect(documentIndex.taskDefinition(of: view) != nil, "\(view.address)")
                #expect(documentIndex.taskDefinition(of: byAddress) != nil, "\(view.address)")
            }
            if view.type == "aws_iam_policy" {
                #expect(documentIndex.policies(of: view) == documentIndex.policies(of: view.address), "\(view.address)")
            }
            // An edited copy keeps the slot but not the body: its own value is read.
            var edited = view
            edited.attributes["container_definitions"] = .string(#"[{"name":"edited","image":"x"}]"#)
            edited.attributes["policy"] = .string(#"{"Statement":[{"Sid":"edited"}]}"#)
            #expect(documentIndex.slot(of: edited) == nil, "\(view.address)")
            let editedContainers = JSONValue.array([.object(["name": .string("edited"), "image": .string("x")])])
            #expect(edited.embeddedJSON("container_definitions") == editedContainers)
            #expect(
                edited.embeddedJSON("policy") == .object(["Statement": .array([.object(["Sid": .string("edited")])])])
            )
            #expect(documentIndex.taskDefinition(of: edited) == nil && documentIndex.policies(of: edited) == nil)
            // The same body under another resource's address is not the slot's resource.
            var moved = view
            moved.address = ResourceAddress(type: view.address.type, name: view.address.name + "-moved")
            #expect(documentIndex.slot(of: moved) == nil, "\(view.address)")
            // A view moved to another document does not point into this one's tables, whatever its slot was.
            var elsewhere = view
            elsewhere.document = DocumentIndex.empty
            #expect(elsewhere.slot == nil, "\(view.address)")
            #expect(DocumentIndex.empty.slot(of: view) == nil, "\(view.address)")
            #expect(elsewhere.embeddedJSON("policy") == EmbeddedJSON.parse(view["policy"]), "\(view.address)")
        }
    }
}
