import InfraCore

/// The rule ids of this service, as constants a stack can name in `.waive(…)`. Sorted by property name.
extension RuleID {
    public static let sqsDeadLetterQueue: RuleID = "SQS002"
    public static let sqsDeadLetterQueueType: RuleID = "SQS104"
    public static let sqsEncrypted: RuleID = "SQS001"
    public static let sqsFIFOOnlyAttributes: RuleID = "SQS103"
    public static let sqsFIFOSuffix: RuleID = "SQS102"
    public static let sqsLambdaVisibilityTimeout: RuleID = "SQS106"
    public static let sqsMaxReceiveCount: RuleID = "SQS105"
    public static let sqsPublicPolicy: RuleID = "SQS003"
    public static let sqsQueueName: RuleID = "SQS101"
}

/// SQS queues and their redrive policies.
///
/// Every rule of the service, of every family, with its checks; `RuleCatalog` collects them.
enum SQSRules {
    static let all: [Rule] = security + limits

    /// Security and reliability rules: each may be waived with a reason and an expiry date.
    static let security: [Rule] = [
        Rule(
            .sqsEncrypted,
            family: .security,
            severity: .error,
            title: "Queues are encrypted at rest",
            rationale: "Messages often carry personal data; SQS-managed or KMS encryption costs nothing to turn on.",
            remediation: "leave `sqs_managed_sse_enabled` on (the default) or set `kms_master_key_id`",
            checkov: ["CKV_AWS_27"],
            trivy: ["AVD-AWS-0096"],
            resourceTypes: ["aws_sqs_queue"],
            check: { resource in
                AttributeValue.boolean(resource["sqs_managed_sse_enabled"]).isKnown(false)
                    && resource["kms_master_key_id"] == nil
                    ? [Violation("sqs_managed_sse_enabled", "queue is not encrypted")] : []
            }
        ),
        Rule(
            .sqsPublicPolicy,
            family: .security,
            severity: .error,
            title: "Queue policies do not let anyone use the queue",
            rationale:
                "A `*` principal with no condition on the caller lets any AWS account read, delete or send the queue's messages.",
            remediation:
                "name the principals, or keep `*` for a service and limit it with `aws:SourceArn` or `aws:SourceAccount`",
            checkov: ["CKV_AWS_168", "CKV_AWS_387"],
            resourceTypes: ["aws_sqs_queue_policy", "aws_sqs_queue"],
            check: { PrincipalStatement.publicPolicyViolations(of: $0, noun: "queue") }
        ),
        Rule(
            .sqsDeadLetterQueue,
            family: .security,
            severity: .warning,
            title: "Queues have a dead-letter queue",
            rationale:
                "Without a redrive policy, a message that always fails is retried until it expires and blocks FIFO groups.",
            remediation: "set `redrive_policy` (or an `aws_sqs_queue_redrive_policy`) pointing at a dead-letter queue",
            resourceTypes: ["aws_sqs_queue"],
            check: { resource in
                guard resource["redrive_policy"] == nil,
                    resource.companions(ofType: "aws_sqs_queue_redrive_policy").isEmpty
                else { return [] }
                // A queue that other queues use as their dead-letter queue needs none itself.
                let document = resource.document
                let isDeadLetterQueue =
                    !document.referrers(to: resource.address, ofType: "aws_sqs_queue", through: "redrive_policy")
                    .isEmpty
                    || !document.referrers(
                        to: resource.address,
                        ofType: "aws_sqs_queue_redrive_policy",
                        through: "redrive_policy"
                    ).isEmpty
                return isDeadLetterQueue ? [] : [Violation("redrive_policy", "queue has no dead-letter queue")]
            }
        ),
    ]

    /// AWS limits `terraform validate` misses: never waivable, as AWS would refuse the apply.
    static let limits: [Rule] = [
        Rule(
            .sqsQueueName,
            family: .limits,
            severity: .error,
            title: "SQS queue names fit SQS's rules",
            rationale:
                "Queue names are at most 80 characters including a `.fifo` suffix, of letters, digits, hyphens and underscores; the provider checks this only in CustomizeDiff at plan, and not at all for computed names.",
            remediation: "shorten the name; FIFO queue names leave 75 characters before `.fifo`",
            resourceTypes: ["aws_sqs_queue"],
            check: { SQSRules.sqsQueueName($0) }
        ),
        Rule(
            .sqsFIFOSuffix,
            family: .limits,
            severity: .error,
            title: "FIFO queues end in .fifo, and only FIFO queues do",
            rationale:
                "SQS requires a FIFO queue's name to end in `.fifo` and rejects the suffix (its dot) on a standard queue.",
            remediation: "set `fifo_queue = true` and a name ending in `.fifo` together, or neither",
            resourceTypes: ["aws_sqs_queue"],
            check: { SQSRules.sqsFIFOSuffix($0) }
        ),
        Rule(
            .sqsFIFOOnlyAttributes,
            family: .limits,
            severity: .error,
            title: "FIFO-only queue attributes are set only on FIFO queues",
            rationale:
                "ContentBasedDeduplication, DeduplicationScope and FifoThroughputLimit exist only on FIFO queues; CreateQueue rejects them on a standard queue.",
            remediation: "remove the attribute, or make the queue FIFO",
            resourceTypes: ["aws_sqs_queue"],
            check: { SQSRules.sqsFIFOOnlyAttributes($0) }
        ),
        Rule(
            .sqsDeadLetterQueueType,
            family: .limits,
            severity: .error,
            title: "A dead-letter queue matches its source queue's type and region",
            rationale:
                "The dead-letter queue of a FIFO queue must be a FIFO queue, and that of a standard queue a standard queue (SQS dead-letter queue docs); the redrive policy is a JSON string, so nothing checks it before apply.",
            remediation:
                "make the dead-letter queue FIFO exactly when the source queue is, and create it through the same provider",
            resourceTypes: ["aws_sqs_queue", "aws_sqs_queue_redrive_policy"],
            check: { SQSRules.sqsDeadLetterQueueType($0) }
        ),
        Rule(
            .sqsMaxReceiveCount,
            family: .limits,
            severity: .error,
            title: "Redrive maxReceiveCount is 1–1000",
            rationale:
                "SQS accepts a maxReceiveCount from 1 to 1000; inside the redrive_policy JSON string the value is unchecked until apply.",
            remediation: "set maxReceiveCount between 1 and 1000 (3–5 is typical)",
            resourceTypes: ["aws_sqs_queue", "aws_sqs_queue_redrive_policy"],
            check: { SQSRules.sqsMaxReceiveCount($0) }
        ),
        Rule(
            .sqsLambdaVisibilityTimeout,
            family: .limits,
            severity: .error,
            title: "A queue's visibility timeout covers its Lambda consumer's timeout",
            rationale:
                "CreateEventSourceMapping fails when the queue's visibility timeout (default 30 s) is shorter than the function's timeout (default 3 s); AWS recommends six times the function timeout.",
            remediation: "raise `visibility_timeout_seconds` to at least the function timeout, ideally six times it",
            resourceTypes: ["aws_lambda_event_source_mapping"],
            check: { SQSRules.sqsLambdaVisibilityTimeout($0) }
        ),
    ]
}

extension SQSRules {
    static func sqsQueueName(_ queue: ResourceView) -> [Violation] {
        var violations: [Violation] = []
        if let name = AttributeValue.string(queue["name"]) {
            let base = name.hasSuffix(".fifo") ? String(name.dropLast(5)) : name
            let limit = NameLimit.sqsQueue
            if name.count > limit.maximum {
                violations.append(
                    Violation(
                        "name",
                        "SQS queue name `\(name)` is \(name.count) characters long; the limit is 80 including any `.fifo` suffix"
                    )
                )
            }
            if base.isEmpty {
                violations.append(Violation("name", "SQS queue name `\(name)` has no characters before its suffix"))
            }
            if let bad = base.unicodeScalars.first(where: { !limit.allows($0) }) {
                violations.append(
                    Violation("name", "SQS queue name `\(name)` contains `\(bad)`; only \(limit.charset) are allowed")
                )
            }
        }
        let fifo = AttributeValue.bool(queue["fifo_queue"], default: false) ?? false
        violations += NameLimit.sqsQueue.prefixViolations(queue["name_prefix"], suffix: fifo ? ".fifo" : "")
        return violations
    }

    static func sqsFIFOSuffix(_ queue: ResourceView) -> [Violation] {
        guard let name = AttributeValue.string(queue["name"]),
            let fifo = AttributeValue.bool(queue["fifo_queue"], default: false)
        else {
            return []
        }
        if fifo && !name.hasSuffix(".fifo") {
            return [Violation("name", "FIFO queue name `\(name)` does not end in `.fifo`")]
        }
        if !fifo && name.hasSuffix(".fifo") {
            return [Violation("fifo_queue", "queue name `\(name)` ends in `.fifo`, but fifo_queue is not true")]
        }
        return []
    }

    /// Attributes SQS accepts only on FIFO queues.
    static func sqsFIFOOnlyAttributes(_ queue: ResourceView) -> [Violation] {
        guard AttributeValue.bool(queue["fifo_queue"], default: false) == false else { return [] }
        var violations: [Violation] = []
        if AttributeValue.bool(queue["content_based_deduplication"]) == true {
            violations.append(
                Violation(
                    "content_based_deduplication",
                    "content_based_deduplication is true on a standard (non-FIFO) queue"
                )
            )
        }
        for key in ["deduplication_scope", "fifo_throughput_limit"] {
            if let value = AttributeValue.string(queue[key]) {
                violations.append(Violation(key, "\(key) is `\(value)` on a standard (non-FIFO) queue"))
            }
        }
        return violations
    }

    /// The source queue and the parsed redrive policy of an `aws_sqs_queue` or an `aws_sqs_queue_redrive_policy`.
    static func redrive(_ resource: ResourceView) -> (source: ResourceView?, policy: JSONValue)? {
        guard let policy = resource.embeddedJSON("redrive_policy"), policy.objectValue != nil else { return nil }
        if resource.type == "aws_sqs_queue_redrive_policy" {
            return (resource.document.target(of: resource["queue_url"], ofType: "aws_sqs_queue"), policy)
        }
        return (resource, policy)
    }

    static func sqsDeadLetterQueueType(_ resource: ResourceView) -> [Violation] {
        guard let (source, policy) = redrive(resource), let source else { return [] }
        let document = resource.document
        let arn = policy["deadLetterTargetArn"]
        var violations: [Violation] = []
        if let deadLetter = document.target(of: arn) ?? document.target(ofTemplate: arn?.templateText),
            deadLetter.address.type == "aws_sqs_queue"
        {
            if let sourceFIFO = AttributeValue.bool(source["fifo_queue"], default: false),
                let deadLetterFIFO = AttributeValue.bool(deadLetter["fifo_queue"], default: false),
                sourceFIFO != deadLetterFIFO
            {
                let kinds = (sourceFIFO ? "FIFO" : "standard", deadLetterFIFO ? "FIFO" : "standard")
                violations.append(
                    Violation(
                        "redrive_policy",
                        "the \(kinds.0) queue `\(source.address)` sends failed messages to `\(deadLetter.address)`, a \(kinds.1) queue; a dead-letter queue must be of the same type"
                    )
                )
            }
            if let sourceRegion = Providers.region(of: source), let deadLetterRegion = Providers.region(of: deadLetter),
                sourceRegion != deadLetterRegion
            {
                violations.append(
                    Violation(
                        "redrive_policy",
                        "`\(source.address)` (\(sourceRegion)) sends failed messages to `\(deadLetter.address)` in \(deadLetterRegion); a dead-letter queue must be in the same region"
                    )
                )
            }
        } else if let text = AttributeValue.string(arn), let deadLetterRegion = Providers.region(ofARN: text),
            let sourceRegion = Providers.region(of: source),
            deadLetterRegion != sourceRegion
        {
            violations.append(
                Violation(
                    "redrive_policy",
                    "`\(source.address)` (\(sourceRegion)) sends failed messages to `\(text)` in \(deadLetterRegion); a dead-letter queue must be in the same region"
                )
            )
        }
        return violations
    }

    static func sqsMaxReceiveCount(_ resource: ResourceView) -> [Violation] {
        guard let (_, policy) = redrive(resource), let count = AttributeValue.int(policy["maxReceiveCount"]),
            !(1...1000).contains(count)
        else { return [] }
        return [Violation("redrive_policy", "redrive_policy maxReceiveCount \(count) is outside 1–1000")]
    }

    static func sqsLambdaVisibilityTimeout(_ mapping: ResourceView) -> [Violation] {
        let document = mapping.document
        guard let queue = document.target(of: mapping["event_source_arn"], ofType: "aws_sqs_queue"),
            let function = document.target(of: mapping["function_name"], ofType: "aws_lambda_function"),
            let visibility = AttributeValue.int(queue["visibility_timeout_seconds"], default: 30),
            let timeout = AttributeValue.int(function["timeout"], default: 3),
            visibility < timeout
        else { return [] }
        return [
            Violation(
                "event_source_arn",
                "`\(queue.address)` has a visibility timeout of \(visibility) s, shorter than the \(timeout) s timeout of `\(function.address)`"
            )
        ]
    }
}

extension NameLimit {
    static let sqsQueue = NameLimit(
        kind: "SQS queue name",
        maximum: 80,
        charset: "letters, digits, hyphens and underscores (plus a final `.fifo`)",
        allows: NameCharacters.alphanumeric(or: "-_")
    )
}
