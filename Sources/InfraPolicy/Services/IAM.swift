import InfraCore

/// The rule ids of this service, as constants a stack can name in `.waive(…)`. Sorted by property name.
extension RuleID {
    public static let iamAdministratorAccess: RuleID = "IAM005"
    public static let iamAssumeAnyRole: RuleID = "IAM004"
    public static let iamInstanceProfileName: RuleID = "IAM103"
    public static let iamPassRoleWildcard: RuleID = "IAM001"
    public static let iamPolicyName: RuleID = "IAM102"
    public static let iamPublicTrust: RuleID = "IAM006"
    public static let iamRoleName: RuleID = "IAM101"
    public static let iamWildcardAction: RuleID = "IAM002"
    public static let iamWildcardServiceOnAnyResource: RuleID = "IAM003"
}

/// IAM roles, policies and instance profiles.
///
/// Every rule of the service, of every family, with its checks; `RuleCatalog` collects them.
enum IAMRules {
    static let all: [Rule] = security + limits

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
            resourceTypes: ["aws_iam_role_policy", "aws_iam_policy"],
            check: { resource in
                PolicyStatements.parse(resource).compactMap { statement in
                    guard statement.allows("iam:PassRole"), statement.resources.contains("*") else { return nil }
                    return Violation("policy", "statement `\(statement.sid)` allows iam:PassRole on `*`")
                }
            }
        ),
        Rule(
            .iamWildcardAction,
            family: .security,
            severity: .error,
            title: "IAM policies do not allow every action",
            rationale: "`Action: \"*\"` grants administrator rights over whatever the resources cover.",
            remediation: "list the actions the principal needs",
            checkov: ["CKV_AWS_62", "CKV_AWS_63"],
            trivy: ["AVD-AWS-0057"],
            resourceTypes: ["aws_iam_role_policy", "aws_iam_policy", "aws_iam_user_policy", "aws_iam_group_policy"],
            check: { resource in
                PolicyStatements.parse(resource).compactMap { statement in
                    statement.effect == "Allow" && statement.actions.contains("*")
                        ? Violation("policy", "statement `\(statement.sid)` allows every action") : nil
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
            resourceTypes: ["aws_iam_role_policy", "aws_iam_policy", "aws_iam_user_policy", "aws_iam_group_policy"],
            check: { resource in
                PolicyStatements.parse(resource).compactMap { statement in
                    guard statement.effect == "Allow", statement.resources.contains("*"),
                        let action = statement.actions.first(where: { $0 != "*" && $0.hasSuffix(":*") })
                    else { return nil }
                    return Violation("policy", "statement `\(statement.sid)` allows \(action) on every resource")
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
            resourceTypes: ["aws_iam_role_policy", "aws_iam_policy", "aws_iam_user_policy", "aws_iam_group_policy"],
            check: { resource in
                PolicyStatements.parse(resource).compactMap { statement in
                    statement.allows("sts:AssumeRole") && statement.resources.contains("*")
                        && !statement.actions.contains("*")
                        ? Violation("policy", "statement `\(statement.sid)` allows sts:AssumeRole on `*`") : nil
                }
            }
        ),
        Rule(
            .iamAdministratorAccess,
            family: .security,
            severity: .error,
            title: "Roles do not get AdministratorAccess",
            rationale: "An administrator role turns any compromise of its holder into a compromise of the account.",
            remediation: "attach a policy that grants only what the role does",
            checkov: ["CKV_AWS_274"],
            trivy: ["AVD-AWS-0143"],
            resourceTypes: [
                "aws_iam_role_policy_attachment", "aws_iam_policy_attachment", "aws_iam_user_policy_attachment",
                "aws_iam_group_policy_attachment",
            ],
            check: { resource in
                AttributeValue.string(resource["policy_arn"])?.hasSuffix(":policy/AdministratorAccess") == true
                    ? [Violation("policy_arn", "AdministratorAccess is attached")] : []
            }
        ),
        Rule(
            .iamPublicTrust,
            family: .security,
            severity: .error,
            title: "Role trust policies do not trust everyone",
            rationale: "A trust policy with Principal `*` lets any AWS account assume the role.",
            remediation: "trust named accounts, roles or services, with conditions",
            trivy: ["AVD-AWS-0057"],
            resourceTypes: ["aws_iam_role"],
            check: { resource in
                guard let text = resource["assume_role_policy"]?.templateText else { return [] }
                let compact = text.filter { !$0.isWhitespace }
                let open =
                    compact.contains("\"Principal\":\"*\"") || compact.contains("\"AWS\":\"*\"")
                    || compact.contains("\"AWS\":[\"*\"")
                return open ? [Violation("assume_role_policy", "the trust policy allows any principal")] : []
            }
        ),
    ]

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
