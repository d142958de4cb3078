import InfraCore
import Testing

@testable import InfraPolicy

/// EC2010's reading of user data: what a line sets and where its value comes from.
@Suite struct UserDataSecretTests {
    @Test(
        arguments: [
            ("export DB_PASSWORD=hunter2", "sets DB_PASSWORD in plaintext (its name contains PASSWORD)"),
            ("  SECRET_KEY='abc def'", "sets SECRET_KEY in plaintext (its name contains SECRET)"),
            ("GITHUB_TOKEN=\"ghp_x\"; run", "sets GITHUB_TOKEN in plaintext (its name contains TOKEN)"),
            (
                "DATABASE_URL=postgres://app:pw@db:5432/app",
                "sets DATABASE_URL in plaintext (its value is a URL with a password in it)"
            ),
            ("curl -H 'x: AKIAIOSFODNN7EXAMPLE' https://x", "holds an AWS access key id"),
            ("DB_PASSWORD=$(aws ssm get-parameter --name db --with-decryption)", nil),
            ("DB_PASSWORD=`cat /run/secret`", nil),
            ("DB_PASSWORD=$FROM_ENV", nil),
            ("DB_PASSWORD=$${FROM_ENV}", nil),
            ("DB_PASSWORD=", nil),
            ("DB_PASSWORD_FILE=/run/secrets/db", nil),
            ("if [ \"$PASSWORD\" = x ]; then", nil),
            ("echo NOTAKEY AKIAIOSFODNN7EXAMPLEX", nil),
        ] as [(String, String?)]
    )
    func linesOfAScript(line: String, found: String?) {
        #expect(UserDataSecrets.secret(in: "#!/bin/bash\n\(line)\n") == found, "\(line)")
    }

    @Test func aLaunchTemplatesBase64IsRead() {
        let encoded = JSONValue.string(Base64.encode("#!/bin/bash\nexport API_KEY=k-123\n"))
        let text = UserDataSecrets.text(encoded, base64: true)
        #expect(text.flatMap(UserDataSecrets.secret(in:)) == "sets API_KEY in plaintext (its name contains API_KEY)")
        #expect(UserDataSecrets.text(.string("not base64!"), base64: true) == nil)
        #expect(UserDataSecrets.text(.string(Base64.encode([0xFF, 0xFE])), base64: true) == nil, "not UTF-8")
    }
}
