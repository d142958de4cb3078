import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The bad-input corpus: broken and hostile settings, server lists, Terraform JSON, names, output paths and command
/// lines. Each case names the exit code and what the message must say; `BadInputCorpusTests` runs them all.
enum BadInputCorpus {
    static let y = "stacks/aggregator/prod.yaml"

    // MARK: Settings YAML: syntax

    static let yamlSyntax: [BadInput] = [
        .yaml("empty settings file", "", expect: ["\(y):1:1: error[YAML004]: missing required key `aws`"]),
        .yaml("only a comment", "# nothing here\n", expect: ["error[YAML004]"]),
        .yaml("only null", "~\n", expect: ["error[YAML004]"]),
        .yaml("a tab for indentation", "aws:\n\tregion: us-east-1\n", expect: ["\(y):2:1: error[YAML001]", "tab"]),
        .yaml("a lone tab", "\t", expect: ["\(y):1:1: error[YAML001]"]),
        .yaml("unclosed flow sequence", "aws:\n  availability_zones: [a, b\n", expect: ["\(y):", "error[YAML001]"]),
        .yaml("unclosed flow mapping", "tags: {a: b\n", expect: ["\(y):", "error[YAML001]"]),
        .yaml("unclosed double quote", "aws:\n  region: \"us-east-1\n", expect: ["\(y):", "error[YAML001]"]),
        .yaml("unclosed single quote", "aws:\n  region: 'us-east-1\n", expect: ["\(y):", "error[YAML001]"]),
        .yaml(
            "bad indentation",
            "aws:\n  region: us-east-1\n    account_id: x\n",
            expect: ["\(y):3:", "error[YAML001]"]
        ),
        .yaml("a key without a value separator", "aws\n  region: x\n", expect: ["\(y):", "error[YAML001]"]),
        .yaml("two documents", "aws: {}\n---\naws: {}\n", expect: ["\(y):", "error[YAML001]"]),
        .yaml("a stray closing bracket", "aws: ]\n", expect: ["\(y):1:", "error[YAML001]"]),
        .yaml("an undefined alias", "aws: *nowhere\n", expect: ["\(y):1:", "error[YAML001]"]),
        .yaml("an unknown tag", "log_retention_days: !!int30 x\n", expect: ["\(y):"]),
        .yaml("a directive only", "%YAML 1.1\n", expect: ["\(y):"]),
        .yaml("a document that is a list", "- aws\n- state\n", expect: ["\(y):1:1: error[YAML003]"]),
        .yaml("a document that is a string", "hello\n", expect: ["\(y):1:1: error[YAML003]"]),
        .yaml("a document that is a number", "42\n", expect: ["\(y):1:1: error[YAML003]"]),
        .yaml("a NUL byte", "aws:\n  region: us\u{0}east\n", expect: ["\(y):2:", "error[YAML001]"]),
        .yaml("a BEL control character", "aws:\n  region: us\u{7}east\n", expect: ["\(y):2:", "error[YAML001]"]),
        .yaml(
            "CRLF line ends and a typo",
            settings.replacingOccurrences(of: "\n", with: "\r\n")
                .replacingOccurrences(of: "instances: 2", with: "instances: two"),
            expect: ["\(y):40:14: error[YAML003]"]
        ),
    ]

    static var settings: String { BadInput.settings }
    static var serverList: String { BadInput.serverList }

    // MARK: Settings YAML: keys and types

    static let yamlStructure: [BadInput] = [
        .yaml(
            "a misspelled top-level key",
            replace: "log_retention_days:",
            with: "log_retension_days:",
            expect: ["\(y):62:1: error[YAML002]: unknown key `log_retension_days`"]
        ),
        .yaml(
            "a misspelled nested key",
            replace: "  instances: 2",
            with: "  instance: 2",
            expect: ["\(y):40:3: error[YAML002]: unknown key `instance`"]
        ),
        .yaml("an extra key", appending: "colour: blue\n", expect: ["\(y):63:1: error[YAML002]: unknown key `colour`"]),
        .yaml(
            "a duplicate top-level key",
            appending: "log_retention_days: 60\n",
            expect: ["\(y):63:1: error[YAML006]"]
        ),
        .yaml(
            "a duplicate nested key",
            replace: "  instances: 2",
            with: "  instances: 2\n  instances: 3",
            expect: ["\(y):41:3: error[YAML006]"]
        ),
        .yaml(
            "a missing section",
            replace: "log_retention_days: 30",
            with: "",
            expect: ["error[YAML004]", "log_retention_days"]
        ),
        .yaml(
            "a missing nested key",
            replace: "  nat: single            # single | per_zone | none",
            with: "",
            expect: ["\(y):19:", "error[YAML004]", "nat"]
        ),
        .yaml(
            "a string for an integer",
            replace: "instances: 2",
            with: "instances: two",
            expect: ["\(y):40:14: error[YAML003]: expected an integer, found the string \"two\""]
        ),
        .yaml(
            "a quoted integer",
            replace: "instances: 2",
            with: "instances: \"2\"",
            expect: ["\(y):40:14: error[YAML003]"]
        ),
        .yaml(
            "a float for an integer",
            replace: "instances: 2",
            with: "instances: 2.5",
            expect: ["\(y):40:14: error[YAML003]"]
        ),
        .yaml(
            "an integer far too large",
            replace: "instances: 2",
            with: "instances: 99999999999999999999999",
            expect: ["\(y):40:14:"]
        ),
        .yaml(
            "yes for a boolean",
            replace: "load_balancer_deletion_protection: true",
            with: "load_balancer_deletion_protection: yes",
            expect: ["\(y):47:38: error[YAML003]: expected `true` or `false`, found the string \"yes\""]
        ),
        .yaml(
            "a quoted boolean",
            replace: "multi_az: false",
            with: "multi_az: \"false\"",
            expect: ["\(y):54:13: error[YAML003]"]
        ),
        .yaml(
            "a list for a string",
            replace: "  region: us-east-1\n  account_id",
            with: "  region: [us-east-1]\n  account_id",
            expect: ["\(y):5:11: error[YAML003]"]
        ),
        .yaml(
            "a mapping for a string",
            replace: "image: bmltenabled/bmlt-server:aggregator",
            with: "image: {name: x}",
            expect: ["\(y):45:10: error[YAML003]"]
        ),
        .yaml(
            "a string for a list",
            replace: "availability_zones: [us-east-1a, us-east-1b]",
            with: "availability_zones: us-east-1a",
            expect: ["\(y):7:23: error[YAML003]"]
        ),
        .yaml(
            "a string for a mapping",
            replace: "tags:\n  application: aggregator\n  owner: bmlt-enabled",
            with: "tags: none",
            expect: ["\(y):14:7: error[YAML003]"]
        ),
        .yaml(
            "null for a required string",
            replace: "image: bmltenabled/bmlt-server:aggregator",
            with: "image:",
            expect: ["\(y):45:", "error[YAML00"]
        ),
        .yaml(
            "tilde for a required string",
            replace: "image: bmltenabled/bmlt-server:aggregator",
            with: "image: ~",
            expect: ["\(y):45:", "error[YAML00"]
        ),
        .yaml(
            "an invalid enum value",
            replace: "nat: single",
            with: "nat: double",
            expect: ["\(y):20:8: error[YAML005]"]
        ),
        .yaml(
            "a CIDR with host bits set",
            replace: "cidr: 10.40.0.0/16",
            with: "cidr: 10.40.1.0/16",
            expect: ["\(y):19:9: error[YAML005]", "10.40.1.0/16"]
        ),
        .yaml(
            "a CIDR prefix too long",
            replace: "cidr: 10.40.0.0/16",
            with: "cidr: 10.40.0.0/28",
            expect: ["\(y):19:9: error[YAML005]"]
        ),
        .yaml(
            "a CIDR that is not one",
            replace: "cidr: 10.40.0.0/16",
            with: "cidr: 10.400.0.0/16",
            expect: ["\(y):19:9: error[YAML005]"]
        ),
        .yaml(
            "a CIDR without prefix",
            replace: "cidr: 10.40.0.0/16",
            with: "cidr: 10.40.0.0",
            expect: ["\(y):19:9: error[YAML005]"]
        ),
        .yaml(
            "a waiver without expiry",
            appending: "waivers:\n  - rule: RDS001\n    resource: aws_db_instance.main\n    reason: r\n",
            expect: ["\(y):64:", "error[YAML004]", "expires"]
        ),
        .yaml(
            "a waiver with a bad date",
            appending:
                "waivers:\n  - rule: RDS001\n    resource: aws_db_instance.main\n    reason: r\n    expires: 31.12.2026\n",
            expect: ["\(y):", "error[YAML005]: `31.12.2026` is not a date written YYYY-MM-DD"]
        ),
        .yaml(
            "a waiver with a blank reason",
            appending:
                "waivers:\n  - rule: RDS001\n    resource: aws_db_instance.main\n    reason: \" \"\n    expires: 2026-12-31\n",
            expect: ["\(y):", "error[YAML005]", "reason"]
        ),
        .yaml(
            "a waiver with a bad address",
            appending: "waivers:\n  - rule: RDS001\n    resource: main\n    reason: r\n    expires: 2026-12-31\n",
            expect: ["\(y):", "error[YAML005]", "not a resource address"]
        ),
        .yaml(
            "a waiver list that is a mapping",
            appending: "waivers:\n  rule: RDS001\n",
            expect: ["\(y):64:3: error[YAML003]"]
        ),
        .yaml(
            "a waiver with an unknown key",
            appending:
                "waivers:\n  - rule: RDS001\n    resource: aws_db_instance.main\n    reason: r\n    expires: 2026-12-31\n    until: never\n",
            expect: ["\(y):", "error[YAML002]: unknown key `until`"]
        ),
    ]

    // MARK: Settings YAML: hostile

    static let bomb = """
        aws:
          region: us-east-1
          account_id: &a ["x","x","x","x","x","x","x","x","x","x"]
        x1: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a,*a]
        x2: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b,*b]
        x3: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c,*c]
        x4: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d,*d]
        x5: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e,*e]
        x6: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f,*f]
        x7: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g,*g]
        x8: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h,*h]
        x9: &j [*i,*i,*i,*i,*i,*i,*i,*i,*i,*i]

        """

    static let bombUnderUnknownKeys: String =
        settings
        + bomb.replacingOccurrences(of: "aws:\n  region: us-east-1\n  account_id:", with: "bomb0:")
    static let bombInTags: String = {
        let lines: [String] = bomb.split(separator: "\n").dropFirst(2).map { "  " + String($0) }
        return settings.replacingOccurrences(
            of: "  owner: bmlt-enabled",
            with: "  owner: *i\n" + lines.joined(separator: "\n")
        )
    }()
    static let thousandsOfKeys: String = (0..<2_000).map { "unknown_\($0): 1" }.joined(separator: "\n") + "\n"
    static let manyZones: String =
        "availability_zones: [" + Array(repeating: "us-east-1a", count: 100_000).joined(separator: ", ") + "]"
    static let deepFlow: String =
        "aws: " + String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000) + "\n"
    static let deepBlock: String =
        "aws:\n" + (1...2_000).map { String(repeating: " ", count: $0) + "k:" }.joined(separator: "\n") + " 1\n"
    static let anchoredState: String =
        settings.replacingOccurrences(of: "state:\n", with: "state: &s\n") + "extra: *s\n"
    static let bomSettings: String =
        "\u{FEFF}" + settings.replacingOccurrences(of: "instances: 2", with: "instances: two")

    static let yamlHostile: [BadInput] = [
        .yaml(
            "an alias bomb under unknown keys",
            bombUnderUnknownKeys,
            expect: ["\(y):63:1: error[YAML002]: unknown key `bomb0`"]
        ),
        .yaml("an alias bomb where a string is expected", bomb, expect: ["\(y):3:15: error[YAML003]"]),
        .yaml("an alias bomb in the tags", bombInTags, expect: ["\(y):"]),
        .yaml(
            "an alias to a mapping for a string",
            replace: "  owner: bmlt-enabled",
            with: "  owner: *t",
            expect: ["\(y):16:"]
        ),
        .yaml("a recursive merge key", "a: &a\n  b: 1\n  <<: *a\n", expect: ["\(y):"]),
        .yaml(
            "an anchor reused for the settings",
            anchoredState,
            expect: ["\(y):63:1: error[YAML002]: unknown key `extra`"]
        ),
        .yaml(
            "a 1 MB enum value",
            replace: "nat: single",
            with: "nat: " + String(repeating: "x", count: 1_000_000),
            expect: ["\(y):20:8: error[YAML005]"]
        ),
        .yaml(
            "a 100,000-character key",
            appending: String(repeating: "k", count: 100_000) + ": 1\n",
            expect: ["\(y):63:", "error[YAML001]"]
        ),
        .yaml(
            "2,000 unknown keys",
            appending: thousandsOfKeys,
            expect: ["\(y):63:1: error[YAML002]: unknown key `unknown_0`"]
        ),
        .yaml(
            "a list of 100,000 zones",
            replace: "availability_zones: [us-east-1a, us-east-1b]",
            with: manyZones,
            expect: ["\(y):"]
        ),
        .yaml(
            "nesting 10,000 levels deep",
            deepFlow,
            expect: ["\(y):1:", "error[YAML001]: invalid YAML: lists and mappings are nested too deeply"]
        ),
        .yaml(
            "nested mappings 2,000 deep",
            deepBlock,
            expect: ["\(y):"]
        ),
        .yaml(
            "a billion-digit-like number",
            replace: "log_retention_days: 30",
            with: "log_retention_days: " + String(repeating: "9", count: 5_000),
            expect: ["\(y):62:21:"]
        ),
        .yaml(
            "the smallest 64-bit integer for a log retention",
            replace: "log_retention_days: 30",
            with: "log_retention_days: -9223372036854775808",
            expect: [
                "\(y):62:21: error[YAML005]: `-9223372036854775808` days is not a log retention CloudWatch accepts "
                    + "(nearest: 1)"
            ]
        ),
        .yaml(
            "a NaN for an integer",
            replace: "log_retention_days: 30",
            with: "log_retention_days: .nan",
            expect: ["\(y):62:21: error[YAML003]"]
        ),
        .yaml(
            "infinity for an integer",
            replace: "log_retention_days: 30",
            with: "log_retention_days: .inf",
            expect: ["\(y):62:21: error[YAML003]"]
        ),
        .yaml(
            "a binary tag",
            replace: "log_retention_days: 30",
            with: "log_retention_days: !!binary aGVsbG8=",
            expect: ["\(y):62:21: error[YAML003]", "tagged `!!binary`", "remove the tag"]
        ),
        .yaml(
            "a custom tag",
            replace: "log_retention_days: 30",
            with: "log_retention_days: !evil 30",
            expect: ["\(y):62:21: error[YAML003]: expected an integer, found \"30\" tagged `!evil`"]
        ),
        .yaml("a complex mapping key", appending: "? [a, b]\n: 1\n", expect: ["\(y):63:"]),
        .yaml("a null key", appending: "~: 1\n", expect: ["\(y):63:"]),
        .yaml(
            "a byte-order mark and a typo",
            bomSettings,
            expect: ["\(y):40:14: error[YAML003]"]
        ),
        BadInput(
            "Latin-1 bytes in the settings",
            BadInput.render,
            expect: ["\(y):16:22: error[IO002]: byte 0xE9 is not valid UTF-8"]
        ) { project in
            let text = settings.replacingOccurrences(of: "owner: bmlt-enabled", with: "owner: bmlt-enabled^")
            try BadInput.write(
                Array(text.utf8).map { $0 == UInt8(ascii: "^") ? 0xE9 : $0 },
                to: BadInput.settingsPath,
                in: project
            )
        },
        BadInput("UTF-16 settings", BadInput.render, expect: ["\(y):1:1: error[IO002]"]) { project in
            try BadInput.write(
                [0xFF, 0xFE] + Array(settings.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }),
                to: BadInput.settingsPath,
                in: project
            )
        },
        BadInput("a truncated UTF-8 sequence at the end", BadInput.render, expect: ["\(y):63:1: error[IO002]"]) {
            project in
            try BadInput.write(Array(settings.utf8) + [0xE2, 0x82], to: BadInput.settingsPath, in: project)
        },
        BadInput(
            "a settings folder instead of a file",
            BadInput.render,
            expect: ["\(y): error[IO001]: cannot read \(y): is a directory"]
        ) { project in
            try FileManager.default.removeItem(at: project.appendingPathComponent(BadInput.settingsPath))
            try FileManager.default.createDirectory(
                at: project.appendingPathComponent(BadInput.settingsPath),
                withIntermediateDirectories: true
            )
        },
        BadInput(
            "a missing settings file",
            BadInput.render + ["--stack", "aggregator"],
            // Environments are settings files: without one, the stack is not deployed to the environment.
            expect: ["error[CLI003]: no selected stack is deployed to `prod`", "aggregator: no settings files"]
        ) { project in
            try FileManager.default.removeItem(at: project.appendingPathComponent(BadInput.settingsPath))
        },
        BadInput(
            "a settings symlink to /dev/zero",
            BadInput.render,
            expect: ["\(y): error[IO001]", "not a regular file"]
        ) { project in
            try FileManager.default.removeItem(at: project.appendingPathComponent(BadInput.settingsPath))
            try FileManager.default.createSymbolicLink(
                atPath: project.appendingPathComponent(BadInput.settingsPath).path,
                withDestinationPath: "/dev/zero"
            )
        },
        BadInput("a dangling settings symlink", BadInput.render, expect: ["\(y): error[IO001]"]) { project in
            try FileManager.default.removeItem(at: project.appendingPathComponent(BadInput.settingsPath))
            try FileManager.default.createSymbolicLink(
                atPath: project.appendingPathComponent(BadInput.settingsPath).path,
                withDestinationPath: "nowhere.yaml"
            )
        },
    ]

    static let all: [BadInput] =
        prefixed("yaml", yamlSyntax + yamlStructure + yamlHostile) + prefixed("serverList", serverLists)
        + prefixed("names", names) + prefixed("out", outputs) + prefixed("tf-json", terraform)
        + prefixed("args", commandLines) + prefixed("project", projects)

    static func prefixed(_ group: String, _ cases: [BadInput]) -> [BadInput] {
        cases.map {
            var named = $0
            named.name = "\(group): \($0.name)"
            return named
        }
    }
}
