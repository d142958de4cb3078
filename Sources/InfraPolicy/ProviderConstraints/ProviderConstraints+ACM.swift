import InfraCore

// hashicorp/aws 5.100.0 value constraints (aws_acm_certificate, aws_acm_certificate_validation).
// Ranges, lengths, value lists, ARN/JSON checks and argument combinations are the words of the 5.100.0
// validators themselves (`terraform validate` on probe values); patterns behind custom messages were read
// from the provider source. `source` is the provider file that declares the argument (see ProviderConstraints.swift).

extension ProviderConstraints {
    static let acm: [ResourceConstraints] = [
        ResourceConstraints(
            "aws_acm_certificate",
            source: "internal/service/acm/certificate.go",
            [
                .arn("certificate_authority_arn"),
                .conflicts("certificate_authority_arn", ["certificate_body"]),
                .requiredWith("certificate_body", ["private_key"]),
                .conflicts("certificate_body", ["certificate_authority_arn"]),
                .conflicts("certificate_chain", ["certificate_authority_arn"]),
                .conflicts("early_renewal_duration", ["certificate_body"]),
                .oneOf(
                    "key_algorithm",
                    ["RSA_1024", "RSA_2048", "RSA_3072", "RSA_4096", "EC_prime256v1", "EC_secp384r1", "EC_secp521r1"]
                ),
                .conflicts("key_algorithm", ["certificate_body"]),
                .oneOf("options.certificate_transparency_logging_preference", ["ENABLED", "DISABLED"]),
                .length("subject_alternative_names", 1...253),
                .conflicts("subject_alternative_names", ["certificate_body"]),
                .oneOf("validation_method", ["EMAIL", "DNS", "HTTP"]),
                .conflicts("validation_method", ["certificate_authority_arn"]),
                .conflicts("validation_option", ["certificate_body"]),
                .exactlyOneOf(["domain_name", "private_key"]),
            ]
        ),
        ResourceConstraints(
            "aws_acm_certificate_validation",
            source: "internal/service/acm/certificate_validation.go",
            []
        ),
    ]
}
