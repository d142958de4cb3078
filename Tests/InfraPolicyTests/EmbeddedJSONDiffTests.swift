import InfraCore
import InfraPolicy
import Testing

/// JSON held in a string (container definitions, policies) is compared by what it holds.
@Suite struct EmbeddedJSONDiffTests {
    static func taskDefinition(password: String, level: String) -> JSONValue {
        let definitions =
            #"[{"environment":[{"name":"DB_PASSWORD","value":"\#(password)"},{"name":"LEVEL","value":"\#(level)"}],"#
            + #""image":"app:1","name":"app"}]"#
        return ["resource": ["aws_ecs_task_definition": ["app": ["container_definitions": .string(definitions)]]]]
    }

    @Test func namesTheChangedEntryAndWithholdsAPlaintextSecretInside() throws {
        let diff = DocumentDiff(
            stack: "demo",
            before: Self.taskDefinition(password: "pw-old", level: "info"),
            after: Self.taskDefinition(password: "pw-new", level: "debug"),
            beforeLabel: "a",
            afterLabel: "b"
        )
        let attributes = try #require(diff.entries.first?.attributes)
        #expect(
            attributes.map(\.path) == [
                "container_definitions[0].environment[0].value", "container_definitions[0].environment[1].value",
            ]
        )
        #expect(attributes[0].isSensitive && attributes[0].after == "(sensitive)")
        #expect(attributes[1].after == "\"debug\"")
        for format in DiffReport.Format.allCases {
            let text = DiffReport([diff]).render(format)
            #expect(!text.contains("pw-old") && !text.contains("pw-new"), "\(format) shows the password")
        }
    }

    @Test func aWholeStringHoldingASecretIsWithheld() {
        #expect(
            SecretRedaction.isSecret(
                path: [.key("container_definitions")],
                value: .string(#"[{"environment":[{"name":"API_TOKEN","value":"t"}]}]"#)
            )
        )
        #expect(!SecretRedaction.isSecret(path: [.key("container_definitions")], value: .string(#"[{"name":"app"}]"#)))
    }
}
