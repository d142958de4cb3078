import InfraConfig
import InfraCore
import Testing

/// Findings about values copied from a settings file point at the file's line, with the Swift line kept as related.
@Suite struct SettingsProvenanceTests {
    static let file = "stacks/demo/prod.yaml"
    static let settings = """
        database:
          backup_retention_days: 99
          instances: 2
        cluster:
          instances: 2
        import:
          schedule: "cron(0 5 * * ? *)"
        name: demo-app
        flags: [true, true]
        """

    static let document: JSONValue = .object([
        "resource": .object([
            "aws_db_instance": .object([
                "main": .object(["backup_retention_period": .int(99), "instance_count": .int(2), "multi_az": .bool(true)])
            ]),
            "aws_cloudwatch_event_rule": .object([
                "import": .object(["schedule_expression": .string("cron(0 5 * * ? *)")])
            ]),
            "aws_cloudwatch_log_group": .object([
                "app": .object(["name": .string("/ecs/demo-app/web")])
            ]),
        ])
    ])

    static func finding(_ address: String, _ attribute: String) -> Diagnostic {
        Diagnostic(
            id: "X001",
            severity: .error,
            message: "bad",
            address: address,
            attribute: attribute,
            location: SourceLocation(file: "stacks/demo/Demo.swift", line: 40),
            hint: "fix it"
        )
    }

    let provenance = SettingsProvenance(SettingScalar.all(in: settings, file: file))

    @Test func scalarsHaveKeyPathsAndPositions() {
        let scalars = SettingScalar.all(in: Self.settings, file: Self.file)
        #expect(scalars.first?.path == "database.backup_retention_days")
        #expect(scalars.first?.location == SourceLocation(file: Self.file, line: 2, column: 26))
        #expect(scalars.contains { $0.path == "flags[1]" && $0.value == "true" })
        #expect(scalars.contains { $0.path == "import.schedule" && $0.isQuoted })
    }

    @Test func aValueWrittenOnceMovesTheFindingToItsLine() {
        let moved = provenance.relocating(
            Self.finding("aws_db_instance.main", "backup_retention_period"),
            in: Self.document
        )
        #expect(moved.location == SourceLocation(file: Self.file, line: 2, column: 26))
        #expect(moved.relatedLocation == SourceLocation(file: "stacks/demo/Demo.swift", line: 40))
        #expect(moved.hint == "the value comes from `database.backup_retention_days` in stacks/demo/prod.yaml; fix it")
        #expect(moved.description.contains("\n  used at: stacks/demo/Demo.swift:40\n"))

        let schedule = provenance.relocating(
            Self.finding("aws_cloudwatch_event_rule.import", "schedule_expression"),
            in: Self.document
        )
        #expect(schedule.location?.line == 7)
    }

    @Test func aValueWrittenTwiceOrABooleanStaysAtTheSwiftLine() {
        for attribute in ["instance_count", "multi_az", "no_such_attribute"] {
            let finding = Self.finding("aws_db_instance.main", attribute)
            #expect(provenance.relocating(finding, in: Self.document) == finding)
        }
    }

    @Test func aValueBuiltFromASettingPointsAtTheSetting() {
        let moved = provenance.relocating(Self.finding("aws_cloudwatch_log_group.app", "name"), in: Self.document)
        #expect(moved.location?.line == 8)
    }

    @Test func aSettingsProblemWithAKeyPathGetsItsLine() {
        let problem = Diagnostic(
            id: "YAML005",
            severity: .error,
            message: "wrong",
            attribute: "import",
            location: SourceLocation(file: Self.file)
        )
        #expect(provenance.locating(problem).location == SourceLocation(file: Self.file, line: 7, column: 13))
    }
}

extension SettingsProvenanceTests {
    /// An alias bomb expands to billions of nodes; listing its scalars stops at a bound instead of hanging.
    @Test func anAliasBombIsWalkedWithinABound() {
        var text = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n"
        for level in 1..<9 { text += "a\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ") + "]\n" }
        let scalars = SettingScalar.all(in: text, file: Self.file)
        #expect(scalars.count < SettingScalar.nodeLimit)
        #expect(scalars.first?.path == "a0[0]")
    }
}
