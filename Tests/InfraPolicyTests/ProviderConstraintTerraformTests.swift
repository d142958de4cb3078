import Foundation
import InfraCore
import InfraPolicy
import InfraTestSupport
import Testing

/// Proof that SCH010's constraints are real: `terraform validate` with the offline hashicorp/aws 5.100.0 refuses
/// each of these violating resources in the words SCH010 uses (or, where noted, the provider's custom wording), and
/// SCH010 flags each one without running terraform. Skipped (with the reason printed) when terraform or the mirror
/// is absent; never on CI.
@Suite(
    .serialized,
    .enabled(
        if: TerraformToolchain.shouldRun("provider constraint terraform tests"),
        "terraform or the offline provider mirror is absent"
    )
)
struct ProviderConstraintTerraformTests {
    /// One resource per constraint; every body sets all its required arguments, since terraform skips the
    /// provider's validators on a resource with a missing argument.
    static let cases: [(type: String, name: String, body: JSONValue, expected: String)] = [
        (
            "aws_db_instance", "retention", ["instance_class": "db.t3.micro", "backup_retention_period": 99],
            "expected backup_retention_period to be in the range (0 - 35), got 99"
        ),
        (
            "aws_db_instance", "identifier", ["instance_class": "db.t3.micro", "identifier": "App-DB"],
            "only lowercase alphanumeric characters and hyphens allowed in \"identifier\""
        ),
        (
            "aws_route53_record", "zone",
            ["zone_id": "", "name": "x", "type": "A", "ttl": 60, "records": ["192.0.2.1"]],
            "zone_id must not be empty"
        ),
        (
            "aws_lb_listener_rule", "host",
            [
                "listener_arn": "arn:aws:elasticloadbalancing:us-east-1:123456789012:listener/app/a/1/2",
                "action": [["type": "fixed-response", "fixed_response": [["content_type": "text/plain"]]]],
                "condition": [["host_header": [["values": .strings([String(repeating: "h", count: 140)])]]]],
            ],
            "expected length of condition.0.host_header.0.values.0 to be in the range (1 - 128)"
        ),
        (
            "aws_lb_listener", "certificate",
            [
                "load_balancer_arn": "arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/app/a/1",
                "certificate_arn": "not-an-arn",
                "default_action": [["type": "fixed-response", "fixed_response": [["content_type": "text/plain"]]]],
            ],
            "\"certificate_arn\" (not-an-arn) is an invalid ARN: arn: invalid prefix"
        ),
        (
            "aws_lb_target_group", "name", ["name": "app_tg"],
            "only alphanumeric characters and hyphens allowed in \"name\""
        ),
        (
            "aws_lambda_function", "memory",
            ["function_name": "app", "role": "arn:aws:iam::123456789012:role/app", "memory_size": 64],
            "expected memory_size to be in the range (128 - 10240), got 64"
        ),
        (
            "aws_cloudwatch_log_group", "retention", ["retention_in_days": 42],
            "expected retention_in_days to be one of"
        ),
        (
            "aws_iam_role", "name", ["name": "app role!", "assume_role_policy": "{}"],
            "must match [\\w+=,.@-]"
        ),
        (
            "aws_sqs_queue", "delay", ["delay_seconds": 901],
            "expected delay_seconds to be in the range (0 - 900), got 901"
        ),
        (
            "aws_elasticache_replication_group", "token",
            ["replication_group_id": "app-redis", "description": "cache", "auth_token": "short"],
            "expected length of auth_token to be in the range (16 - 128)"
        ),
        (
            "aws_cloudwatch_event_rule", "both",
            ["name": "a", "name_prefix": "b", "schedule_expression": "rate(1 hour)"],
            "\"name\": conflicts with name_prefix"
        ),
    ]

    /// Where terraform's custom message differs from the generic wording SCH010 uses for the same constraint.
    static let terraformWording = [
        "aws_elasticache_replication_group.token": "\"auth_token\" must contain from 16 to 128 alphanumeric characters"
    ]

    @Test func terraformRefusesWhatSCH010Flags() throws {
        let toolchain: TerraformToolchain
        switch TerraformToolchain.locate() {
        case .success(let found): toolchain = found
        case .failure(let unavailable):
            Issue.record("terraform tests cannot be skipped on CI: \(unavailable.reason)")
            return
        }
        var byType: [String: [String: JSONValue]] = [:]
        for (type, name, body, _) in Self.cases { byType[type, default: [:]][name] = body }
        let document: JSONValue = [
            "terraform": ["required_providers": ["aws": ["source": "hashicorp/aws", "version": "5.100.0"]]],
            "provider": ["aws": ["region": "us-east-1"]],
            "resource": .object(byType.mapValues { .object($0) }),
        ]

        // SCH010 flags every case before terraform runs, in terraform's words.
        let rendered = RenderedStack(stack: "fixture", environment: "dev", document: document, files: [])
        let context = PolicyContext(environment: "dev", today: CalendarDate(year: 2026, month: 11, day: 23))
        let findings = PolicyEngine(rules: RuleCatalog.all.filter { $0.id == .schemaProviderConstraint })
            .evaluate(rendered, context: context)
        for (type, name, _, expected) in Self.cases {
            let ours = findings.filter { $0.address == "\(type).\(name)" }.map(\.message)
            #expect(ours.contains { $0.contains(expected) }, "SCH010 on \(type).\(name): \(ours)")
        }

        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "infragen-constraints-\(UUID().uuidString)"
        )
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try JSONEncoding().encode(document).write(
            to: folder.appendingPathComponent("main.tf.json"),
            atomically: false,  // an atomic write leaves a /tmp/TemporaryDirectory.* behind on Linux
            encoding: .utf8
        )
        let initialized = try toolchain.run(
            ["init", "-input=false", "-no-color", "-backend=false", "-plugin-dir=\(toolchain.pluginDirectory.path)"],
            in: folder
        )
        try #require(initialized.status == 0, "terraform init failed:\n\(initialized.output)")
        let validated = try toolchain.run(["validate", "-json", "-no-color"], in: folder)
        #expect(validated.status != 0)
        let start = try #require(validated.output.firstIndex(of: "{"))
        let json = try JSONSerialization.jsonObject(with: Data(validated.output[start...].utf8)) as? [String: Any]
        let diagnostics = json?["diagnostics"] as? [[String: Any]] ?? []
        for (type, name, _, expected) in Self.cases {
            let theirs = diagnostics.filter { $0["address"] as? String == "\(type).\(name)" }.map {
                "\($0["summary"] as? String ?? "") \($0["detail"] as? String ?? "")"
            }
            let wording = Self.terraformWording["\(type).\(name)"] ?? expected
            #expect(theirs.contains { $0.contains(wording) }, "terraform on \(type).\(name): \(theirs)")
        }
    }
}
