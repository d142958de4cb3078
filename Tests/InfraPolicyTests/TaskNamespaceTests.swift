import InfraCore
import Testing

@testable import InfraPolicy

/// ECS006 on tasks that share the instance's namespaces (`pid_mode` or `ipc_mode` `host`, EC2 launch type only).
/// checkov's CKV_AWS_335 looks for `pidMode` inside the container definitions, where ECS takes no such key; the
/// setting is the task's.
@Suite struct TaskNamespaceTests {
    func messages(_ task: [String: JSONValue]) -> [String] {
        var body = task
        body["family"] = "agent"
        body["container_definitions"] = #"[{"name":"agent","image":"agent:1.0.0","essential":true,"memory":128}]"#
        let document: JSONValue = ["resource": ["aws_ecs_task_definition": ["agent": .object(body)]]]
        return RuleFixtureTests().findings(document, environment: "dev").filter { $0.id == "ECS006" }.map(\.message)
    }

    @Test func aTaskSharingTheHostsProcessesIsReported() {
        #expect(
            messages(["pid_mode": "host"]) == [#"the task shares the host's process namespace (pid_mode = "host")"#]
        )
        #expect(
            messages(["pid_mode": "host", "ipc_mode": "host"]) == [
                #"the task shares the host's IPC namespace (ipc_mode = "host")"#,
                #"the task shares the host's process namespace (pid_mode = "host")"#,
            ]
        )
        #expect(messages(["pid_mode": "task", "ipc_mode": "task"]).isEmpty)
        #expect(messages(["pid_mode": "${var.pid_mode}"]).isEmpty, "a mode known only at plan is not judged")
    }
}
