import InfraCore
import Testing

@testable import InfraPolicy

/// Terraform converts a number or a boolean written for a string attribute to its text, and the strings `"1"` and
/// `"0"` (besides `"true"` and `"false"`) written for a boolean to one. The schema rules accepted these all along; the
/// policy rules now read them the same way, so `"storage_encrypted": "1"` is encrypted storage and a number written for
/// a protocol or a name is its text.
@Suite struct TerraformPrimitivesTests {
    @Test(arguments: [
        (8.0, "8"), (8.1, "8.1"), (-2.5, "-2.5"), (0.1, "0.1"), (123_456.789, "123456.789"),
        (1e16, "10000000000000000"), (1e21, "1000000000000000000000"), (1.5e-7, "0.00000015"),
        (-1.25e-5, "-0.0000125"), (0.0, "0"), (-0.0, "0"),
    ])
    func aNumberIsWrittenInPlainDecimal(_ number: Double, _ text: String) {
        #expect(TerraformPrimitives.text(of: number) == text)
    }

    @Test func infinityHasNoText() {
        #expect(TerraformPrimitives.text(of: .infinity) == nil)
        #expect(TerraformPrimitives.text(of: .nan) == nil)
    }

    @Test func numbersAndBooleansReadAsStrings() {
        #expect(AttributeValue.string(.int(12_345)) == "12345")
        #expect(AttributeValue.string(.double(8.0)) == "8")
        #expect(AttributeValue.string(.bool(true)) == "true")
        #expect(AttributeValue.string(.string("x")) == "x")
        #expect(AttributeValue.string(.expression("${var.x}")) == nil)
        #expect(AttributeValue.string(.array([.string("x")])) == nil)
        #expect(AttributeValue.string(.null) == nil)
        #expect(AttributeValue.strings(.array([.int(1), .string("a"), .bool(false)])) == ["1", "a", "false"])
        #expect(AttributeValue.text(.int(7)) == .known("7"))
    }

    @Test func stringsReadAsBooleansAndNumbersAsTerraformConvertsThem() {
        #expect(AttributeValue.bool(.string("1")) == true)
        #expect(AttributeValue.bool(.string("0")) == false)
        #expect(AttributeValue.bool(.string("True")) == nil)
        #expect(AttributeValue.bool(.string("yes")) == nil)
        #expect(AttributeValue.bool(.int(1)) == nil, "terraform has no number-to-bool conversion")
        #expect(AttributeValue.int(.string("512")) == 512)
        #expect(AttributeValue.int(.string("5e2")) == 500)
        #expect(AttributeValue.int(.string("1.5")) == nil)
        #expect(AttributeValue.double(.string("-1.5")) == -1.5)
        #expect(AttributeValue.double(.string("nan")) == nil)
        #expect(AttributeValue.double(.string("inf")) == nil)
        #expect(AttributeValue.double(.string("0x10")) == nil)
    }

    @Test(arguments: [("1", false), ("true", false), ("0", true), ("false", true)])
    func storageEncryptedWrittenAsAString(_ written: String, reported: Bool) {
        let database: JSONValue = [
            "engine": "postgres", "instance_class": "db.t4g.micro", "allocated_storage": 20,
            "storage_encrypted": .string(written),
        ]
        let document: JSONValue = ["resource": ["aws_db_instance": ["main": database]]]
        let hits = RuleFixtureTests().findings(document, environment: "prod").filter { $0.id == "RDS002" }
        #expect(hits.isEmpty != reported, "\(written): \(hits.map(\.message))")
    }
}
