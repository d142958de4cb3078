import Testing

@testable import InfraPolicy

/// `SchemaChecker.otherProvider(of:)` names the provider of a type that is not hashicorp/aws's, reading the type's
/// bytes for the usual `aws_` and its characters otherwise.
@Suite struct OtherProviderTests {
    @Test(
        arguments: [
            ("aws_lb", nil),
            ("aws_", nil),
            ("aws", nil),
            ("_aws_lb", nil),
            ("random_id", "the `random` provider"),
            ("awsx_thing", "the `awsx` provider"),
            ("terraform_data", "terraform's built-in provider"),
            // A combining mark joins the underscore into another character: the next underscore ends the prefix.
            ("aws_\u{301}_x", "the `aws_\u{301}` provider"),
            ("aws_\u{301}x", nil),
            ("aws_é", nil),
        ] as [(String, String?)]
    )
    func namesTheProvider(type: String, provider: String?) {
        #expect(SchemaChecker.otherProvider(of: type) == provider)
    }
}
