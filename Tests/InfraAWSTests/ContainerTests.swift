import InfraAWS
import InfraCore
import Testing

@Suite struct ContainerTests {
    static let executionRole = IAM.Role("exec", name: "exec", description: "ECS", assumedBy: [.ecsTasks])
    static let taskRole = IAM.Role("task", name: "task", description: "App", assumedBy: [.ecsTasks])
    static let dbSecret = SecretsManager.Secret("db", name: "db", description: "DB", kmsKey: nil)
    static let apiSecret = SecretsManager.Secret("api", name: "api", description: "API", kmsKey: nil)

    static let web = ECS.Container(
        name: "web",
        image: "nginx:1.27",
        ports: [80, 443],
        environment: ["ZED": "last", "ALPHA": "first", "MIDDLE": .int(3)],
        secrets: [
            "DB_PASSWORD": .secret(dbSecret, key: "password"),
            "API_TOKEN": .secret(apiSecret),
        ]
    )

    func task(_ mode: ECS.TaskDefinition.NetworkMode, _ containers: [ECS.Container]) -> ECS.TaskDefinition {
        ECS.TaskDefinition(
            "app",
            family: "app-dev",
            compute: .ec2(networkMode: mode),
            executionRole: Self.executionRole,
            taskRole: Self.taskRole,
            containers: containers
        )
    }

    func definitions(_ task: ECS.TaskDefinition) throws -> JSONValue? {
        let resource = try #require(task.resources.only)
        return resource.attributes["container_definitions"]
    }

    static func expectedDefinitions(hostPorts: (Int, Int)) -> String {
        #"[{"environment":[{"name":"ALPHA","value":"first"},{"name":"MIDDLE","value":3},{"name":"ZED","value":"last"}],"#
            + #""essential":true,"image":"nginx:1.27","linuxParameters":{"initProcessEnabled":true},"name":"web","#
            + #""portMappings":[{"containerPort":80,"hostPort":\#(hostPorts.0),"protocol":"tcp"},"#
            + #"{"containerPort":443,"hostPort":\#(hostPorts.1),"protocol":"tcp"}],"#
            + #""secrets":[{"name":"API_TOKEN","valueFrom":"${aws_secretsmanager_secret.api.arn}"},"#
            + #"{"name":"DB_PASSWORD","valueFrom":"${aws_secretsmanager_secret.db.arn}:password::"}]}]"#
    }

    @Test func bridgeModeMapsToDynamicHostPorts() throws {
        let value = try definitions(task(.bridge, [Self.web]))
        #expect(value == .expression(Self.expectedDefinitions(hostPorts: (0, 0))))
    }

    @Test func awsvpcModeMapsToTheSamePort() throws {
        let value = try definitions(task(.awsvpc, [Self.web]))
        #expect(value == .expression(Self.expectedDefinitions(hostPorts: (80, 443))))
    }

    @Test func taskDefinitionAttributes() throws {
        let resource = try #require(task(.awsvpc, [Self.web]).resources.only)
        #expect(resource.address == ResourceAddress(type: "aws_ecs_task_definition", name: "app"))
        #expect(resource.attributes["family"] == "app-dev")
        #expect(resource.attributes["network_mode"] == "awsvpc")
        #expect(resource.attributes["requires_compatibilities"] == ["EC2"])
        #expect(resource.attributes["execution_role_arn"] == .expression("${aws_iam_role.exec.arn}"))
        #expect(resource.attributes["task_role_arn"] == .expression("${aws_iam_role.task.arn}"))
        #expect(task(.bridge, []).arn.traversal == "aws_ecs_task_definition.app.arn")
        #expect(task(.bridge, []).arnWithoutRevision.traversal == "aws_ecs_task_definition.app.arn_without_revision")
    }

    @Test func minimalContainer() throws {
        let container = ECS.Container(name: "worker", image: "busybox", initProcessEnabled: false)
        let value = try definitions(task(.awsvpc, [container]))
        #expect(value == .expression(#"[{"essential":true,"image":"busybox","name":"worker"}]"#))
    }

    @Test func everyOptionalField() throws {
        let group = Logs.LogGroup("app", name: "app", retentionDays: 30)
        let credentials = SecretsManager.Secret("registry", name: "registry", description: "Registry", kmsKey: nil)
        let container = ECS.Container(
            name: "api",
            image: "example/api:1",
            essential: false,
            command: ["serve", "--port", "8080"],
            workingDirectory: "/srv",
            memoryReservationMiB: 256,
            dependsOn: ["migrate": .success, "agent": .start],
            logging: .init(group: group, region: "us-east-1", streamPrefix: "api"),
            repositoryCredentials: .secret(credentials)
        )
        let expected =
            #"[{"command":["serve","--port","8080"],"#
            + #""dependsOn":[{"condition":"START","containerName":"agent"},{"condition":"SUCCESS","containerName":"migrate"}],"#
            + #""essential":false,"image":"example/api:1","linuxParameters":{"initProcessEnabled":true},"#
            + #""logConfiguration":{"logDriver":"awslogs","options":{"awslogs-group":"${aws_cloudwatch_log_group.app.name}","#
            + #""awslogs-region":"us-east-1","awslogs-stream-prefix":"api"}},"memoryReservation":256,"name":"api","#
            + #""repositoryCredentials":{"credentialsParameter":"${aws_secretsmanager_secret.registry.arn}"},"#
            + #""workingDirectory":"/srv"}]"#
        #expect(try definitions(task(.awsvpc, [container])) == .expression(expected))
    }

    @Test func literalTemplateSequencesInTheEnvironmentAreEscapedOnce() throws {
        let container = ECS.Container(
            name: "web",
            image: "nginx",
            environment: ["GREETING": "hello ${name}", "REF": Self.taskRole.arn.value],
            initProcessEnabled: false
        )
        let expected =
            #"[{"environment":[{"name":"GREETING","value":"hello $${name}"},"#
            + #"{"name":"REF","value":"${aws_iam_role.task.arn}"}],"essential":true,"image":"nginx","name":"web"}]"#
        let value = try definitions(task(.awsvpc, [container]))
        #expect(value == .expression(expected))
        let rendered = JSONEncoding(style: .compact).encode(["container_definitions": try #require(value)])
        #expect(rendered == "{\"container_definitions\":" + JSONEncoding.quoted(expected) + "}")
    }

    @Test func containersKeepTheirDeclaredOrder() throws {
        let first = ECS.Container(name: "zeta", image: "z", initProcessEnabled: false)
        let second = ECS.Container(name: "alpha", image: "a", initProcessEnabled: false)
        let value = try definitions(task(.awsvpc, [first, second]))
        #expect(
            value
                == .expression(
                    #"[{"essential":true,"image":"z","name":"zeta"},{"essential":true,"image":"a","name":"alpha"}]"#
                )
        )
    }
}

extension Collection {
    /// The single element, or `nil` when there are none or several.
    var only: Element? { count == 1 ? first : nil }
}

/// `Testing` has a `SourceLocation` too; in these tests the name means infragen's.
typealias SourceLocation = InfraCore.SourceLocation
