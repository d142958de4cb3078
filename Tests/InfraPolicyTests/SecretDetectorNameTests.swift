import Testing

@testable import InfraPolicy

/// `SecretDetector.secretPart(ofName:)` compares an ASCII name byte by byte; it must answer as the character-wise
/// comparison of the upper-cased name does, for ASCII names and others.
@Suite struct SecretDetectorNameTests {
    /// The comparison as written with `String`: upper-case the name, skip names of references, find a part.
    static func byCharacters(_ name: String) -> String? {
        let upper = name.uppercased()
        guard !SecretDetector.referenceSuffixes.contains(where: { upper.hasSuffix($0) }) else { return nil }
        return SecretDetector.secretNameParts.first { upper.contains($0) }
    }

    @Test(arguments: [
        "", "a", "DB_PASSWORD", "db_password", "Db_PassWord", "password", "PASSWD", "my_secret", "SECRET_ARN",
        "secret_arn", "api_key_name", "API_KEY", "apikey", "APIKEY_ID", "github_token", "TOKEN_PATH", "private_key",
        "PRIVATE_KEY_FILE", "aws_access_key", "credential", "CREDENTIALS_REF", "gkey", "G_KEY", "LOG_LEVEL", "_ARN",
        "ARN", "x_parameter", "SECRET_PARAMETER", "tokens", "pässword", "PÄSSWORD", "пароль_token", "ﬁle_secret",
        "straße_password", "DB_PASSWORD_ARN_X", "name", "_ID", "secretid", "SECRET_ID",
    ])
    func answersAsTheCharacterComparison(_ name: String) {
        #expect(SecretDetector.secretPart(ofName: name) == Self.byCharacters(name), "\(name)")
    }

    /// Variables that name where a secret is kept, or hold a setting about one, are not secrets: an SSM parameter's
    /// name, a token's lifetime, a password policy's minimum length, an ARN in a variable named for the secret.
    @Test(arguments: [
        ("API_KEY_PARAM", "/app/api-key", false), ("TOKEN_TTL", "3600", false), ("PASSWORD_MIN_LENGTH", "12", false),
        ("TOKEN_URL", "https://auth.example.com/oauth/token", false), ("API_KEY_HEADER", "X-Api-Key", false),
        ("DB_PASSWORD", "arn:aws:secretsmanager:eu-west-1:1:secret:db", false),
        ("DB_PASSWORD", "${aws_secretsmanager_secret.db.arn}", false),
        ("DB_PASSWORD", "hunter2", true),
        ("DB_PASSWORD", "${aws_secretsmanager_secret_version.db.secret_string}", true),
        ("GITHUB_TOKEN", "ghp_x", true), ("TOKEN_URL", "https://user:pass@auth.example.com/token", true),
    ])
    func referencesAndSettingsAreNotSecrets(name: String, value: String, secret: Bool) {
        #expect((SecretDetector.reason(name: name, value: value) != nil) == secret, "\(name) = \(value)")
    }
}
