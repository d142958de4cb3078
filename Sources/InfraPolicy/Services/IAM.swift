import InfraCore

/// The rule ids of this service, as constants a stack can name in `.waive(…)`. Sorted by property name.
extension RuleID {
    public static let iamAdministratorAccess: RuleID = "IAM005"
    public static let iamAssumeAnyRole: RuleID = "IAM004"
    public static let iamGitHubOIDCSubject: RuleID = "IAM008"
    public static let iamPatternPrincipal: RuleID = "IAM009"
    public static let iamInstanceProfileName: RuleID = "IAM103"
    public static let iamPassRoleWildcard: RuleID = "IAM001"
    public static let iamPolicyName: RuleID = "IAM102"
    public static let iamProviderLiteralCredentials: RuleID = "IAM007"
    public static let iamPublicTrust: RuleID = "IAM006"
    public static let iamRoleName: RuleID = "IAM101"
    public static let iamWildcardAction: RuleID = "IAM002"
    public static let iamWildcardServiceOnAnyResource: RuleID = "IAM003"
}

/// IAM roles, policies and instance profiles.
///
/// Every rule of the service, of every family, with its checks; `RuleCatalog` collects them.
enum IAMRules {
    static let all: [Rule] = security + [providerCredentials] + limits

    /// Security and reliability rules: each may be waived with a reason and an expiry date.
    static let security: [Rule] = [
        Rule(
            .iamPassRoleWildcard,
            family: .security,
            severity: .error,
            title: "iam:PassRole is limited to named roles",
            rationale:
                "iam:PassRole on `*` lets the holder hand any role in the account, including administrators, to a service it controls: a privilege escalation.",
            remediation:
                "list the ARNs of the roles that really need passing, and add an `iam:PassedToService` condition",
            checkov: ["CKV_AWS_286"],
            trivy: ["AVD-AWS-0057"],
            resourceTypes: IAMRules.policyTypes,
            check: { resource in
                IAMRules.statements(of: resource).compactMap { written, statement in
                    // A statement that allows every action is IAM002's finding, whose fix removes this one too.
                    guard statement.allows("iam:PassRole"), !statement.allowsEveryAction,
                        let roles = statement.coverage(ofEvery: "role", of: "iam")
                    else { return nil }
                    return Violation(written, "statement `\(statement.sid)` allows iam:PassRole on \(roles)")
                }
            }
        ),
        Rule(
            .iamWildcardAction,
            family: .security,
            severity: .error,
            title: "IAM policies do not allow every action",
            rationale:
                "`Action: \"*\"` grants administrator rights over whatever the resources cover; so does an Allow with `NotAction`, which grants every action but the few it lists, and every action AWS adds later.",
            remediation: "list the actions the principal needs (an Allow with `NotAction` lists what it withholds)",
            checkov: ["CKV_AWS_62", "CKV_AWS_63"],
            trivy: ["AVD-AWS-0057"],
            resourceTypes: IAMRules.policyTypes,
            check: { resource in
                IAMRules.statements(of: resource).compactMap { written, statement in
                    guard statement.allowsEveryAction else { return nil }
                    guard !statement.actions.contains("*"), let withheld = statement.notActions else {
                        return Violation(written, "statement `\(statement.sid)` allows every action")
                    }
                    let but = withheld.isEmpty ? "" : " but " + Wording.list(withheld.map { "`\($0)`" })
                    return Violation(
                        written,
                        "statement `\(statement.sid)` allows every action\(but) (an Allow with NotAction)"
                    )
                }
            }
        ),
        Rule(
            .iamWildcardServiceOnAnyResource,
            family: .security,
            severity: .warning,
            title: "IAM policies do not grant a whole service on every resource",
            rationale: "`s3:*` on `*` reaches every bucket in the account, including ones created later.",
            remediation: "name the resources, or narrow the actions",
            checkov: ["CKV_AWS_355"],
            resourceTypes: IAMRules.policyTypes,
            check: { resource in
                IAMRules.statements(of: resource).compactMap { written, statement in
                    guard statement.effect == "Allow" else { return nil }
                    for action in statement.actions where action != "*" && action.hasSuffix(":*") {
                        guard let covered = statement.coverage(of: String(action.dropLast(2))) else { continue }
                        let resources = covered == "`*`" ? "every resource" : covered
                        return Violation(written, "statement `\(statement.sid)` allows \(action) on \(resources)")
                    }
                    return nil
                }
            }
        ),
        Rule(
            .iamAssumeAnyRole,
            family: .security,
            severity: .error,
            title: "IAM policies do not allow assuming any role",
            rationale: "sts:AssumeRole on `*` lets the principal become any role that trusts the account.",
            remediation: "name the role ARNs that may be assumed",
            trivy: ["AVD-AWS-0057"],
            resourceTypes: IAMRules.policyTypes,
            check: { resource in
                IAMRules.statements(of: resource).compactMap { written, statement in
                    guard statement.allows("sts:AssumeRole"), !statement.allowsEveryAction,
                        let roles = statement.coverage(ofEvery: "role", of: "iam")
                    else { return nil }
                    return Violation(written, "statement `\(statement.sid)` allows sts:AssumeRole on \(roles)")
                }
            }
        ),
        Rule(
            .iamAdministratorAccess,
            family: .security,
            severity: .error,
            title: "Roles, users and groups do not get AdministratorAccess",
            rationale:
                "An administrator role, user or group turns any compromise of its holder into a compromise of the account.",
            remediation: "attach a policy that grants only what the role, user or group needs",
            checkov: ["CKV_AWS_274"],
            resourceTypes: [
                "aws_iam_role_policy_attachment", "aws_iam_policy_attachment", "aws_iam_user_policy_attachment",
                "aws_iam_group_policy_attachment", "aws_iam_role",
            ],
            check: { resource in
                if resource.type == "aws_iam_role" {
                    // `managed_policy_arns` attaches managed policies without an attachment resource.
                    let arns = resource["managed_policy_arns"]?.arrayValue ?? []
                    return arns.enumerated().compactMap { index, arn in
                        IAMRules.isAdministratorAccess(arn)
                            ? Violation("managed_policy_arns[\(index)]", "AdministratorAccess is attached") : nil
                    }
                }
                return IAMRules.isAdministratorAccess(resource["policy_arn"])
                    ? [Violation("policy_arn", "AdministratorAccess is attached")] : []
            }
        ),
        Rule(
            .iamPublicTrust,
            family: .security,
            severity: .error,
            title: "Role trust policies do not trust everyone",
            rationale:
                "A trust policy whose Allow statement names Principal `*` (or `*` among its AWS principals) lets any AWS account assume the role, unless a condition limits the caller to an organization, account or ARN.",
            remediation:
                "trust named accounts, roles or services, or limit `*` with a condition such as `aws:PrincipalOrgID`",
            checkov: ["CKV_AWS_60"],
            trivy: ["AVD-AWS-0057"],
            resourceTypes: ["aws_iam_role"],
            check: { IAMRules.publicTrust($0) }
        ),
        Rule(
            .iamGitHubOIDCSubject,
            family: .security,
            severity: .error,
            title: "Roles trusting GitHub Actions name the repositories",
            rationale:
                "GitHub's OIDC provider signs a token for every workflow of every repository on GitHub; a trust policy that checks only the audience lets any of them assume the role. The subject claim names the repository (and branch or environment): `repo:acme*`, with no `/`, also matches the repositories of `acme-evil`, and a subject that starts with another claim (`environment:prod`, `workflow:deploy`) names no repository at all.",
            remediation:
                "add a `token.actions.githubusercontent.com:sub` condition naming the repositories, e.g. `StringLike` `repo:ORG/REPO:ref:refs/heads/main`",
            checkov: ["CKV_AWS_358", "CKV_AWS_393"],
            resourceTypes: ["aws_iam_role"],
            check: { GitHubOIDCTrust.violations(of: $0) }
        ),
        Rule(
            .iamPatternPrincipal,
            family: .security,
            severity: .warning,
            title: "Policies name principals without wildcards inside",
            rationale:
                "IAM does not match a wildcard inside a principal (`arn:aws:iam::111122223333:role/app-*`, `arn:aws:iam::*:root`): the IAM user guide says a wildcard cannot match part of a principal name or ARN, and IAM Access Analyzer reports it as an error. The statement then lets no one in, and the role or resource the policy protects is out of reach of the callers it was written for (or the apply is refused). `*` alone means everyone, and is IAM006's and the resource rules' to judge.",
            remediation:
                "name each principal, or name the account (`arn:aws:iam::111122223333:root`) with a `StringLike` condition on `aws:PrincipalArn`",
            resourceTypes: Set(PrincipalStatement.policyAttributes.keys),
            check: { PrincipalStatement.patternPrincipalViolations(of: $0) }
        ),
    ]

    /// Provider credentials: the `provider "aws"` blocks are not resources, so the rule looks at them once per
    /// document, reported on the document's first resource (in address order), which is also where a waiver goes; a
    /// document that declares no resource is checked through a view of none (`PolicyEngine.unsortedFindings`).
    static let providerCredentials = Rule(
        .iamProviderLiteralCredentials,
        family: .security,
        severity: .error,
        title: "AWS provider blocks hold no literal credentials",
        rationale:
            "An access key, secret key or session token written into the configuration is in version control and in every copy of the file; whoever reads it acts as that IAM user.",
        remediation:
            "remove the key from the provider block and let the provider read credentials from the environment, a profile or an assumed role; rotate the exposed key",
        checkov: ["CKV_AWS_41"],
        resourceTypes: [Rule.everyType],
        check: { resource in
            let document = resource.document
            // Once per document: at its first resource, or at the view of a document that declares none.
            guard let configurations = document.providers["aws"],
                resource.address == document.firstAddress || document.firstAddress == nil
            else { return [] }
            var found: [Violation] = []
            for (index, configuration) in configurations.enumerated() {
                let which =
                    configuration["alias"]?.literalString.map { "provider aws (alias `\($0)`)" } ?? "provider aws"
                for key in ["access_key", "secret_key", "token"] {
                    // Only a literal is a finding: `${var.secret_key}` comes from outside the file.
                    guard let value = AttributeValue.string(configuration[key]), !value.isEmpty else { continue }
                    found.append(Violation("provider.aws[\(index)].\(key)", "\(which) sets \(key) as a literal string"))
                }
            }
            return found
        }
    )

    /// AWS limits `terraform validate` misses: never waivable, as AWS would refuse the apply.
    static let limits: [Rule] = [
        Rule(
            .iamRoleName,
            family: .limits,
            severity: .error,
            title: "IAM role names fit IAM's rules",
            rationale:
                "Role names are at most 64 characters of letters, digits and `_+=,.@-` (name_prefix at most 38, as Terraform appends 26); validate checks only literal names.",
            remediation: "shorten the role name",
            resourceTypes: ["aws_iam_role"],
            check: { NameLimit.iamRole.violations($0["name"]) + NameLimit.iamRole.prefixViolations($0["name_prefix"]) }
        ),
        Rule(
            .iamPolicyName,
            family: .limits,
            severity: .error,
            title: "IAM policy names fit IAM's rules",
            rationale: "Managed and inline policy names are at most 128 characters of letters, digits and `_+=,.@-`.",
            remediation: "shorten the policy name",
            resourceTypes: ["aws_iam_policy", "aws_iam_role_policy", "aws_iam_user_policy", "aws_iam_group_policy"],
            check: {
                NameLimit.iamPolicy.violations($0["name"]) + NameLimit.iamPolicy.prefixViolations($0["name_prefix"])
            }
        ),
        Rule(
            .iamInstanceProfileName,
            family: .limits,
            severity: .error,
            title: "Instance profile names fit IAM's rules",
            rationale: "Instance profile names are at most 128 characters of letters, digits and `_+=,.@-`.",
            remediation: "shorten the instance profile name",
            resourceTypes: ["aws_iam_instance_profile"],
            check: {
                NameLimit.iamInstanceProfile.violations($0["name"])
                    + NameLimit.iamInstanceProfile.prefixViolations($0["name_prefix"])
            }
        ),
    ]
}

extension IAMRules {
    /// Every resource type that writes an IAM policy document the grant rules read: managed and inline policies, and
    /// roles (through `inline_policy`). Policies built with `data.aws_iam_policy_document` are read through the
    /// resource that uses them (`PolicyStatements.written(by:)`).
    static let policyTypes: Set<String> = [
        "aws_iam_group_policy", "aws_iam_policy", "aws_iam_role", "aws_iam_role_policy", "aws_iam_user_policy",
    ]

    /// Every statement of every policy the resource writes, with the attribute it is written in.
    static func statements(of resource: ResourceView) -> [(String, PolicyStatements)] {
        PolicyStatements.written(by: resource).flatMap { written in written.statements.map { (written.attribute, $0) } }
    }

    /// IAM006: an Allow statement of the trust policy that names every principal, with no condition that limits who
    /// the caller is. A Deny statement, or a condition key known only at plan, is no finding.
    static func publicTrust(_ role: ResourceView) -> [Violation] {
        guard let statements = PrincipalStatement.statements(of: role, in: "assume_role_policy") else { return [] }
        let open = statements.contains { $0.admitsEveryone(unlessConditionedOn: callerConditionKeys) }
        return open ? [Violation("assume_role_policy", "the trust policy allows any principal")] : []
    }

    /// Condition keys that limit who may assume a role trusting `*`: the caller's organization, account or ARN, or
    /// the resource a service acts for. Lower case, as IAM compares keys without case.
    static let callerConditionKeys: Set<String> = [
        "aws:principalorgid", "aws:principalorgpaths", "aws:principalaccount", "aws:principalarn", "aws:sourceaccount",
        "aws:sourcearn", "aws:sourceorgid", "aws:sourceorgpaths", "aws:userid",
    ]

    /// Whether a policy ARN is the AWS-managed AdministratorAccess policy (any partition).
    static func isAdministratorAccess(_ value: JSONValue?) -> Bool {
        AttributeValue.string(value)?.hasSuffix(":policy/AdministratorAccess") == true
    }
}

extension NameLimit {
    static let iamRole = NameLimit(
        kind: "IAM role name",
        maximum: 64,
        charset: "letters, digits and `_+=,.@-`",
        allows: NameCharacters.alphanumeric(or: "_+=,.@-")
    )
    static let iamPolicy = NameLimit(
        kind: "IAM policy name",
        maximum: 128,
        charset: "letters, digits and `_+=,.@-`",
        allows: NameCharacters.alphanumeric(or: "_+=,.@-")
    )
    static let iamInstanceProfile = NameLimit(
        kind: "instance profile name",
        maximum: 128,
        charset: "letters, digits and `_+=,.@-`",
        allows: NameCharacters.alphanumeric(or: "_+=,.@-")
    )
}
