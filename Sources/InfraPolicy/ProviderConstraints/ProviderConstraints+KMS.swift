import InfraCore

// hashicorp/aws 5.100.0 value constraints (aws_kms_alias, aws_kms_key).
// Ranges, lengths, value lists, ARN/JSON checks and argument combinations are the words of the 5.100.0
// validators themselves (`terraform validate` on probe values); patterns behind custom messages were read
// from the provider source. `source` is the provider file that declares the argument (see ProviderConstraints.swift).

extension ProviderConstraints {
    static let kms: [ResourceConstraints] = [
        ResourceConstraints(
            "aws_kms_alias",
            source: "internal/service/kms/alias.go",
            [
                .conflicts("name", ["name_prefix"]),
                .conflicts("name_prefix", ["name"]),
                .matches(
                    "name",
                    #"^alias/[0-9A-Za-z_/-]+$"#,
                    "must begin with 'alias/' and be comprised of only [0-9A-Za-z_/-]",
                    example: "alias/app"
                ),
                .matches(
                    "name_prefix",
                    #"^alias/[0-9A-Za-z_/-]+$"#,
                    "must begin with 'alias/' and be comprised of only [0-9A-Za-z_/-]",
                    example: "alias/app-"
                ),
            ]
        ),
        ResourceConstraints(
            "aws_kms_key",
            source: "internal/service/kms/key.go",
            [
                .length("custom_key_store_id", 1...22),
                .oneOf(
                    "customer_master_key_spec",
                    [
                        "RSA_2048", "RSA_3072", "RSA_4096", "ECC_NIST_P256", "ECC_NIST_P384", "ECC_NIST_P521",
                        "ECC_SECG_P256K1", "SYMMETRIC_DEFAULT", "HMAC_224", "HMAC_256", "HMAC_384", "HMAC_512", "SM2",
                    ]
                ),
                .range("deletion_window_in_days", 7...30),
                .oneOf("key_usage", ["SIGN_VERIFY", "ENCRYPT_DECRYPT", "GENERATE_VERIFY_MAC", "KEY_AGREEMENT"]),
                .json("policy"),
                .range("rotation_period_in_days", 90...2560),
                .requiredWith("rotation_period_in_days", ["enable_key_rotation"]),
                .length("xks_key_id", 1...128),
            ]
        ),
    ]
}
