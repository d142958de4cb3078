import InfraCore

// The checks behind the rules of ECSRules (ECS.swift).
extension ECSRules {
    static let fargateCPUs = [256, 512, 1024, 2048, 4096, 8192, 16384]

    /// CPU units or MiB from `512`, `"512"`, `"1 vCPU"`, `"2 GB"`.
    static func taskSize(_ value: JSONValue?) -> Int? {
        if let number = AttributeValue.int(value) { return number }
        guard let text = AttributeValue.string(value)?.lowercased().filter({ $0 != " " }) else { return nil }
        for unit in ["vcpu", "gb"] where text.hasSuffix(unit) {
            guard let amount = Double(text.dropLast(unit.count)) else { return nil }
            return Int(amount * 1024)
        }
        return nil
    }

    /// The memory sizes Fargate offers for a CPU size, and their description.
    static func fargateMemory(cpu: Int) -> (sizes: [Int], text: String)? {
        func range(_ low: Int, _ high: Int, _ step: Int) -> (sizes: [Int], text: String) {
            (Array(stride(from: low, through: high, by: step)), "\(low)–\(high) MiB in steps of \(step)")
        }
        switch cpu {
        case 256: return ([512, 1024, 2048], "512, 1024 or 2048 MiB")
        case 512: return range(1024, 4096, 1024)
        case 1024: return range(2048, 8192, 1024)
        case 2048: return range(4096, 16384, 1024)
        case 4096: return range(8192, 30720, 1024)
        case 8192: return range(16384, 61440, 4096)
        case 16384: return range(32768, 122880, 8192)
        default: return nil
        }
    }

    static func fargateCPUMemory(_ task: ResourceView) -> [Violation] {
        guard TaskDefinitionFacts.of(task).isFargate == true else { return [] }
        let cpuValue = task["cpu"]
        let memoryValue = task["memory"]
        if AttributeValue.isAbsent(cpuValue) || AttributeValue.isAbsent(memoryValue) {
            let missing = [
                AttributeValue.isAbsent(cpuValue) ? "cpu" : nil, AttributeValue.isAbsent(memoryValue) ? "memory" : nil,
            ].compactMap { $0 }
            return [Violation(missing[0], "a Fargate task definition needs task-level \(Wording.list(missing))")]
        }
        guard let cpu = taskSize(cpuValue) else { return [] }
        guard let choices = fargateMemory(cpu: cpu) else {
            return [
                Violation(
                    "cpu",
                    "cpu \(cpu) is not a Fargate size (\(fargateCPUs.map(String.init).joined(separator: ", ")))"
                )
            ]
        }
        guard let memory = taskSize(memoryValue), !choices.sizes.contains(memory) else { return [] }
        return [
            Violation(
                "memory",
                "Fargate has no configuration with cpu \(cpu) and memory \(memory); with cpu \(cpu) memory must be \(choices.text)"
            )
        ]
    }

    static func fargateNetworkMode(_ task: ResourceView) -> [Violation] {
        let facts = TaskDefinitionFacts.of(task)
        guard facts.isFargate == true, let mode = facts.networkMode, mode != "awsvpc" else { return [] }
        let shown = facts.networkModeIsSet ? "`\(mode)`" : "unset (bridge)"
        return [
            Violation(
                "network_mode",
                "the task definition requires FARGATE but network_mode is \(shown); Fargate needs `awsvpc`"
            )
        ]
    }

    static func awsvpcHostPort(_ task: ResourceView) -> [Violation] {
        let facts = TaskDefinitionFacts.of(task)
        guard facts.networkMode == "awsvpc", let containers = facts.containers else { return [] }
        var violations: [Violation] = []
        for container in containers {
            for (index, mapping) in container.portMappings.enumerated() where mapping.hasHostPort {
                guard let host = mapping.hostPort, let port = mapping.containerPort, host != port else { continue }
                violations.append(
                    Violation(
                        "container_definitions[\(container.index)].portMappings[\(index)].hostPort",
                        "container \(container.label) maps hostPort \(host) to containerPort \(port); with awsvpc hostPort must be omitted or equal containerPort"
                    )
                )
            }
        }
        return violations
    }

    static func ecsEssentialContainer(_ task: ResourceView) -> [Violation] {
        guard let containers = TaskDefinitionFacts.of(task).containers, !containers.isEmpty,
            containers.allSatisfy({ $0.essential == false })
        else { return [] }
        return [
            Violation(
                "container_definitions",
                "none of the \(containers.count) containers is essential; a task needs at least one"
            )
        ]
    }

    static func ecsDependsOnTarget(_ task: ResourceView) -> [Violation] {
        let facts = TaskDefinitionFacts.of(task)
        guard facts.namesAreKnown, let containers = facts.containers else { return [] }
        var violations: [Violation] = []
        for container in containers {
            for (index, dependency) in container.dependsOn.enumerated() {
                guard let name = dependency.container, facts.container(named: name) == nil else { continue }
                violations.append(
                    Violation(
                        "container_definitions[\(container.index)].dependsOn[\(index)]",
                        "container \(container.label) depends on `\(name)`, which is not a container of this task definition"
                    )
                )
            }
        }
        return violations
    }

    static func ecsDependsOnEssential(_ task: ResourceView) -> [Violation] {
        let facts = TaskDefinitionFacts.of(task)
        guard let containers = facts.containers else { return [] }
        var violations: [Violation] = []
        for container in containers {
            for (index, dependency) in container.dependsOn.enumerated() {
                guard let condition = dependency.condition, condition == "COMPLETE" || condition == "SUCCESS",
                    let name = dependency.container, let target = facts.container(named: name), target.essential == true
                else { continue }
                violations.append(
                    Violation(
                        "container_definitions[\(container.index)].dependsOn[\(index)]",
                        "container \(container.label) waits for `\(name)` to \(condition), but `\(name)` is essential; mark it `essential: false`"
                    )
                )
            }
        }
        return violations
    }

    static func ecsContainerMemory(_ task: ResourceView) -> [Violation] {
        let facts = TaskDefinitionFacts.of(task)
        guard facts.isFargate == false, AttributeValue.isAbsent(task["memory"]), let containers = facts.containers
        else { return [] }
        return containers.filter { !$0.hasMemory }.map { container in
            Violation(
                "container_definitions[\(container.index)]",
                "container \(container.label) sets neither memory nor memoryReservation, and the task definition has no task-level memory"
            )
        }
    }

    static func ecsServiceLoadBalancerContainer(_ service: ResourceView) -> [Violation] {
        guard let task = service.document.target(of: service["task_definition"], ofType: "aws_ecs_task_definition")
        else { return [] }
        let facts = TaskDefinitionFacts.of(task)
        guard facts.namesAreKnown else { return [] }
        var violations: [Violation] = []
        for (index, balancer) in (service["load_balancer"]?.blocks ?? []).enumerated() {
            guard let name = AttributeValue.string(balancer["container_name"]) else { continue }
            guard let container = facts.container(named: name) else {
                violations.append(
                    Violation(
                        "load_balancer[\(index)].container_name",
                        "container `\(name)` is not in `\(task.address)`"
                    )
                )
                continue
            }
            guard let port = AttributeValue.int(balancer["container_port"]),
                !container.portMappings.contains(where: { $0.containerPort == port })
            else { continue }
            violations.append(
                Violation(
                    "load_balancer[\(index)].container_port",
                    "container `\(name)` of `\(task.address)` has no port mapping for containerPort \(port)"
                )
            )
        }
        return violations
    }

    static func ecsServiceNetworkConfiguration(_ service: ResourceView) -> [Violation] {
        guard let task = service.document.target(of: service["task_definition"], ofType: "aws_ecs_task_definition"),
            let mode = TaskDefinitionFacts.of(task).networkMode
        else { return [] }
        let hasNetwork = !(service["network_configuration"]?.blocks.isEmpty ?? true)
        var violations: [Violation] = []
        if mode == "awsvpc" {
            if !hasNetwork {
                violations.append(
                    Violation(
                        "network_configuration",
                        "`\(task.address)` uses awsvpc networking, but the service has no network_configuration"
                    )
                )
            }
            if !AttributeValue.isAbsent(service["iam_role"]) {
                violations.append(
                    Violation(
                        "iam_role",
                        "`\(task.address)` uses awsvpc networking, which does not allow a service iam_role"
                    )
                )
            }
        } else if hasNetwork {
            violations.append(
                Violation(
                    "network_configuration",
                    "the service sets network_configuration, but `\(task.address)` uses `\(mode)` networking, not awsvpc"
                )
            )
        }
        return violations
    }

    static func ecsScalableTarget(_ target: ResourceView) -> [Violation] {
        let namespace = AttributeValue.string(target["service_namespace"])
        let resourceID = AttributeValue.string(target["resource_id"])
        guard namespace == "ecs" || (namespace == nil && resourceID?.hasPrefix("service/") == true) else { return [] }
        var violations: [Violation] = []
        if let resourceID {
            let parts = resourceID.split(separator: "/", omittingEmptySubsequences: false)
            if parts.count != 3 || parts[0] != "service" || parts[1].isEmpty || parts[2].isEmpty {
                violations.append(
                    Violation("resource_id", "resource_id `\(resourceID)` is not `service/<cluster>/<service>`")
                )
            }
        }
        if let dimension = AttributeValue.string(target["scalable_dimension"]),
            dimension != "ecs:service:DesiredCount"
        {
            violations.append(
                Violation(
                    "scalable_dimension",
                    "scalable_dimension `\(dimension)` is not `ecs:service:DesiredCount`, the only ECS dimension"
                )
            )
        }
        return violations
    }

    /// The image reference's tag or digest problem, if any.
    static func imageProblem(_ image: String) -> String? {
        // The byte search first: `String.contains` compares characters, and this runs for every container.
        if ByteSearch.contains(image, "@sha256:"), image.contains("@sha256:") { return nil }
        if ByteSearch.isASCII(image) { return asciiImageProblem(image.utf8) }
        let lastComponent = image.split(separator: "/").last.map(String.init) ?? image
        guard let colon = lastComponent.lastIndex(of: ":") else { return "has no tag, so it means :latest" }
        let tag = lastComponent[lastComponent.index(after: colon)...]
        return tag == "latest" ? "uses the mutable :latest tag" : nil
    }

    /// `imageProblem` for an ASCII image, where a byte is a character: the same answer without grapheme breaking,
    /// which this check, run for every container, spent most of its time on.
    private static func asciiImageProblem(_ image: String.UTF8View) -> String? {
        let slash = UInt8(ascii: "/")
        // The last component that is not empty, as `split(separator: "/").last` finds it; all of it when none is.
        var end = image.endIndex
        while end > image.startIndex, image[image.index(before: end)] == slash { end = image.index(before: end) }
        let component =
            end == image.startIndex
            ? image[...]
            : image[(image[..<end].lastIndex(of: slash).map { image.index(after: $0) } ?? image.startIndex)..<end]
        guard let colon = component.lastIndex(of: UInt8(ascii: ":")) else { return "has no tag, so it means :latest" }
        return component[component.index(after: colon)...].elementsEqual("latest".utf8)
            ? "uses the mutable :latest tag" : nil
    }
}

/// The container definitions of a task definition, as a list of objects.
enum ContainerDefinitions {
    static func parse(_ resource: ResourceView) -> [JSONValue]? {
        resource.embeddedJSON("container_definitions")?.arrayValue
    }
}

/// What the limits rules read from an `aws_ecs_task_definition`.
struct TaskDefinitionFacts {
    struct PortMapping {
        var containerPort: Int?
        var hostPort: Int?
        var hasHostPort: Bool
    }

    struct Dependency {
        var container: String?
        var condition: String?
    }

    struct Container {
        var index: Int
        /// `nil` when the name is not a literal.
        var name: String?
        /// `nil` when not a literal; AWS's default is `true`.
        var essential: Bool?
        var hasMemory: Bool
        var portMappings: [PortMapping]
        var dependsOn: [Dependency]

        var label: String { name.map { "`\($0)`" } ?? "#\(index)" }
    }

    /// The literal `network_mode`; `bridge` when absent (the Linux default); `nil` when an interpolation.
    var networkMode: String?
    var networkModeIsSet: Bool
    /// `nil` when `requires_compatibilities` is an interpolation.
    var isFargate: Bool?
    /// `nil` when the container definitions cannot be read before plan.
    var containers: [Container]?

    /// The facts of a task definition: those the document index read once (`DocumentIndex.taskDefinition(of:)`) when the
    /// view is the index's own resource, as it is for every rule; read afresh otherwise. Nine rules read them.
    static func of(_ task: ResourceView) -> TaskDefinitionFacts {
        if let facts = task.document.taskDefinition(of: task) { return facts }
        return TaskDefinitionFacts(task)
    }

    init(_ task: ResourceView) {
        self.init(attributes: task.attributes, containerDefinitions: task.embeddedJSON("container_definitions"))
    }

    /// Read from a task definition's attributes and its parsed `container_definitions`.
    init(attributes task: [String: JSONValue], containerDefinitions: JSONValue?) {
        networkModeIsSet = !AttributeValue.isAbsent(task["network_mode"])
        networkMode = networkModeIsSet ? AttributeValue.string(task["network_mode"]) : "bridge"
        if AttributeValue.isAbsent(task["requires_compatibilities"]) {
            isFargate = false
        } else {
            isFargate = AttributeValue.strings(task["requires_compatibilities"]).map { $0.contains("FARGATE") }
        }
        containers = containerDefinitions?.arrayValue?.enumerated().map {
            index,
            definition in
            Container(
                index: index,
                name: AttributeValue.string(definition["name"]),
                essential: AttributeValue.bool(definition["essential"], default: true),
                hasMemory: !AttributeValue.isAbsent(definition["memory"])
                    || !AttributeValue.isAbsent(definition["memoryReservation"]),
                portMappings: (definition["portMappings"]?.arrayValue ?? []).map { mapping in
                    PortMapping(
                        containerPort: AttributeValue.int(mapping["containerPort"]),
                        hostPort: AttributeValue.int(mapping["hostPort"]),
                        hasHostPort: !AttributeValue.isAbsent(mapping["hostPort"])
                    )
                },
                dependsOn: (definition["dependsOn"]?.arrayValue ?? []).map {
                    Dependency(
                        container: AttributeValue.string($0["containerName"]),
                        condition: AttributeValue.string($0["condition"])
                    )
                }
            )
        }
    }

    /// The container of that name; `nil` also when some container's name is not a literal.
    func container(named name: String) -> Container? {
        containers?.first { $0.name == name }
    }

    /// Whether every container name is a literal, so a name that is not among them really is missing.
    var namesAreKnown: Bool { containers?.allSatisfy { $0.name != nil } ?? false }
}
