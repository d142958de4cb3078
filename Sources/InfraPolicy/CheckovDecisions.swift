/// The checkov checks infragen deliberately does not adopt, each with the reason, as data.
///
/// Issue 11 asks for a decision on every checkov check that fails on real-world Terraform JSON and on every check of a
/// resource type infragen's stacks render: adopted (a rule names it in `checkov:`) or declined here. Keeping the
/// declined ones as data lets `infragen explain CKV_…` answer a team moving from checkov ("why is this check gone?"),
/// and lets a test hold the two lists apart and complete (`CheckovDecisionTests`).
public enum CheckovDecisions {
    /// The reason infragen does not adopt `id`, or `nil` when it is adopted or was never decided.
    public static func declineReason(_ id: String) -> String? { declined[id] }

    /// Every declined check id, sorted the way checkov numbers them (`CKV_AWS_2` before `CKV_AWS_10`).
    public static var declinedIDs: [String] { declined.keys.sorted(by: CheckovDecisions.checkOrder) }

    /// checkov's ids in their own order: prefix, then number.
    public static func checkOrder(_ left: String, _ right: String) -> Bool {
        func key(_ id: String) -> (String, Int) {
            let prefix = id.split(separator: "_").dropLast().joined(separator: "_")
            return (prefix, Int(id.split(separator: "_").last ?? "") ?? 0)
        }
        return key(left) < key(right)
    }

    /// id → one-line reason.
    public static let declined: [String: String] = [
        // API Gateway
        "CKV_AWS_120":
            "caching is a performance and cost choice, not a control; an ill-keyed cache can even serve one caller's answer to another",
        "CKV_AWS_217":
            "create_before_destroy on deployments is Terraform ordering, not security; a replaced deployment only re-points its stage",
        "CKV_AWS_237": "create_before_destroy on a REST API is Terraform ordering, not security",
        "CKV2_AWS_4":
            "execution logging (logging_level) can write request bodies to logs; access logs (APG001) are the record of calls",
        "CKV2_AWS_29":
            "a WAF in front of an API is an architecture decision; infragen asks it of public production load balancers (ELB004)",
        "CKV2_AWS_51":
            "client-certificate (mutual TLS) authentication needs a custom domain and a trust store: an organisation choice",
        "CKV2_AWS_53": "request validation is application design; the backend validates its own input",
        "CKV2_AWS_77":
            "which managed rule groups a web ACL carries (Log4j AMR for Java backends) is the web ACL owner's choice",
        // CodeBuild
        "CKV_AWS_147":
            "CodeBuild encrypts artifacts with the account's aws/s3 key unless told not to (CBD002); a customer-managed key is an organisation choice",
        "CKV_AWS_314": "CodeBuild writes build logs to CloudWatch Logs unless `logs_config` turns them off",
        "CKV_AWS_316":
            "privileged mode is how a build runs Docker (image builds); the build container and its host are the project's own",
        // CloudFront
        "CKV_AWS_310": "origin failover is a disaster-recovery decision",
        "CKV_AWS_374": "geo restriction is a business decision, not a security default",
        "CKV2_AWS_32": "security response headers are the application's choice; many origins set them themselves",
        "CKV2_AWS_42":
            "a custom domain is a product decision; where TLS 1.0 matters CFD004 already asks for a certificate of your own",
        "CKV2_AWS_47":
            "which managed rule groups a web ACL carries (Log4j AMR for Java backends) is the web ACL owner's choice",
        // DynamoDB
        "CKV2_AWS_16":
            "on-demand (PAY_PER_REQUEST) tables scale without it; provisioned-capacity autoscaling is a cost choice",
        // EC2, VPC and security groups
        "CKV2_AWS_15":
            "the stacks' Auto Scaling groups back ECS capacity providers; the load balancer health-checks tasks, not instances",
        "CKV_AWS_126": "detailed (1-minute) monitoring is a cost choice; 5-minute metrics serve most alarms",
        "CKV_AWS_135": "EBS optimisation is on by default, and cannot be turned off, on every current instance type",
        "CKV_AWS_153": "tag propagation from an Auto Scaling group is bookkeeping, not security",
        "CKV_AWS_260":
            "port 80 open to the world is how a public load balancer redirects to HTTPS; EC2002 reports every other port, and ELB005 that HTTP only redirects",
        "CKV_AWS_277": "EC2002 reports every port beyond 80/443 open to the internet, protocol -1 (all) included",
        "CKV_AWS_315":
            "launch configurations are checked (EC2001, EC2006) wherever they are still used; moving to launch templates is a migration, not a finding",
        "CKV_AWS_341":
            "a metadata hop limit of 2 is what containers in bridge mode need to reach instance credentials; IMDSv2 itself is EC2001",
        "CKV2_AWS_1":
            "a subnet without an explicit network ACL gets the VPC's default one; security groups are the firewall EC2002 and EC2003 check",
        "CKV2_AWS_5": "an unattached security group grants nothing; it is clutter, not exposure",
        "CKV2_AWS_7": "EMR is not a service infragen renders or checks",
        "CKV2_AWS_19":
            "an unattached Elastic IP costs money but exposes nothing: no traffic reaches an address attached to nothing",
        "CKV2_AWS_35":
            "the default route of a private subnet is a network design choice (NAT gateway, NAT instance, or none with VPC endpoints)",
        "CKV2_AWS_41": "instances without a role simply have no AWS credentials, which is the safe side",
        "CKV2_AWS_44": "the stacks create no VPC peering; routes through a peering are a network design decision",
        // ECR
        "CKV_AWS_136": "ECR encrypts every image with AES-256 by default; a KMS key is an organisation choice",
        // ECS
        "CKV_AWS_223": "ECS Exec logging matters only where ECS Exec is enabled, which the stacks' services leave off",
        "CKV_AWS_224":
            "ECS Exec logging and its key matter only where ECS Exec is enabled, which the stacks' services leave off",
        "CKV_AWS_332": "a Fargate service without a platform_version already gets LATEST",
        "CKV_AWS_336":
            "a read-only root file system breaks most off-the-shelf images (temp files, caches); an application choice",
        // EFS
        "CKV_AWS_184":
            "EFS001 requires encryption at rest; a customer-managed key instead of aws/elasticfilesystem is an organisation choice",
        "CKV_AWS_329":
            "an access point's root directory is an application layout choice; the file system policy decides access",
        "CKV_AWS_330": "an access point's POSIX user is an application choice; the file system policy decides access",
        // EKS
        "CKV_AWS_37":
            "EKS003 asks for the audit and authenticator logs, the security record; the api, controllerManager and scheduler logs are operational and billed per GB",
        "CKV_AWS_58":
            "EKS envelope-encrypts all Kubernetes API data, secrets included, by default from Kubernetes 1.28; a customer-managed key is an organisation choice",
        // ElastiCache
        "CKV_AWS_134":
            "the stacks use Redis as a cache that can be rebuilt; snapshot retention is a data-owner decision",
        "CKV_AWS_191":
            "ECA001 requires encryption at rest; a customer-managed key instead of the default is an organisation choice",
        "CKV_AWS_322":
            "minor-version upgrades of a single cache node are a maintenance-window choice; the stacks use replication groups",
        "CKV_AWS_323":
            "the default subnet group is the stacks' choice only when no subnet group is set, which the ReplicationGroup construct always sets",
        "CKV2_AWS_50":
            "Multi-AZ automatic failover doubles a cache's cost; for a cache that can be rebuilt it is an availability decision",
        // Global Accelerator
        "CKV_AWS_75":
            "accelerator flow logs need a bucket and cost per record; the load balancer behind it logs (ELB008)",
        // IAM
        "CKV_AWS_61":
            "IAM006 reports trust policies with Principal `*`; a service principal list is what a trust policy is for",
        "CKV_AWS_275":
            "IAM005 reports AdministratorAccess where it is attached to a role, which is where it grants anything",
        "CKV_AWS_287":
            "IAM002/IAM003 report wildcard actions and whole services; checkov's list of credential-exposing actions is a narrower subset",
        "CKV_AWS_288":
            "IAM002/IAM003 report wildcard actions and whole services; checkov's list of exfiltration actions is a narrower subset",
        "CKV_AWS_289":
            "IAM002/IAM003 report wildcard actions and whole services; checkov's list of permission-management actions is a narrower subset",
        "CKV_AWS_290":
            "IAM003 reports a whole service on every resource; write actions on `*` are often required (logs:CreateLogStream, xray:Put*)",
        "CKV_AWS_356":
            "the data-source form of CKV_AWS_355: infragen reads a policy document where a policy, role or resource policy uses it, and reports it there (IAM003, SQS003, …)",
        "CKV2_AWS_40": "IAM002/IAM003 report iam:* and wildcard actions in the policies infragen reads",
        "CKV2_AWS_56":
            "IAM005 reports AdministratorAccess; other AWS-managed policies are reviewed where they are attached",
        "CKV2_AWS_68": "SageMaker is not a service infragen renders or checks",
        // KMS
        "CKV_AWS_227": "is_enabled defaults to true; a disabled key is a deliberate step in retiring it",
        "CKV2_AWS_64":
            "a key without a written policy gets KMS's default one, which leaves access to the account's IAM policies; a policy that lets anyone use the key is KMS002",
        // Lambda
        "CKV_AWS_272": "code signing is an organisation choice: it needs a signing profile and a signed build pipeline",
        // Load balancers
        "CKV_AWS_152":
            "cross-zone load balancing is on by default for application load balancers; for network load balancers it is an availability and cost choice (cross-zone traffic is billed), not a control",
        "CKV_AWS_261": "a target group without a health_check block gets the default check on the traffic port",
        "CKV_AWS_328": "desync mitigation defaults to `defensive`, which is what the check asks for",
        "CKV_AWS_378":
            "HTTP from the load balancer to targets inside the VPC is normal TLS termination; HTTP listeners are ELB005",
        "CKV2_AWS_76":
            "which managed rule groups a web ACL carries (Log4j AMR for Java backends) is the web ACL owner's choice",
        // Monitoring
        "CKV_AWS_319": "actions_enabled defaults to true; an alarm without actions is a deliberate dashboard alarm",
        // RDS and Aurora
        "CKV_AWS_118":
            "enhanced monitoring needs a monitoring role and costs per instance; standard CloudWatch RDS metrics serve most alarms",
        "CKV_AWS_129":
            "exported database logs land in log groups RDS creates with no retention or key; worth doing with those log groups declared, which RDS.Instance does not yet do",
        "CKV_AWS_162":
            "IAM database authentication is asked of instances (RDS013); the stacks' Aurora clusters use passwords managed by Secrets Manager",
        "CKV_AWS_211": "the CA certificate defaults to AWS's current one (rds-ca-rsa2048-g1) on new instances",
        "CKV_AWS_250":
            "an engine-version advisory for one 2022 bulletin; the engine version is the database owner's to keep current (RDS008)",
        "CKV_AWS_324":
            "exported cluster logs land in log groups RDS creates with no retention or key; the AuroraCluster construct declares its own log group",
        "CKV_AWS_325":
            "MySQL audit logging is a parameter-group choice of the database owner; the stacks run PostgreSQL",
        "CKV_AWS_326": "backtracking is a MySQL-only recovery feature; the stacks run PostgreSQL",
        "CKV_AWS_327":
            "RDS010 requires Aurora encryption at rest; a customer-managed key instead of aws/rds is an organisation choice",
        "CKV_AWS_353":
            "Performance Insights is a tuning tool with its own retention cost, not a control, and is not offered on the smallest instance classes",
        "CKV_AWS_354": "Performance Insights is not adopted (CKV_AWS_353), so neither is its key",
        "CKV_AWS_388":
            "an engine-version advisory for Aurora PostgreSQL; the engine version is the database owner's to keep current",
        "CKV2_AWS_8":
            "AWS Backup plans are an organisation-wide choice; RDS004 requires automated backups of at least 7 days",
        "CKV2_AWS_27": "query logging is a parameter-group choice that can write personal data into logs",
        "CKV2_AWS_30": "query logging is a parameter-group choice that can write personal data into logs",
        "CKV2_AWS_69":
            "TLS to the database is a parameter-group setting (rds.force_ssl) the stacks' clients already use",
        // Route 53 and ACM
        "CKV_AWS_233": "create_before_destroy on certificates is Terraform ordering, not security",
        "CKV_AWS_234": "certificate transparency logging is on by default and is what browsers require",
        "CKV2_AWS_23": "an A record may point at addresses outside the configuration; that is not an exposure",
        "CKV2_AWS_38": "DNSSEC signing needs a KMS key in us-east-1 and registrar coordination: an organisation choice",
        "CKV2_AWS_39": "DNS query logging is an organisation choice with its own cost",
        "CKV2_AWS_71": "wildcard certificates are a deliberate trade-off for many subdomains",
        // S3
        "CKV_AWS_70":
            "S3001 blocks public bucket policies (restrict_public_buckets, block_public_policy), which is what makes a `*` principal harmless",
        "CKV_AWS_93":
            "a lockout policy is caught at apply (the applying role loses access) and fixed by the root user; not a finding to read from JSON",
        "CKV_AWS_143":
            "Object Lock is a compliance decision (WORM retention), and can only be set when a bucket is created",
        "CKV_AWS_144": "cross-region replication is a DR decision",
        "CKV_AWS_300": "S3010 asks for a lifecycle configuration; which rules it holds is the data owner's choice",
        // Secrets Manager
        "CKV2_AWS_57":
            "rotation needs a rotation function per kind of secret; third-party API keys and tokens cannot be rotated by AWS",
        // SNS and SQS
        "CKV_AWS_72":
            "`SQS:*` for the owning account is the queue policy AWS itself writes (`__owner_statement`); a policy that lets anyone use the queue is SQS003",
        "CKV_AWS_385": "cross-account publishing is a deliberate integration, not a default to forbid",
        "CKV2_AWS_73":
            "SQS-managed encryption (SQS001) protects messages at rest; a customer-managed key is an organisation choice",
        // SSM
        "CKV_AWS_112":
            "the stacks use Session Manager only through ECS Exec, which they leave off; session documents are not rendered",
        "CKV_AWS_113":
            "the stacks use Session Manager only through ECS Exec, which they leave off; session documents are not rendered",
        "CKV_AWS_303": "SSM documents are private unless shared on purpose; the stacks render none",
        "CKV_AWS_337":
            "SSM001 requires SecureString for secrets; the aws/ssm key instead of a customer-managed one is an organisation choice",
        "CKV2_AWS_36": "a check of the http data source sending SSM values; infragen renders no http data sources",
        // WAF
        "CKV_AWS_175":
            "a web ACL without rules is caught in review and useless rather than dangerous; WAF101/WAF102 check what AWS refuses",
        "CKV_AWS_192":
            "which managed rule groups a web ACL carries (Log4j AMR for Java backends) is the web ACL owner's choice",
        "CKV_AWS_342": "every WAFv2 rule has an action or override_action by schema; the provider rejects one without",
        "CKV2_AWS_31": "WAF logging is an organisation choice with its own cost and a log destination to declare",
        "CKV2_AWS_78": "AppSync is not a service infragen renders or checks",
        // Catalogue entries that list every type, and generic checks
        "CKV2_AWS_37":
            "CodeCommit approval rules: infragen renders no CodeCommit (checkov's catalogue lists the check on every type)",
        "CKV2_AWS_75":
            "CORS on API Gateway v2 is the API owner's choice; checkov's catalogue lists the check on every type",
        "CKV_AWS_394":
            "the AZ list is read at plan; which zones a stack uses is pinned by its subnets, not by the data source",
        "CKV_TF_1": "module source pinning is a supply-chain policy outside AWS; infragen renders no modules",
    ]
}
