import InfraCore
import InfraPolicy

extension RuleFixtures {
    /// The fixtures of the CodeBuild rules (Sources/InfraPolicy/Services/CodeBuild.swift), every family.
    static let codeBuild: [RuleFixture] = [
        RuleFixture(
            .codeBuildEncryptionDisabled,
            passing: [
                CodeBuildProject.with([]),
                CodeBuildProject.with(
                    [],
                    artifacts: ["type": "S3", "location": "builds", "encryption_disabled": false],
                    logs: ["status": "ENABLED", "location": "logs/ci"]
                ),
            ],
            failing: [
                CodeBuildProject.with(
                    [],
                    artifacts: ["type": "S3", "location": "builds", "encryption_disabled": true]
                ),
                CodeBuildProject.with(
                    [],
                    logs: ["status": "ENABLED", "location": "logs/ci", "encryption_disabled": true]
                ),
            ],
            pinned: PinnedFinding(
                attribute: "artifacts.encryption_disabled",
                message: "the build artifacts are written unencrypted"
            ),
            unknown: [
                .at("artifacts.encryption_disabled")
            ]
        ),
        RuleFixture(
            .codeBuildPlaintextSecret,
            passing: [
                CodeBuildProject.with([["name": "STAGE", "value": "prod"]]),
                // The name of a secret CodeBuild fetches when the build starts.
                CodeBuildProject.with([["name": "NPM_TOKEN", "value": "ci/npm-token", "type": "SECRETS_MANAGER"]]),
                CodeBuildProject.with([["name": "DB_PASSWORD", "value": "/ci/db", "type": "PARAMETER_STORE"]]),
            ],
            failing: [
                CodeBuildProject.with([["name": "STAGE", "value": "prod"], ["name": "NPM_TOKEN", "value": "npm_abc"]]),
                CodeBuildProject.with([["name": "DB_PASSWORD", "value": "hunter2", "type": "PLAINTEXT"]]),
                CodeBuildProject.with([["name": "DEPLOY_KEY_ID", "value": "AKIAIOSFODNN7EXAMPLE"]]),
            ],
            pinned: PinnedFinding(
                attribute: "environment.environment_variable[1].value",
                message: "NPM_TOKEN is a plaintext environment variable (its name contains TOKEN)"
            ),
            unknown: [
                .at("environment.environment_variable.type", inFailing: 1)
            ]
        ),
    ]
}

/// CodeBuild projects with the given environment variables, for the CBD001 fixtures.
enum CodeBuildProject {
    static func with(
        _ variables: [[String: JSONValue]],
        artifacts: [String: JSONValue] = ["type": "NO_ARTIFACTS"],
        logs: [String: JSONValue]? = nil
    ) -> JSONValue {
        var project: [String: JSONValue] = [
            "name": "ci", "service_role": "arn:aws:iam::111122223333:role/ci",
            "artifacts": [.object(artifacts)],
            "source": [["type": "GITHUB", "location": "https://github.com/acme/app.git"]],
            "environment": [
                [
                    "compute_type": "BUILD_GENERAL1_SMALL", "image": "aws/codebuild/standard:7.0",
                    "type": "LINUX_CONTAINER", "environment_variable": .array(variables.map(JSONValue.object)),
                ]
            ],
        ]
        if let logs { project["logs_config"] = [["s3_logs": [.object(logs)]]] }
        return Doc.one("aws_codebuild_project", .object(project))
    }
}
