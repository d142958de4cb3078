import Foundation
import InfraCore
import Testing

@testable import InfraPolicy

/// `"${var.allowed}"` is the variable's value when terraform applies the configuration: a default, a `.tfvars.json`
/// value, or a literal local. Read as an interpolation, it was unknown until plan, and a port open to the internet
/// through a default passed.
@Suite struct ReferenceValueTests {
    static let today = CalendarDate(year: 2026, month: 12, day: 2)

    /// A security group whose SSH rule takes its CIDRs from `var.allowed`, and a database whose encryption and
    /// exposure come from a variable and a local; `variables` is written into the same file.
    static func document(variables: String, locals: String = #"{"public": "${var.public}"}"#) -> String {
        """
        {
          "variable": \(variables),
          "locals": \(locals),
          "resource": {
            "aws_security_group": {
              "ssh": {
                "name": "ssh", "description": "SSH",
                "ingress": [{"description": "SSH", "from_port": 22, "to_port": 22, "protocol": "tcp",
                  "cidr_blocks": "${var.allowed}", "ipv6_cidr_blocks": null, "prefix_list_ids": null,
                  "security_groups": null, "self": null}]
              }
            },
            "aws_db_instance": {
              "main": {
                "identifier": "app", "engine": "postgres", "instance_class": "db.t4g.micro",
                "allocated_storage": 20, "username": "app", "manage_master_user_password": true,
                "storage_encrypted": "${var.encrypted}", "publicly_accessible": "${ local.public }"
              }
            }
          }
        }
        """
    }

    static let openDefaults = """
        {
          "allowed": {"type": "list(string)", "default": ["0.0.0.0/0"]},
          "encrypted": {"type": "bool", "default": false},
          "public": {"type": "bool", "default": true}
        }
        """

    static let noDefaults = #"{"allowed": {"type": "list(string)"}, "encrypted": {}, "public": {}}"#

    func findings(
        _ text: String,
        _ inputs: ReferenceValues.Inputs = ReferenceValues.Inputs()
    ) throws -> [Diagnostic] {
        var input = try TerraformJSONInput(text: text, path: "main.tf.json", environment: "dev")
        input.resolveReferences(inputs)
        input.index()
        return input.lint(today: Self.today)
    }

    func message(_ id: String, in findings: [Diagnostic]) -> String? {
        findings.first { $0.id == id }?.message
    }

    /// The defaults are what terraform applies: the port is open, the storage unencrypted, the database public, and
    /// each finding says which value made it so, and where that value is written.
    @Test func defaultsAreTheValues() throws {
        let found = try findings(Self.document(variables: Self.openDefaults))
        #expect(
            message("EC2002", in: found)
                == "port 22 open to 0.0.0.0/0, with var.allowed's default (main.tf.json:3:39)"
        )
        #expect(
            message("RDS002", in: found)
                == "storage_encrypted is not true, with var.encrypted's default (main.tf.json:4:33)"
        )
        #expect(
            message("RDS001", in: found)
                == "publicly_accessible is true, with local.public (main.tf.json:7:14), which is var.public's default (main.tf.json:5:30)"
        )
        // Findings the values did not cause say nothing of them.
        #expect(found.filter { $0.message.contains(", with ") }.count == 3, "\(found.map(\.message))")
    }

    /// A finding on one resource that another's values caused names those values: the bucket is open because its
    /// public access block takes its settings from a variable that defaults to false.
    @Test func aFindingCausedByAnotherResourceNamesItsValues() throws {
        let text = """
            {
              "variable": {"block": {"type": "bool", "default": false}},
              "resource": {
                "aws_s3_bucket": {"data": {"bucket": "acme-data"}},
                "aws_s3_bucket_public_access_block": {"data": {
                  "bucket": "${aws_s3_bucket.data.id}",
                  "block_public_acls": "${var.block}", "block_public_policy": "${var.block}",
                  "ignore_public_acls": "${var.block}", "restrict_public_buckets": "${var.block}"}}
              }
            }
            """
        let found = try findings(text)
        let open = try #require(found.first { $0.id == "S3001" })
        #expect(open.address == "aws_s3_bucket.data")
        #expect(open.message.hasSuffix("off, with var.block's default (main.tf.json:2:42)"), "\(open.message)")
    }

    /// A finding caused by the values of a data source its resource reads names them: a policy document whose actions
    /// are a variable's default.
    @Test func aFindingCausedByADataSourceNamesItsValues() throws {
        let text = """
            {
              "variable": {"actions": {"default": ["*"]}},
              "data": {"aws_iam_policy_document": {"admin": {
                "statement": {"actions": "${var.actions}", "resources": ["*"]}}}},
              "resource": {"aws_iam_policy": {"admin": {
                "name": "admin", "policy": "${data.aws_iam_policy_document.admin.json}"}}}
            }
            """
        #expect(
            message("IAM002", in: try findings(text))
                == "statement `#0` allows every action, with var.actions's default (main.tf.json:2:28)"
        )
    }

    /// Without defaults, the values are unknown until plan, as before: nothing is reported about them.
    @Test func withoutDefaultsTheValuesStayUnknown() throws {
        let found = try findings(Self.document(variables: Self.noDefaults))
        #expect(!found.contains { ["EC2002", "RDS001", "RDS002"].contains($0.id) }, "\(found.map(\.message))")
    }

    /// A `.tfvars.json` value replaces the default; of two files, the later one's.
    @Test func assignmentsReplaceDefaults() throws {
        let location = SourceLocation(file: "terraform.tfvars.json", line: 2, column: 3)
        let later = SourceLocation(file: "prod.auto.tfvars.json", line: 1, column: 2)
        let inputs = ReferenceValues.Inputs(assignments: [
            ReferenceValues.Assignment(name: "allowed", value: .array([.string("10.0.0.0/8")]), location: location),
            ReferenceValues.Assignment(name: "encrypted", value: .bool(true), location: location),
            ReferenceValues.Assignment(name: "encrypted", value: .string("false"), location: later),
            // Not a variable of the configuration: terraform warns and uses nothing.
            ReferenceValues.Assignment(name: "unused", value: .bool(true), location: location),
        ])
        let found = try findings(Self.document(variables: Self.openDefaults), inputs)
        #expect(!found.contains { $0.id == "EC2002" })
        #expect(
            message("RDS002", in: found)
                == "storage_encrypted is not true, with var.encrypted as prod.auto.tfvars.json:1:2 sets it"
        )
    }

    /// A variable set in the environment, or any when an HCL `terraform.tfvars` may set it, is unknown.
    @Test func variablesSetElsewhereStayUnknown() throws {
        let named = try findings(
            Self.document(variables: Self.openDefaults),
            ReferenceValues.Inputs(setElsewhere: ["allowed", "public"])
        )
        #expect(!named.contains { ["EC2002", "RDS001"].contains($0.id) })
        #expect(named.contains { $0.id == "RDS002" })

        let any = try findings(
            Self.document(variables: Self.openDefaults),
            ReferenceValues.Inputs(anySetElsewhere: true)
        )
        #expect(!any.contains { ["EC2002", "RDS001", "RDS002"].contains($0.id) }, "\(any.map(\.message))")
    }

    /// A literal local is a value; one built from an interpolation of a resource is known only at plan.
    @Test func literalLocalsAreValues() throws {
        let literal = try findings(Self.document(variables: Self.noDefaults, locals: #"{"public": true}"#))
        #expect(message("RDS001", in: literal) == "publicly_accessible is true, with local.public (main.tf.json:3:14)")

        let computed = try findings(
            Self.document(variables: Self.noDefaults, locals: #"{"public": "${aws_vpc.main.id != \"\"}"}"#)
        )
        #expect(!computed.contains { $0.id == "RDS001" })

        // A chain of locals ends in a value; a cycle ends in none.
        let chained = try findings(
            Self.document(variables: Self.noDefaults, locals: #"{"public": "${local.exposed}", "exposed": "true"}"#)
        )
        #expect(chained.contains { $0.id == "RDS001" })
        let cycle = try findings(
            Self.document(variables: Self.noDefaults, locals: #"{"public": "${local.a}", "a": "${local.public}"}"#)
        )
        #expect(!cycle.contains { $0.id == "RDS001" })
    }

    /// A `null` default leaves the argument unset, so the provider's default applies (storage unencrypted).
    @Test func aNullDefaultIsNotSet() throws {
        let variables = #"{"allowed": {}, "encrypted": {"default": null}, "public": {}}"#
        let found = try findings(Self.document(variables: variables))
        #expect(message("RDS002", in: found)?.hasPrefix("storage_encrypted is not") == true, "\(found.map(\.message))")
    }

    /// A default is literal: text in it that looks like an interpolation is text, not a reference to follow.
    @Test func aDefaultIsLiteralText() {
        let document = JSONValue.object([
            "variable": .object(["name": .object(["default": .expression("${local.secret}")])])
        ])
        let values = ReferenceValues(document: document, locations: [:])
        #expect(values.value(of: "${var.name}")?.value == .string("${local.secret}"))
    }

    /// A template whose interpolations are all references with a string, number or boolean value is text; one with
    /// anything else in it, or a directive, is known only at plan.
    @Test(
        arguments: [
            ("${var.a}-logs", "acme-logs"), ("$${var.a}-${var.a}", "${var.a}-acme"), ("${var.n}/${var.flag}", "5/true"),
            ("${ local.b }.example.com", "acme-b.example.com"), ("x-${var.list}", nil),
            ("${aws_s3_bucket.x.id}-${var.a}", nil),
            ("%{if var.flag}x%{endif}", nil), ("${var.none}-x", nil), ("${var.unset}-x", nil), ("plain", nil),
        ] as [(String, String?)]
    )
    func templatesOfValuesAreText(template: String, text: String?) {
        let document = JSONValue.object([
            "variable": .object([
                "a": .object(["default": .string("acme")]), "n": .object(["default": .int(5)]),
                "flag": .object(["default": .bool(true)]), "list": .object(["default": .array([.string("x")])]),
                "none": .object(["default": .null]), "unset": .object([:]),
            ]),
            "locals": .object(["b": .expression("${var.a}-b")]),
        ])
        let values = ReferenceValues(document: document, locations: [:])
        #expect(values.text(ofTemplate: template)?.text == text)
    }

    /// A conditional on a boolean value (or its negation) with literal or valued results is its result; anything
    /// else is known only at plan.
    @Test(
        arguments: [
            ("${var.on ? 1 : 0}", JSONValue.int(1)), ("${!var.on ? 1 : 0}", .int(0)), ("${var.off?1:0}", .int(0)),
            ("${var.text ? \"a\" : \"b\"}", .string("a")), ("${var.on ? var.n : null}", .int(5)),
            ("${var.off ? true : false}", .bool(false)), ("${var.n ? 1 : 0}", nil), ("${var.unset ? 1 : 0}", nil),
            ("${var.on ? aws_s3_bucket.x.id : 0}", nil), ("${var.on == true ? 1 : 0}", nil),
            ("${var.on ? \"a:b\" : 0}", nil), ("${var.on ? 1 : var.off ? 2 : 3}", nil), ("${var.on}", nil),
            ("${true ? 1 : 0}", nil), ("${var.on ? [1] : []}", [1]), ("${var.off ? [1] : []}", []),
            ("${var.on ? [ \"10.0.0.0/8\", var.n, ] : []}", ["10.0.0.0/8", 5]), ("${var.on ? [,] : []}", nil),
            ("${var.on ? [[1]] : []}", nil), ("${var.on ? [var.unset] : []}", nil), ("${var.on ? [\"a,b\"] : []}", nil),
            ("${var.on ? [1 2] : []}", nil), ("${var.off ? null : {}}", .object([:])),
        ] as [(String, JSONValue?)]
    )
    func conditionalsOnValuesAreTheirResult(expression: String, value: JSONValue?) {
        let document = JSONValue.object([
            "variable": .object([
                "on": .object(["default": .bool(true)]), "off": .object(["default": .bool(false)]),
                "text": .object(["default": .string("true")]), "n": .object(["default": .int(5)]),
                "unset": .object([:]),
            ])
        ])
        let values = ReferenceValues(document: document, locations: [:])
        #expect(values.value(ofConditional: expression)?.value == value)
    }

    /// A companion switched off by a variable (`count = var.create ? 1 : 0`) is no companion, and the finding on the
    /// resource it would have covered says which variable did it.
    @Test func aCompanionSwitchedOffByAVariableCountsForNothing() throws {
        let text = """
            {
              "variable": {"create": {"type": "bool", "default": false}},
              "resource": {
                "aws_s3_bucket": {"data": {"bucket": "acme-data"}},
                "aws_s3_bucket_public_access_block": {"data": {"count": "${var.create ? 1 : 0}",
                  "bucket": "${aws_s3_bucket.data.id}", "block_public_acls": true, "block_public_policy": true,
                  "ignore_public_acls": true, "restrict_public_buckets": true}}
              }
            }
            """
        let found = try findings(text)
        #expect(
            message("S3001", in: found)
                == "bucket has no public access block, with var.create's default (main.tf.json:2:43)"
        )
        let created = try findings(text.replacingOccurrences(of: #""default": false"#, with: #""default": true"#))
        #expect(!created.contains { $0.id == "S3001" })
    }

    /// A provider's region from a variable is the region its resources are created in.
    @Test func aProviderRegionFromAVariableCounts() throws {
        let text = """
            {
              "variable": {"region": {"default": "eu-north-1"}},
              "provider": {"aws": {"region": "${var.region}"}},
              "resource": {"aws_ses_receipt_rule_set": {"main": {"rule_set_name": "main"}}}
            }
            """
        #expect(
            message("SES101", in: try findings(text))
                == "SES email receiving is not available in eu-north-1 (the default aws provider), with var.region's default (main.tf.json:2:27)"
        )
    }

    /// A name built from variables is checked against AWS's limits: `prod_Logs` is no bucket name.
    @Test func aNameBuiltFromVariablesIsChecked() throws {
        let text = """
            {
              "variable": {"env": {"default": "prod"}},
              "locals": {"bucket": "${var.env}_Logs"},
              "resource": {"aws_s3_bucket": {"logs": {"bucket": "${local.bucket}"}}}
            }
            """
        let found = try findings(text)
        #expect(
            message("S3B101", in: found)
                == "bucket name `prod_Logs` contains `_`; only lowercase letters, digits, `.` and `-` are allowed, with local.bucket (main.tf.json:3:14), which is var.env's default (main.tf.json:2:24)"
        )
    }

    /// The origins a finding names come in the order of their arguments, whatever order the walk found them in;
    /// those under the finding's own argument first, when there are any.
    @Test func originsAreInTheOrderOfTheirArguments() {
        let a = TerraformJSONInput.ResolvedReference(path: "a", origin: "var.a's default")
        let b = TerraformJSONInput.ResolvedReference(path: "b[0].c", origin: "var.b's default")
        #expect(TerraformJSONInput.origins(of: nil, in: [b, a]) == "var.a's default and var.b's default")
        #expect(TerraformJSONInput.origins(of: "b[0].d", in: [a, b]) == "var.b's default")
        #expect(TerraformJSONInput.origins(of: "x", in: [b, a, a]) == "var.a's default and var.b's default")
    }

    /// Only text that is exactly one reference to a variable or a local is resolved.
    @Test(
        arguments: [
            ("${var.a}", "var.a"), ("${ var.a }", "var.a"), ("${local.a_b-c}", "local.a_b-c"),
            ("${var.a.b}", nil), ("${var.a}-x", nil), ("x-${var.a}", nil), ("${var.a[0]}", nil),
            ("${data.a.b}", nil), ("${var.}", nil), ("${var.1a}", nil), ("${upper(var.a)}", nil),
        ] as [(String, String?)]
    )
    func referencesAreWholeValues(text: String, reference: String?) {
        #expect(ReferenceValues.reference(in: .expression(text)) == reference)
    }
}
