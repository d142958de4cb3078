import InfraCore

/// The rule ids of this service, as constants a stack can name in `.waive(…)`. Sorted by property name.
extension RuleID {
    public static let ecsAwsvpcHostPort: RuleID = "ECS103"
    public static let ecsContainerInsights: RuleID = "ECS004"
    public static let ecsContainerLogging: RuleID = "ECS008"
    public static let ecsContainerMemory: RuleID = "ECS107"
    public static let ecsDependsOnEssential: RuleID = "ECS106"
    public static let ecsDependsOnTarget: RuleID = "ECS105"
    public static let ecsDistinctRoles: RuleID = "ECS003"
    public static let ecsEFSTransitEncryption: RuleID = "ECS007"
    public static let ecsEssentialContainer: RuleID = "ECS104"
    public static let ecsImagePinned: RuleID = "ECS002"
    public static let ecsPlaintextSecret: RuleID = "ECS001"
    public static let ecsPrivileged: RuleID = "ECS006"
    public static let ecsPublicIP: RuleID = "ECS005"
    public static let ecsScalableTarget: RuleID = "ASG101"
    public static let ecsServiceLoadBalancerContainer: RuleID = "ECS108"
    public static let ecsServiceNetworkConfiguration: RuleID = "ECS109"
    public static let fargateCPUMemory: RuleID = "ECS101"
    public static let fargateNetworkMode: RuleID = "ECS102"
}

/// Elastic Container Service: task definitions, containers, services, clusters, and the Application Auto Scaling targets of services.
///
/// Every rule of the service, of every family, with its checks; `RuleCatalog` collects them.
enum ECSRules {
    static let all: [Rule] = security + limits

    /// Security and reliability rules: each may be waived with a reason and an expiry date.
    static let security: [Rule] = [
        Rule(
            .ecsPlaintextSecret,
            family: .security,
            severity: .error,
            title: "No secrets in plaintext container environment variables",
            rationale:
                "Task definition environment values are readable by anyone with ecs:DescribeTaskDefinition and are kept in every revision forever.",
            remediation:
                "pass the value through `secrets` (Secrets Manager or SSM Parameter Store) instead of `environment`",
            trivy: ["AVD-AWS-0036"],
            resourceTypes: ["aws_ecs_task_definition"],
            check: { resource in
                guard let definitions = ContainerDefinitions.parse(resource) else {
                    return []
                }
                var violations: [Violation] = []
                for (index, container) in definitions.enumerated() {
                    let name = AttributeValue.string(container["name"]) ?? "#\(index)"
                    for variable in container["environment"]?.arrayValue ?? [] {
                        guard let key = variable["name"]?.templateText else { continue }
                        let value = variable["value"]?.templateText ?? ""
                        if let reason = SecretDetector.reason(name: key, value: value) {
                            violations.append(
                                Violation(
                                    "container_definitions[\(index)].environment.\(key)",
                                    "container `\(name)` passes \(key) as a plaintext environment variable (\(reason))"
                                )
                            )
                        }
                    }
                }
                return violations
            }
        ),
        Rule(
            .ecsImagePinned,
            family: .security,
            severity: .warning,
            title: "Container images are pinned",
            rationale:
                "`:latest` (or no tag) makes every task start a different image; a rollback cannot return to what ran before.",
            remediation: "use a versioned tag or an image digest (`@sha256:…`)",
            resourceTypes: ["aws_ecs_task_definition"],
            check: { resource in
                guard let definitions = ContainerDefinitions.parse(resource) else {
                    return []
                }
                return definitions.enumerated().compactMap { index, container in
                    guard let image = AttributeValue.string(container["image"]),
                        let problem = ECSRules.imageProblem(image)
                    else { return nil }
                    // Name the container (or its position), so two containers with the same image read differently.
                    let label = AttributeValue.string(container["name"]).map { "`\($0)`" } ?? "#\(index)"
                    return Violation(
                        "container_definitions[\(index)].image",
                        "image `\(image)` of container \(label) \(problem)"
                    )
                }
            }
        ),
        Rule(
            .ecsDistinctRoles,
            family: .security,
            severity: .warning,
            title: "ECS tasks use distinct task and execution roles",
            rationale:
                "The execution role can read every secret the task is given; sharing it with the application hands those powers to the code.",
            remediation: "give the task its own `task_role_arn`, separate from `execution_role_arn`",
            checkov: ["CKV_AWS_249"],
            resourceTypes: ["aws_ecs_task_definition"],
            check: { resource in
                guard let task = resource["task_role_arn"]?.templateText,
                    let execution = resource["execution_role_arn"]?.templateText,
                    task == execution
                else { return [] }
                return [Violation("task_role_arn", "the task role and the execution role are the same")]
            }
        ),
        Rule(
            .ecsPrivileged,
            family: .security,
            severity: .error,
            title: "Containers are not privileged and do not share host namespaces",
            rationale:
                "A privileged container has root on the host: one compromised task owns the instance and its other tasks. A task with `pid_mode` or `ipc_mode` `host` shares the instance's process or IPC namespace: its containers see and signal every process on the instance, or read its shared memory (ECS's task definition reference warns of both).",
            remediation:
                "remove `privileged: true` and add only the Linux capabilities the container needs; leave `pid_mode` and `ipc_mode` unset or `task`",
            checkov: ["CKV_AWS_334", "CKV_AWS_335"],
            resourceTypes: ["aws_ecs_task_definition"],
            check: { resource in
                let shared = [("pid_mode", "process"), ("ipc_mode", "IPC")].compactMap { key, namespace in
                    AttributeValue.text(resource[key]).isKnown("host")
                        ? Violation(key, "the task shares the host's \(namespace) namespace (\(key) = \"host\")") : nil
                }
                guard let definitions = ContainerDefinitions.parse(resource) else {
                    return shared
                }
                return shared
                    + definitions.enumerated().compactMap { index, container in
                        AttributeValue.boolean(container["privileged"]).isKnown(true)
                            ? Violation(
                                "container_definitions[\(index)].privileged",
                                "container `\(AttributeValue.string(container["name"]) ?? "#\(index)")` is privileged"
                            ) : nil
                    }
            }
        ),
        Rule(
            .ecsContainerLogging,
            family: .security,
            severity: .warning,
            title: "Containers send their logs somewhere",
            rationale: "Without a log configuration, a container's output is lost when the task stops.",
            remediation: "set `logConfiguration` (awslogs to a log group with retention)",
            resourceTypes: ["aws_ecs_task_definition"],
            check: { resource in
                guard let definitions = ContainerDefinitions.parse(resource) else {
                    return []
                }
                return definitions.enumerated().compactMap { index, container in
                    container["logConfiguration"] == nil
                        ? Violation(
                            "container_definitions[\(index)].logConfiguration",
                            "container `\(AttributeValue.string(container["name"]) ?? "#\(index)")` has no log configuration"
                        ) : nil
                }
            }
        ),
        Rule(
            .ecsEFSTransitEncryption,
            family: .security,
            severity: .error,
            title: "EFS volumes of tasks are mounted with TLS",
            rationale: "Without transit encryption, file contents cross the network in clear text.",
            remediation: "set `transit_encryption = \"ENABLED\"` in the volume's `efs_volume_configuration`",
            checkov: ["CKV_AWS_97"],
            trivy: ["AVD-AWS-0035"],
            resourceTypes: ["aws_ecs_task_definition"],
            check: { resource in
                (resource["volume"]?.blocks ?? []).enumerated().compactMap { index, volume in
                    guard let efs = volume["efs_volume_configuration"]?.firstBlock else { return nil }
                    return AttributeValue.text(efs["transit_encryption"]).mayBe("ENABLED")
                        ? nil
                        : Violation(
                            "volume[\(index)].efs_volume_configuration.transit_encryption",
                            "EFS volume is mounted without TLS"
                        )
                }
            }
        ),
        Rule(
            .ecsContainerInsights,
            family: .security,
            severity: .note,
            title: "ECS clusters have Container Insights",
            rationale:
                "Container Insights gives per-task CPU, memory and restart metrics needed to notice a failing service.",
            remediation: "add `setting { name = \"containerInsights\", value = \"enabled\" }`",
            checkov: ["CKV_AWS_65"],
            trivy: ["AVD-AWS-0034"],
            resourceTypes: ["aws_ecs_cluster"],
            check: { resource in
                let settings = resource["setting"]
                let enabled =
                    AttributeValue.isUnknown(settings)
                    || (settings?.blocks ?? []).contains {
                        let value = AttributeValue.text($0["value"])
                        return AttributeValue.text($0["name"]).mayBe("containerInsights")
                            && (value.mayBe("enabled") || value.mayBe("enhanced"))
                    }
                return enabled ? [] : [Violation("setting", "Container Insights is off")]
            }
        ),
        Rule(
            .ecsPublicIP,
            family: .security,
            severity: .warning,
            title: "ECS tasks do not get public IP addresses",
            rationale: "A public IP puts the task's ports on the internet, guarded only by its security group.",
            remediation:
                "run tasks in private subnets with `assign_public_ip = false` and reach the internet through NAT",
            checkov: ["CKV_AWS_333"],
            resourceTypes: ["aws_ecs_service", "aws_cloudwatch_event_target"],
            check: { resource in
                // A service places its tasks itself; an EventBridge target runs a task with its `ecs_target` block.
                let (path, network): (String, JSONValue?) =
                    resource.type == "aws_ecs_service"
                    ? ("network_configuration", resource["network_configuration"])
                    : (
                        "ecs_target.network_configuration",
                        AttributeValue.member("network_configuration", of: resource["ecs_target"])
                    )
                return AttributeValue.boolean(AttributeValue.member("assign_public_ip", of: network)).isKnown(true)
                    ? [Violation("\(path).assign_public_ip", "tasks get public IP addresses")] : []
            }
        ),
    ]

    /// AWS limits `terraform validate` misses: never waivable, as AWS would refuse the apply.
    static let limits: [Rule] = [
        Rule(
            .fargateCPUMemory,
            family: .limits,
            severity: .error,
            title: "Fargate task definitions use a supported cpu/memory pair",
            rationale:
                "Fargate needs task-level cpu and memory from its table: 256 with 512/1024/2048 MiB; 512 with 1–4 GiB; 1024 with 2–8 GiB; 2048 with 4–16 GiB; 4096 with 8–30 GiB (1 GiB steps); 8192 with 16–60 GiB (4 GiB steps); 16384 with 32–120 GiB (8 GiB steps). Anything else fails with `No Fargate configuration exists for given values`.",
            remediation: "pick a pair from the Fargate table, e.g. cpu 512 with memory 1024",
            resourceTypes: ["aws_ecs_task_definition"],
            check: { ECSRules.fargateCPUMemory($0) }
        ),
        Rule(
            .fargateNetworkMode,
            family: .limits,
            severity: .error,
            title: "Fargate task definitions use awsvpc networking",
            rationale: "RegisterTaskDefinition rejects FARGATE compatibility with any network mode other than awsvpc.",
            remediation: "set `network_mode = \"awsvpc\"`",
            resourceTypes: ["aws_ecs_task_definition"],
            check: { ECSRules.fargateNetworkMode($0) }
        ),
        Rule(
            .ecsAwsvpcHostPort,
            family: .limits,
            severity: .error,
            title: "awsvpc port mappings have no different hostPort",
            rationale:
                "With awsvpc networking a task has its own network interface, so hostPort must be omitted or equal containerPort; RegisterTaskDefinition rejects anything else.",
            remediation: "drop hostPort, or set it to the containerPort",
            resourceTypes: ["aws_ecs_task_definition"],
            check: { ECSRules.awsvpcHostPort($0) }
        ),
        Rule(
            .ecsEssentialContainer,
            family: .limits,
            severity: .error,
            title: "A task definition has an essential container",
            rationale:
                "ECS needs at least one essential container per task (essential defaults to true); the provider only checks that the definitions decode.",
            remediation: "mark the main container `essential: true` (or leave essential unset)",
            resourceTypes: ["aws_ecs_task_definition"],
            check: { ECSRules.ecsEssentialContainer($0) }
        ),
        Rule(
            .ecsDependsOnTarget,
            family: .limits,
            severity: .error,
            title: "Container dependencies name containers of the task",
            rationale:
                "A dependsOn entry must name a container of the same task definition; RegisterTaskDefinition rejects an unknown container name.",
            remediation: "fix the containerName, or add the container it means",
            resourceTypes: ["aws_ecs_task_definition"],
            check: { ECSRules.ecsDependsOnTarget($0) }
        ),
        Rule(
            .ecsDependsOnEssential,
            family: .limits,
            severity: .error,
            title: "COMPLETE and SUCCESS dependencies wait for non-essential containers",
            rationale:
                "ECS ContainerDependency: a COMPLETE or SUCCESS condition cannot target an essential container, because an essential container that exits stops the task.",
            remediation:
                "mark the container that is waited for `essential: false`, or wait for START or HEALTHY instead",
            resourceTypes: ["aws_ecs_task_definition"],
            check: { ECSRules.ecsDependsOnEssential($0) }
        ),
        Rule(
            .ecsContainerMemory,
            family: .limits,
            severity: .error,
            title: "EC2 task definitions set memory for every container or for the task",
            rationale:
                "Without task-level memory, RegisterTaskDefinition needs memory or memoryReservation on every container (`At least one of 'memory' or 'memoryReservation' must be specified`).",
            remediation: "set `memoryReservation` (soft limit) or `memory` on each container, or task-level `memory`",
            resourceTypes: ["aws_ecs_task_definition"],
            check: { ECSRules.ecsContainerMemory($0) }
        ),
        Rule(
            .ecsServiceLoadBalancerContainer,
            family: .limits,
            severity: .error,
            title: "A service's load balancer names a container and port of its task definition",
            rationale:
                "CreateService fails when load_balancer.container_name is not a container of the task definition or container_port is not one of its port mappings.",
            remediation: "use the container's name and a containerPort from its portMappings",
            resourceTypes: ["aws_ecs_service"],
            check: { ECSRules.ecsServiceLoadBalancerContainer($0) }
        ),
        Rule(
            .ecsServiceNetworkConfiguration,
            family: .limits,
            severity: .error,
            title: "Services of awsvpc tasks have a network configuration and no iam_role",
            rationale:
                "CreateService needs network_configuration for awsvpc task definitions, rejects it for other network modes, and rejects a service iam_role with awsvpc (the service-linked role is used).",
            remediation:
                "add `network_configuration { subnets = …, security_groups = … }` and drop `iam_role` for awsvpc; drop network_configuration otherwise",
            resourceTypes: ["aws_ecs_service"],
            check: { ECSRules.ecsServiceNetworkConfiguration($0) }
        ),
        Rule(
            .ecsScalableTarget,
            family: .limits,
            severity: .error,
            title: "ECS scalable targets name a service and its desired count",
            rationale:
                "Application Auto Scaling identifies an ECS service as `service/<cluster>/<service>` with the dimension `ecs:service:DesiredCount`; RegisterScalableTarget rejects anything else.",
            remediation:
                "set `resource_id = \"service/${cluster_name}/${service_name}\"` and `scalable_dimension = \"ecs:service:DesiredCount\"`",
            resourceTypes: ["aws_appautoscaling_target"],
            check: { ECSRules.ecsScalableTarget($0) }
        ),
    ]
}
