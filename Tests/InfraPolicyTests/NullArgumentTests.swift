import InfraCore
import InfraPolicy
import Testing

/// An argument written as `null` is one left out: Terraform applies the provider's default. Generated Terraform JSON
/// writes `null` for an optional input that was not given, so a rule that tells "set" from "not set" must not count
/// it as set, either way round.
@Suite struct NullArgumentTests {
    func ids(_ type: String, _ body: [String: JSONValue]) -> Set<String> {
        let document: JSONValue = ["resource": [type: ["main": .object(body)]]]
        return Set(RuleFixtureTests().findings(document, environment: "prod").map(\.id))
    }

    /// A null password is no password in the configuration (RDS manages it here).
    @Test func aNullPasswordIsNotSet() {
        let database: [String: JSONValue] = [
            "identifier": "app", "engine": "postgres", "instance_class": "db.t4g.micro", "allocated_storage": 20,
            "username": "app", "manage_master_user_password": true, "password": .null,
        ]
        #expect(!ids("aws_db_instance", database).contains("RDS009"))
        var literal = database
        literal["password"] = "hunter2hunter2"
        literal["manage_master_user_password"] = nil
        #expect(ids("aws_db_instance", literal).contains("RDS009"))
    }

    /// A null key is no key: the topic is not encrypted.
    @Test func aNullKeyIsNoKey() {
        #expect(ids("aws_sns_topic", ["name": "alerts", "kms_master_key_id": .null]).contains("SNS001"))
        #expect(!ids("aws_sns_topic", ["name": "alerts", "kms_master_key_id": "alias/aws/sns"]).contains("SNS001"))
    }
}
