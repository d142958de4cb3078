import InfraCore
import Testing

@Suite struct ReferenceScannerTests {
    func address(_ type: String, _ name: String) -> ResourceAddress { ResourceAddress(type: type, name: name) }

    func scan(_ template: String) -> [ResourceAddress] { ReferenceScanner.references(in: template) }

    @Test func plainReference() {
        #expect(scan("${aws_vpc.main.id}") == [address("aws_vpc", "main")])
        #expect(scan("${random_id.suffix.hex}") == [address("random_id", "suffix")])
    }

    @Test func referenceWithoutAttribute() {
        #expect(scan("${aws_vpc.main}") == [address("aws_vpc", "main")])
    }

    @Test func referenceInsideSurroundingText() {
        #expect(scan("arn:${aws_lb.main.arn_suffix}/x") == [address("aws_lb", "main")])
        #expect(
            scan("${aws_db_instance.main.master_user_secret[0].secret_arn}:password::") == [
                address("aws_db_instance", "main")
            ]
        )
    }

    @Test func functionCallWithAStringLiteralHasNoReference() {
        #expect(scan(#"${filebase64sha256("${path.module}/x_y.zip")}"#) == [])
        #expect(scan(#"${file("${path.module}/aws_x.y")}"#) == [])
    }

    @Test func referencesInsideFunctionArgumentsAndNestedStrings() {
        #expect(scan(#"${join(",", aws_subnet.private[*].id)}"#) == [address("aws_subnet", "private")])
        #expect(scan(#"${replace(aws_s3_bucket.logs.arn, "\"", "")}"#) == [address("aws_s3_bucket", "logs")])
        #expect(
            scan(#"${format("%s-${aws_ecs_cluster.main.name}", aws_lb.web.name)}"#)
                == [address("aws_ecs_cluster", "main"), address("aws_lb", "web")]
        )
    }

    @Test func referenceInsideEmbeddedJSONText() {
        let text =
            #"{"metrics":[["AWS/ApplicationELB","RequestCount","LoadBalancer","${aws_lb.main.arn_suffix}"]],"region":"us-east-1"}"#
        #expect(scan(text) == [address("aws_lb", "main")])
    }

    @Test func escapedInterpolationsAreNotReferences() {
        #expect(scan("$${aws_x.y}") == [])
        #expect(scan("%%{aws_x.y}") == [])
        #expect(scan("$${aws_x.y} ${aws_real.one.id}") == [address("aws_real", "one")])
    }

    @Test func directivesAreScanned() {
        #expect(scan("%{ if aws_a.b.enabled }x%{ endif }") == [address("aws_a", "b")])
    }

    @Test(arguments: [
        "${var.some_value}",
        "${local.name_prefix}",
        "${data.aws_iam_policy_document.x.json}",
        "${path.module}",
        "${module.vpc_mod.id}",
        "${each.value.aws_x}",
        "${count.index}",
        "${terraform.workspace}",
        "${self.private_ip}",
        "${var.list[0]}",
        "${upper(\"aws_x.y\")}",
        "aws_vpc.main.id",
        "",
    ])
    func nonResourceRootsAreIgnored(template: String) {
        #expect(scan(template) == [])
    }

    @Test func multipleReferencesInOrderOfAppearanceWithRepeats() {
        let text = "${aws_b.one.id}-${aws_a.two.arn} ${aws_b.one.name} ${var.x}"
        #expect(scan(text) == [address("aws_b", "one"), address("aws_a", "two"), address("aws_b", "one")])
    }

    @Test func conditionalAndForExpressions() {
        #expect(
            scan("${aws_x.a.enabled ? aws_y.b.id : local.other}") == [address("aws_x", "a"), address("aws_y", "b")]
        )
        #expect(scan("${[for s in aws_subnet.private : s.id]}") == [address("aws_subnet", "private")])
    }

    @Test func valuesAreWalkedButLiteralStringsAreNotTemplates() {
        let value: JSONValue = [
            "z": .expression("${aws_z.last.id}"),
            "a": [.expression("${aws_a.first.id}"), .string("${aws_not.a_ref.id}")],
            "m": ["inner": .expression("${aws_m.middle.id}")],
            "n": 3,
        ]
        #expect(
            ReferenceScanner.references(in: value)
                == [address("aws_a", "first"), address("aws_m", "middle"), address("aws_z", "last")]
        )
        #expect(ReferenceScanner.references(in: .string("${aws_vpc.main.id}")) == [])
        #expect(ReferenceScanner.references(in: .int(1)) == [])
    }
}
