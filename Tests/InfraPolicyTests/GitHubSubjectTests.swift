import InfraCore
import Testing

@testable import InfraPolicy

/// IAM008 on subject conditions that look like they name repositories and do not (checkov's CKV_AWS_358 and
/// CKV_AWS_393 flag the same patterns).
@Suite struct GitHubSubjectTests {
    @Test(
        arguments: [
            ("repo:acme/infra:ref:refs/heads/main", nil),
            ("repo:acme/*", nil),
            ("repo:acme.corp/app:environment:prod", nil),
            ("repo:${var.owner}/infra:*", nil),
            ("no-claim-at-all", nil),
            ("actor:octocat", nil),
            ("repo:acme*", "does not name one owner's repositories, so repositories of other owners match it too"),
            ("repo:acme", "does not name one owner's repositories, so repositories of other owners match it too"),
            ("repo:*/infra", "does not name one owner's repositories, so repositories of other owners match it too"),
            (
                "repo:ac*me/infra",
                "does not name one owner's repositories, so repositories of other owners match it too"
            ),
            (
                "environment:production",
                "starts with `environment`, not `repo`, so a workflow of any repository on GitHub can match it"
            ),
            (
                "workflow:deploy",
                "starts with `workflow`, not `repo`, so a workflow of any repository on GitHub can match it"
            ),
            (
                "job_workflow_ref:*",
                "starts with `job_workflow_ref`, not `repo`, so a workflow of any repository on GitHub can match it"
            ),
        ] as [(String, String?)]
    )
    func subjectValues(value: String, reason: String?) {
        #expect(GitHubOIDCTrust.unsafe(value) == reason, "\(value)")
    }

    @Test func subjectKeysOfGitHubAndOfAnEnterprise() {
        #expect(GitHubOIDCTrust.isSubjectKey("token.actions.githubusercontent.com:sub"))
        #expect(GitHubOIDCTrust.isSubjectKey("Token.Actions.GitHubUserContent.com/acme-corp:sub"))
        #expect(!GitHubOIDCTrust.isSubjectKey("token.actions.githubusercontent.com:aud"))
        #expect(!GitHubOIDCTrust.isSubjectKey("token.actions.githubusercontent.com.evil:sub"))
        #expect(!GitHubOIDCTrust.isSubjectKey("token.actions.githubusercontent.com/a/b:sub"))
    }

    @Test func theFindingNamesTheValue() {
        let role: JSONValue = [
            "assume_role_policy": GitHubTrust.json(subject: "repo:acme*")
        ]
        let findings = RuleFixtureTests().findings(["resource": ["aws_iam_role": ["deploy": role]]], environment: "dev")
        #expect(
            findings.filter { $0.id == "IAM008" }.map(\.message) == [
                "the trust policy's `token.actions.githubusercontent.com:sub` condition `repo:acme*` does not name one owner's repositories, so repositories of other owners match it too"
            ]
        )
    }
}
