import InfraCore
import InfraPolicy

// The schema rules' documents for the table-driven `RuleFixtureTests` (RuleFixture.swift): a passing and a failing
// document per rule. `RuleFixtures.schema` (RuleFixtures+Schema.swift) returns this list.

extension RuleFixtures {
    /// A passing and a failing document per schema rule.
    static let schemaFixtures: [RuleFixture] = [
        RuleFixture(
            .schemaUnknownAttribute,
            passing: [Doc.one("aws_sns_topic", ["name": "alerts", "depends_on": ["aws_kms_key.main"]])],
            failing: [
                Doc.one("aws_sns_topic", ["name": "alerts", "bogus": "x"]),
                Doc.one("aws_sns_topic", ["nmae": "alerts"]),
            ]
        ),
        RuleFixture(
            .schemaUnknownNestedKey,
            passing: [Doc.one("aws_instance", ["metadata_options": ["http_tokens": "required"]])],
            failing: [
                Doc.one("aws_instance", ["metadata_options": ["http_tokens": "required", "hop_limit": 1]]),
                Doc.one("aws_sns_topic", ["lifecycle": ["prevent_destroyed": true]]),
            ]
        ),
        RuleFixture(
            .schemaMissingRequired,
            passing: [Doc.one("aws_route_table", ["vpc_id": .expression("${aws_vpc.main.id}")])],
            failing: [
                Doc.one("aws_route_table", ["tags": ["Name": "main"]]),
                Doc.one("aws_route_table", ["vpc_id": nil]),
                Doc.one(
                    "aws_lb_listener",
                    [
                        "load_balancer_arn": "arn",
                        "default_action": [["type": "fixed-response", "fixed_response": [["status_code": "404"]]]],
                    ]
                ),
            ]
        ),
        RuleFixture(
            .schemaWrongType,
            passing: [
                Doc.one("aws_lb_target_group", ["port": 8000, "deregistration_delay": 5]),
                Doc.one("aws_lb_target_group", ["port": "8000", "deregistration_delay": "5"]),
                Doc.one("aws_lb_target_group", ["port": .expression("${var.port}")]),
            ],
            failing: [
                Doc.one("aws_lb_target_group", ["port": "http"]),
                Doc.one("aws_lb", ["subnets": "subnet-1"]),
                Doc.one("aws_sns_topic", ["name": ["alerts"]]),
            ]
        ),
        RuleFixture(
            .schemaBlockCount,
            passing: [Doc.one("aws_instance", ["metadata_options": [["http_tokens": "required"]]])],
            failing: [
                Doc.one(
                    "aws_instance",
                    ["metadata_options": [["http_tokens": "required"], ["http_endpoint": "enabled"]]]
                ),
                Doc.one("aws_lb_listener", ["load_balancer_arn": "arn"]),
            ]
        ),
        RuleFixture(
            .schemaComputedOnly,
            passing: [Doc.one("aws_sns_topic", ["name": "alerts", "tags_all": ["a": "b"]])],
            failing: [Doc.one("aws_sns_topic", ["name": "alerts", "arn": "arn:aws:sns:us-east-1:111122223333:alerts"])]
        ),
        RuleFixture(
            .schemaDeprecated,
            passing: [Doc.one("aws_eip", ["domain": "vpc"])],
            failing: [
                Doc.one("aws_eip", ["vpc": true]),
                Doc.one("aws_s3_bucket", ["bucket": "b", "versioning": [["enabled": true]]]),
            ]
        ),
        RuleFixture(
            .schemaUncheckedType,
            passing: [
                Doc.one("aws_sns_topic", ["name": "alerts"]),
                Doc.one("aws_cloudfront_distribution", ["enabled": true]),
            ],
            failing: [
                Doc.one("random_id", ["byte_length": 8]),
                Doc.resources([
                    ("null_resource", "a", [:]),
                    ("null_resource", "b", [:]),
                ]),
            ]
        ),
        RuleFixture(
            .schemaUnknownResourceType,
            passing: [Doc.one("aws_sns_topic", ["name": "alerts"]), Doc.one("random_id", ["byte_length": 8])],
            failing: [Doc.one("aws_lb_listner", ["port": 443]), Doc.one("aws_not_a_thing", [:])]
        ),
        RuleFixture(
            .schemaProviderConstraint,
            passing: [
                Doc.one("aws_db_instance", ["instance_class": "db.t3.micro", "backup_retention_period": 7]),
                Doc.one("aws_db_instance", ["backup_retention_period": .expression("${var.retention}")]),
            ],
            failing: [
                Doc.one("aws_db_instance", ["instance_class": "db.t3.micro", "backup_retention_period": 99]),
                Doc.one("aws_lb_listener", ["certificate_arn": "not-an-arn"]),
            ]
        ),
    ]
}
