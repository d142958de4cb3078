import Testing

@testable import InfraPolicy

/// `ResourceTypeAliases` answers a type that cannot be an old name without a table lookup; that holds only while
/// every old name starts with `aws_alb` and every current one with `aws_lb`.
@Suite struct ResourceTypeAliasesTests {
    @Test func theFastPathsPrefixesCoverTheTable() {
        for (old, current) in ResourceTypeAliases.canonical {
            #expect(old.hasPrefix("aws_alb"), "\(old)")
            #expect(current.hasPrefix("aws_lb"), "\(current)")
        }
    }

    @Test(arguments: [
        "aws_alb", "aws_alb_listener", "aws_alb_listener_rule", "aws_alb_target_group", "aws_alb_unknown", "aws_lb",
        "aws_lb_listener", "aws_lb_listener_rule", "aws_lb_cookie_stickiness_policy", "aws_s3_bucket", "random_id", "",
        "aws_al", "aws_albx",
    ])
    func answersAsTheTableDoes(_ type: String) {
        let current = ResourceTypeAliases.canonical[type] ?? type
        #expect(ResourceTypeAliases.canonical(type) == current)
        #expect(ResourceTypeAliases.names(of: type) == (ResourceTypeAliases.names[current] ?? [type]))
    }
}
