import InfraCore
import InfraPolicy
import Testing

/// Issue 11: every trivy id a rule names is a real trivy check (`TrivyCatalogue`, from trivy's own check repository)
/// in the service of the rule's resources.
@Suite struct TrivyCatalogueTests {
    /// trivy's service for a Terraform type, by the longest matching type prefix; `nil` for a type no trivy service
    /// here covers. trivy groups checks its own way: Secrets Manager under `ssm`, VPCs, subnets, security groups, EBS
    /// and launch configurations under `ec2`.
    static func service(of type: String) -> String? {
        let match = servicePrefixes.filter { type.hasPrefix($0.prefix) }.max { $0.prefix.count < $1.prefix.count }
        return match?.service
    }

    static let servicePrefixes: [(prefix: String, service: String)] = [
        ("aws_api_gateway_", "apigateway"), ("aws_apigatewayv2_", "apigateway"),
        ("aws_cloudwatch_", "cloudwatch"),
        ("aws_db_", "rds"), ("aws_rds_", "rds"),
        ("aws_lb", "elb"), ("aws_alb", "elb"), ("aws_elb", "elb"),
        ("aws_elasticache_", "elasticache"),
        ("aws_ecs_", "ecs"), ("aws_ecr_", "ecr"), ("aws_efs_", "efs"), ("aws_eks_", "eks"), ("aws_kms_", "kms"),
        ("aws_lambda_", "lambda"),
        ("aws_sns_", "sns"), ("aws_sqs_", "sqs"), ("aws_s3_", "s3"), ("aws_iam_", "iam"),
        ("aws_ssm_", "ssm"), ("aws_secretsmanager_", "ssm"),
        ("aws_instance", "ec2"), ("aws_launch_template", "ec2"), ("aws_launch_configuration", "ec2"),
        ("aws_ebs_", "ec2"), ("aws_security_group", "ec2"), ("aws_default_security_group", "ec2"),
        ("aws_vpc", "ec2"), ("aws_default_vpc", "ec2"), ("aws_subnet", "ec2"), ("aws_flow_log", "ec2"),
        ("aws_network_acl", "ec2"), ("aws_autoscaling_", "ec2"),
    ]

    @Test func catalogueIsTrivysList() {
        let ids = TrivyCatalogue.entries.map(\.id)
        #expect(ids.count > 150)
        #expect(ids == ids.sorted() && Set(ids).count == ids.count)
        #expect(ids.allSatisfy { $0.hasPrefix("AVD-AWS-") && $0.count == 12 && $0.suffix(4).allSatisfy(\.isNumber) })
        #expect(TrivyCatalogue.entry(of: "AVD-AWS-0057")?.service == "iam")
        #expect(TrivyCatalogue.entry(of: "AVD-AWS-0098")?.service == "ssm")
        #expect(TrivyCatalogue.entry(of: "AVD-AWS-0177")?.service == "rds")
        #expect(TrivyCatalogue.entry(of: "AVD-AWS-9999") == nil)
    }

    /// Equivalents once named that are checks of something else, with what trivy's documentation says they check;
    /// none may come back.
    @Test func knownWrongEquivalentsAreGone() {
        let wrong: [(RuleID, String)] = [
            (.albAccessLogs, "AVD-AWS-0053"),  // elb: "Switch to an internal load balancer" (ALB not public)
            (.s3TLSOnly, "AVD-AWS-0320"),  // s3: bucket names are DNS-compliant (for transfer acceleration)
            (.s3DefaultEncryption, "AVD-AWS-0132"),  // s3: customer-managed keys, which the rule does not require
            (.rdsAutoMinorUpgrade, "AVD-AWS-0176"),  // rds: "RDS IAM Database Authentication Disabled"
            (.iamAdministratorAccess, "AVD-AWS-0143"),  // iam: no policies attached to users directly
            (.ssmSecretParameter, "AVD-AWS-0098"),  // ssm: Secrets Manager secrets use a customer-managed key
        ]
        for (rule, check) in wrong {
            #expect(RuleCatalog.rule(rule)?.trivy.contains(check) == false, "\(rule) names \(check)")
        }
    }

    @Test(arguments: RuleCatalog.all.filter { !$0.trivy.isEmpty }.map(\.id.rawValue))
    func namedChecksExistForTheSameService(id: String) throws {
        let rule = try #require(RuleCatalog.rule(RuleID(id)))
        let ruleServices = Set(rule.resourceTypes.compactMap(Self.service(of:)))
        #expect(!ruleServices.isEmpty, "\(id): no trivy service for \(rule.resourceTypes.sorted())")
        for check in rule.trivy {
            let entry = TrivyCatalogue.entry(of: check)
            #expect(entry != nil, "\(id) names \(check), which \(TrivyCatalogue.source) does not have")
            if let entry {
                #expect(
                    ruleServices.contains(entry.service),
                    "\(id) (\(rule.resourceTypes.sorted())) names \(check), a check of trivy's \(entry.service) service"
                )
            }
        }
    }

    /// The figures issue 11 asks for: how many named ids the test holds to the catalogue.
    @Test func namedChecksAreCounted() {
        let named = RuleCatalog.all.flatMap(\.trivy)
        #expect(named.count >= 45)
        #expect(Set(named).count >= 40)
        #expect(named.allSatisfy { TrivyCatalogue.entry(of: $0) != nil })
    }
}
