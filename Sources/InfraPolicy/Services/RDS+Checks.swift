import InfraCore

// The checks behind the rules of RDSRules (RDS.swift).
extension RDSRules {
    /// `identifier` or `cluster_identifier` and their prefixes against RDS's identifier rules.
    static func rdsIdentifier(_ resource: ResourceView) -> [Violation] {
        let isCluster = resource.type == "aws_rds_cluster"
        let key = isCluster ? "cluster_identifier" : "identifier"
        let kind = isCluster ? "DB cluster identifier" : "DB instance identifier"
        var violations: [Violation] = []
        if let identifier = AttributeValue.string(resource[key]) {
            violations += identifierProblems(identifier, maximum: 63).map {
                Violation(key, "\(kind) `\(identifier)` \($0)")
            }
        }
        if let prefix = AttributeValue.string(resource["\(key)_prefix"]) {
            violations += identifierProblems(prefix, maximum: 63 - 26, isPrefix: true)
                .map { Violation("\(key)_prefix", "\(kind) prefix `\(prefix)` \($0)") }
        }
        return violations
    }

    private static func identifierProblems(_ text: String, maximum: Int, isPrefix: Bool = false) -> [String] {
        if isPlainIdentifier(text, maximum: maximum, isPrefix: isPrefix) { return [] }
        var problems: [String] = []
        if text.isEmpty { return ["is empty"] }
        if text.count > maximum {
            problems.append(
                "is \(text.count) characters long; the limit is \(maximum)\(isPrefix ? " (Terraform appends 26 characters)" : "")"
            )
        }
        if let first = text.unicodeScalars.first, !NameCharacters.isLetter(first) {
            problems.append("does not start with a letter")
        }
        if let bad = text.unicodeScalars.first(where: { !(NameCharacters.isLowercaseAlphanumeric($0) || $0 == "-") }) {
            problems.append("contains `\(bad)`; only lowercase letters, digits and hyphens are allowed")
        }
        if text.contains("--") { problems.append("contains two consecutive hyphens") }
        if !isPrefix, text.hasSuffix("-") { problems.append("ends with a hyphen") }
        return problems
    }

    /// Whether `text` breaks none of the rules `identifierProblems` checks, read byte by byte: the usual identifier
    /// is lowercase ASCII, where counting characters and scanning scalars three times cost some 8,000 instructions.
    private static func isPlainIdentifier(_ text: String, maximum: Int, isPrefix: Bool) -> Bool {
        let utf8 = text.utf8
        // Only lowercase letters, digits and hyphens pass below, so the byte count is the character count.
        guard let first = utf8.first, first >= UInt8(ascii: "a"), first <= UInt8(ascii: "z"), utf8.count <= maximum
        else { return false }
        var previous: UInt8 = 0
        for byte in utf8 {
            let isLowercaseAlphanumeric =
                (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z"))
                || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
            guard isLowercaseAlphanumeric || byte == UInt8(ascii: "-") else { return false }
            if byte == UInt8(ascii: "-"), previous == UInt8(ascii: "-") { return false }
            previous = byte
        }
        return isPrefix || previous != UInt8(ascii: "-")
    }

    /// An `aws_db_instance` that replicates another (`replicate_source_db`): it takes its engine, storage encryption
    /// and backups from its source, and RDS makes no final snapshot of it.
    static func isReadReplica(_ resource: ResourceView) -> Bool {
        resource.type == "aws_db_instance" && !AttributeValue.isAbsent(resource["replicate_source_db"])
    }

    /// Whether the storage's encryption comes from elsewhere, so that `storage_encrypted` does not decide it: a read
    /// replica is encrypted as its source is (or with its `kms_key_id` in another region), and a database restored
    /// from a snapshot as the snapshot is. RDS takes no `storage_encrypted` for either; the rule reports the source
    /// where the document declares it.
    static func encryptionIsInherited(_ resource: ResourceView) -> Bool {
        isReadReplica(resource) || !AttributeValue.isAbsent(resource["snapshot_identifier"])
    }

    static func rdsFinalSnapshotIdentifier(_ resource: ResourceView) -> [Violation] {
        guard AttributeValue.bool(resource["skip_final_snapshot"], default: false) == false,
            AttributeValue.isAbsent(resource["final_snapshot_identifier"]),
            !isReadReplica(resource)
        else { return [] }
        return [
            Violation(
                "final_snapshot_identifier",
                "skip_final_snapshot is false\(resource["skip_final_snapshot"] == nil ? " (the default)" : "") but no final_snapshot_identifier is set, so destroy will fail"
            )
        ]
    }

    static func rdsMasterPassword(_ resource: ResourceView) -> [Violation] {
        let key = resource.type == "aws_rds_cluster" ? "master_password" : "password"
        guard let password = AttributeValue.string(resource[key]) else { return [] }
        var violations: [Violation] = []
        let forbidden: Set<Unicode.Scalar> = ["/", "\"", "@", " "]
        if let bad = password.unicodeScalars.first(where: {
            !($0.value >= 0x20 && $0.value < 0x7F) || forbidden.contains($0)
        }) {
            violations.append(
                Violation(
                    key,
                    "the master password contains \(Wording.describe(bad)); RDS allows printable ASCII except `/`, `\"`, `@` and space"
                )
            )
        }
        let engine = AttributeValue.string(resource["engine"])
        if let engine, let range = passwordLength(engine: engine), !range.contains(password.count) {
            violations.append(
                Violation(
                    key,
                    "the master password is \(password.count) characters long; \(engine) accepts \(range.lowerBound)–\(range.upperBound)"
                )
            )
        }
        return violations
    }

    /// Master password lengths by engine (CreateDBInstance `MasterUserPassword`); `nil` when the engine is not known.
    private static func passwordLength(engine: String) -> ClosedRange<Int>? {
        if engine.contains("mysql") || engine.contains("mariadb") || engine == "aurora" { return 8...41 }
        if engine.contains("postgres") { return 8...128 }
        if engine.hasPrefix("oracle") { return 8...30 }
        if engine.hasPrefix("sqlserver") { return 8...128 }
        return nil
    }

    static func auroraServerlessV2Capacity(_ cluster: ResourceView) -> [Violation] {
        guard let scaling = cluster.block("serverlessv2_scaling_configuration") else { return [] }
        let path = "serverlessv2_scaling_configuration"
        var violations: [Violation] = []
        let minimum = AttributeValue.double(scaling["min_capacity"])
        let maximum = AttributeValue.double(scaling["max_capacity"])
        for (name, value) in [("min_capacity", minimum), ("max_capacity", maximum)] {
            if let value, (value * 2).rounded() != value * 2 {
                violations.append(Violation("\(path).\(name)", "\(name) \(format(value)) is not a multiple of 0.5 ACU"))
            }
        }
        if let minimum, minimum != 0, minimum < 0.5 {
            violations.append(
                Violation(
                    "\(path).min_capacity",
                    "min_capacity \(format(minimum)) is below 0.5 ACU (0 is allowed only for auto-pause)"
                )
            )
        }
        if let maximum, maximum > 256 {
            violations.append(
                Violation("\(path).max_capacity", "max_capacity \(format(maximum)) is above the limit of 256 ACU")
            )
        }
        if let maximum, maximum < 1 {
            violations.append(Violation("\(path).max_capacity", "max_capacity \(format(maximum)) is below 1 ACU"))
        }
        if let minimum, let maximum, minimum > maximum {
            violations.append(
                Violation(
                    "\(path).min_capacity",
                    "min_capacity \(format(minimum)) is above max_capacity \(format(maximum))"
                )
            )
        }
        return violations
    }

    private static func format(_ value: Double) -> String {
        value.rounded() == value && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }

    static func auroraServerlessV2Instance(_ instance: ResourceView) -> [Violation] {
        guard AttributeValue.string(instance["instance_class"]) == "db.serverless",
            let cluster = instance.document.target(of: instance["cluster_identifier"], ofType: "aws_rds_cluster")
        else { return [] }
        var violations: [Violation] = []
        if cluster.block("serverlessv2_scaling_configuration") == nil {
            violations.append(
                Violation(
                    "instance_class",
                    "a db.serverless instance joins `\(cluster.address)`, which has no serverlessv2_scaling_configuration"
                )
            )
        }
        if let mode = AttributeValue.string(cluster["engine_mode"]), mode != "provisioned" {
            violations.append(
                Violation(
                    "instance_class",
                    "a db.serverless instance joins `\(cluster.address)`, whose engine_mode is `\(mode)`, not `provisioned`"
                )
            )
        }
        return violations
    }
}
