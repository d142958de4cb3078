/// Checks that hold for any stack, before any policy rule runs: addresses are unique and well-formed, and every
/// reference points at a resource the stack declares. These are `CORE` diagnostics and cannot be waived.
public enum ModelChecks {
    public static let duplicateAddress = "CORE001"
    public static let invalidLabel = "CORE002"
    public static let danglingReference = "CORE003"
    public static let constructProblem = "CORE004"

    public static func check(_ model: StackModel) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        var firstDeclaration: [ResourceAddress: SourceLocation] = [:]
        for resource in model.resources {
            let address = resource.address
            if let earlier = firstDeclaration[address] {
                diagnostics.append(
                    diagnostic(
                        duplicateAddress,
                        "\(address) is declared twice (first at \(earlier))",
                        resource,
                        model,
                        hint: "give one of the constructs a different name"
                    )
                )
            } else {
                firstDeclaration[address] = resource.location
            }
            if !ResourceAddress.isValidLabel(address.name) {
                diagnostics.append(
                    diagnostic(
                        invalidLabel,
                        "`\(address.name)` is not a valid resource label",
                        resource,
                        model,
                        hint:
                            "use lower-case letters, digits and `_`, starting with a letter, e.g. `\(ResourceAddress.label(from: address.name))`"
                    )
                )
            }
        }
        for resource in model.resources {
            // Typed references are read as values; hand-written expressions are scanned.
            let referenced =
                ReferenceScanner.references(in: .object(resource.attributes)) + resource.dependsOn.map(\.address)
            var reported: Set<ResourceAddress> = []
            for target in referenced where firstDeclaration[target] == nil && reported.insert(target).inserted {
                diagnostics.append(
                    diagnostic(
                        danglingReference,
                        "refers to \(target), which this stack does not declare",
                        resource,
                        model,
                        hint: "declare \(target) in the stack body, or take the value from the environment settings"
                    )
                )
            }
        }
        for output in model.outputs {
            for target in Set(ReferenceScanner.references(in: output.value)).sorted()
            where firstDeclaration[target] == nil {
                diagnostics.append(
                    Diagnostic(
                        id: danglingReference,
                        severity: .error,
                        message: "output `\(output.name)` refers to \(target), which this stack does not declare",
                        stack: model.stack,
                        environment: model.environment,
                        hint: "declare \(target) in the stack body"
                    )
                )
            }
        }
        for problem in model.problems {
            var scoped = problem
            scoped.stack = model.stack
            scoped.environment = model.environment
            diagnostics.append(scoped)
        }
        return diagnostics.sorted()
    }

    private static func diagnostic(
        _ id: String,
        _ message: String,
        _ resource: Resource,
        _ model: StackModel,
        hint: String
    ) -> Diagnostic {
        Diagnostic(
            id: id,
            severity: .error,
            message: message,
            address: resource.address.description,
            location: resource.location,
            stack: model.stack,
            environment: model.environment,
            hint: hint
        )
    }
}
