import InfraCore

// hashicorp/aws 5.100.0 value constraints (aws_ssm_document, aws_ssm_parameter).
// Ranges, lengths, value lists, ARN/JSON checks and argument combinations are the words of the 5.100.0
// validators themselves (`terraform validate` on probe values); patterns behind custom messages were read
// from the provider source. `source` is the provider file that declares the argument (see ProviderConstraints.swift).

extension ProviderConstraints {
    static let ssm: [ResourceConstraints] = [
        ResourceConstraints(
            "aws_ssm_document",
            source: "internal/service/ssm/document.go",
            [
                .oneOf("attachments_source.key", ["SourceUrl", "S3FileUrl", "AttachmentReference"]),
                .length("attachments_source.name", 3...128),
                .length("attachments_source.values", 1...1024),
                .oneOf("document_format", ["YAML", "JSON", "TEXT"]),
                .oneOf(
                    "document_type",
                    [
                        "Command", "Policy", "Automation", "Session", "Package", "ApplicationConfiguration",
                        "ApplicationConfigurationSchema", "DeploymentStrategy", "ChangeCalendar",
                        "Automation.ChangeTemplate", "ProblemAnalysis", "ProblemAnalysisTemplate", "CloudFormation",
                        "ConformancePackTemplate", "QuickSetup", "ManualApprovalPolicy", "AutoApprovalPolicy",
                    ]
                ),
                .length("name", 3...128),
                .length("target_type", 1...200),
                .length("version_name", 3...128),
            ]
        ),
        ResourceConstraints(
            "aws_ssm_parameter",
            source: "internal/service/ssm/parameter.go",
            [
                .length("allowed_pattern", 0...1024),
                .oneOf("data_type", ["aws:ec2:image", "aws:ssm:integration", "text"]),
                .length("description", 0...1024),
                .length("name", 1...2048),
                .oneOf("tier", ["Standard", "Advanced", "Intelligent-Tiering"]),
                .oneOf("type", ["String", "StringList", "SecureString"]),
                .requiredWith("value_wo", ["value_wo_version"]),
                .exactlyOneOf(["insecure_value", "value", "value_wo"]),
            ]
        ),
    ]
}
