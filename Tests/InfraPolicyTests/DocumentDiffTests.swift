import InfraCore
import InfraPolicy
import Testing

/// Resource-level diffs of hand-made documents: added, removed and changed resources and outputs by address, with
/// sensitive and secret values withheld.
@Suite struct DocumentDiffTests {
    static let before: JSONValue = [
        "resource": [
            "aws_vpc": ["main": ["cidr_block": "10.0.0.0/16"]],
            "aws_db_instance": [
                "main": ["instance_class": "db.t3.micro", "password": "old-pass", "multi_az": false]
            ],
            "aws_lambda_function": [
                "worker": ["environment": [["variables": ["API_TOKEN": "abc", "LEVEL": "info"]]]]
            ],
            "aws_sqs_queue": ["old": ["name": "old"]],
        ],
        "output": [
            "db_password": ["value": "old-pass", "sensitive": true],
            "url": ["value": .expression("${aws_vpc.main.id}")],
        ],
    ]

    static let after: JSONValue = [
        "resource": [
            "aws_vpc": ["main": ["cidr_block": "10.0.0.0/16"]],
            "aws_db_instance": [
                "main": ["instance_class": "db.t3.small", "password": "hunter2", "multi_az": false]
            ],
            "aws_lambda_function": [
                "worker": ["environment": [["variables": ["API_TOKEN": "s3cr3t-token", "LEVEL": "debug"]]]]
            ],
            "aws_sqs_queue": ["new": ["name": "new"]],
        ],
        "output": [
            "db_password": ["value": "hunter2", "sensitive": true],
            "url": ["value": .expression("${aws_vpc.main.arn}")],
        ],
        "terraform": ["required_version": ">= 1.10.0"],
    ]

    func diff() -> DocumentDiff {
        DocumentDiff(
            stack: "demo",
            before: Self.before,
            after: Self.after,
            beforeLabel: "out/prod",
            afterLabel: "render"
        )
    }

    @Test func listsAddedRemovedAndChangedByAddress() {
        let diff = diff()
        #expect(
            diff.entries.map { "\($0.kind.symbol) \($0.address)" } == [
                "~ aws_db_instance.main", "~ aws_lambda_function.worker", "+ aws_sqs_queue.new",
                "- aws_sqs_queue.old", "~ output.db_password", "~ output.url",
            ]
        )
        #expect(diff.count(.added) == 1 && diff.count(.removed) == 1 && diff.count(.changed) == 4)
        let database = diff.entries[0].attributes
        #expect(database.map(\.path) == ["instance_class", "password"])
        #expect(database[0].before == "\"db.t3.micro\"" && database[0].after == "\"db.t3.small\"")
    }

    @Test func withholdsSchemaSensitiveSecretAndSensitiveOutputValues() {
        let diff = diff()
        let password = diff.entries[0].attributes[1]
        #expect(password.isSensitive && password.before == "(sensitive)" && password.after == "(sensitive)")
        let token = diff.entries[1].attributes[0]
        #expect(token.path == "environment[0].variables.API_TOKEN" && token.after == "(sensitive)")
        #expect(diff.entries[1].attributes[1].after == "\"debug\"")
        #expect(diff.entries[4].attributes.map(\.after) == ["(sensitive)"])
        #expect(diff.entries[5].attributes.map(\.after) == ["\"${aws_vpc.main.arn}\""])
        for format in DiffReport.Format.allCases {
            let text = DiffReport([diff]).render(format)
            for secret in ["hunter2", "old-pass", "s3cr3t-token", "\"abc\""] {
                #expect(!text.contains(secret), "\(format) shows \(secret)")
            }
        }
    }

    @Test func aReferenceReadFromAFileEqualsTheRenderedOne() {
        // Rendered documents hold references as expressions; parsed files hold text without `${` as strings.
        let rendered: JSONValue = ["resource": ["aws_eip": ["a": ["depends_on": [.expression("aws_vpc.main")]]]]]
        let parsed: JSONValue = ["resource": ["aws_eip": ["a": ["depends_on": ["aws_vpc.main"]]]]]
        #expect(DocumentDiff(stack: "s", before: parsed, after: rendered, beforeLabel: "a", afterLabel: "b").isEmpty)
    }

    @Test func aMissingSideAddsOrRemovesEverything() {
        let added = DocumentDiff(stack: "demo", before: nil, after: Self.after, beforeLabel: "a", afterLabel: "b")
        #expect(added.entries.allSatisfy { $0.kind == .added })
        #expect(added.count(.added) == 6)
    }

    @Test func reportsInThreeForms() throws {
        let report = DiffReport([diff()])
        #expect(report.render(.text).hasPrefix("demo (out/prod → render): 1 added, 4 changed, 1 removed\n"))
        #expect(
            report.render(.text).contains(
                "  ~ aws_db_instance.main\n      instance_class: \"db.t3.micro\" → \"db.t3.small\"\n"
            )
        )
        #expect(report.render(.markdown).contains("| changed | `aws_db_instance.main` |"))
        let json = try JSONParser().parse(report.render(.json), file: "diff.json").value
        let stack = try #require(json["stacks"]?.arrayValue?.first)
        #expect(stack["counts"] == ["added": 1, "changed": 4, "removed": 1])
        #expect(stack["entries"]?.arrayValue?.first?["address"] == "aws_db_instance.main")
    }
}
