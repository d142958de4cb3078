import Foundation
import Testing

/// The second half of the bad-input corpus: server lists, names, output paths, Terraform JSON and command lines.
extension BadInputCorpus {
    // MARK: serverList.json

    static let serverLists: [BadInput] = [
        BadInput(
            "a missing serverList.json",
            BadInput.render,
            expect: ["serverList.json: error[IO001]: cannot read serverList.json"]
        ) { project in
            try FileManager.default.removeItem(at: project.appendingPathComponent("serverList.json"))
        },
        .servers("an empty serverList.json", "", expect: ["serverList.json:1:1: error[JSON001]"]),
        .servers("whitespace only", "  \n\n", expect: ["serverList.json:3:1: error[JSON001]"]),
        .servers("an empty list", "[]", expect: ["serverList.json:1:1: error[SRV001]"]),
        .servers("an object instead of a list", "{}", expect: ["serverList.json:1:1: error[SRV001]"]),
        .servers("a string instead of a list", "\"servers\"", expect: ["serverList.json:1:1: error[SRV001]"]),
        .servers("null", "null", expect: ["serverList.json:1:1: error[SRV001]"]),
        .servers(
            "a trailing comma",
            replace: "\"https://bmlt.nzna.org/main_server/\"}",
            with: "\"https://bmlt.nzna.org/main_server/\",}",
            expect: ["serverList.json:2:", "error[JSON001]"]
        ),
        .servers(
            "a missing comma",
            replace: "\"name\":\"Aotearoa New Zealand Region\",",
            with: "\"name\":\"Aotearoa New Zealand Region\"",
            expect: ["serverList.json:2:", "error[JSON001]"]
        ),
        .servers(
            "single quotes",
            replace: "{\"id\":\"99\"",
            with: "{'id':\"99\"",
            expect: ["serverList.json:2:2: error[JSON001]"]
        ),
        .servers("a comment", "// servers\n" + serverList, expect: ["serverList.json:1:1: error[JSON001]"]),
        .servers(
            "truncated",
            String(serverList.prefix(300)),
            expect: ["serverList.json:", "error[JSON001]", "end of input"]
        ),
        .servers(
            "a duplicate key",
            replace: "{\"id\":\"99\",",
            with: "{\"id\":\"99\",\"id\":\"98\",",
            expect: ["serverList.json:2:12: error[JSON002]"]
        ),
        .servers(
            "an unknown key",
            replace: "{\"id\":\"99\",",
            with: "{\"id\":\"99\",\"region\":\"nz\",",
            expect: ["serverList.json:2:", "error[SRV002]"]
        ),
        .servers(
            "a missing url",
            replace: ",\"url\":\"https://bmlt.nzna.org/main_server/\"",
            with: "",
            expect: ["serverList.json:2:", "error[SRV003]"]
        ),
        .servers(
            "a number for an id",
            replace: "{\"id\":\"99\",",
            with: "{\"id\":99,",
            expect: ["serverList.json:2:", "error[SRV004]"]
        ),
        .servers(
            "an element that is a string",
            replace:
                "{\"id\":\"99\",\"name\":\"Aotearoa New Zealand Region\",\"url\":\"https://bmlt.nzna.org/main_server/\"}",
            with: "\"99\"",
            expect: ["serverList.json:2:1: error[SRV004]"]
        ),
        .servers(
            "an id with a leading zero",
            replace: "{\"id\":\"99\",",
            with: "{\"id\":\"099\",",
            expect: ["serverList.json:2:", "error[SRV005]"]
        ),
        .servers(
            "a duplicate id",
            replace: "{\"id\":\"100\",",
            with: "{\"id\":\"99\",",
            expect: ["serverList.json:3:", "error[SRV006]"]
        ),
        .servers(
            "a blank name",
            replace: "\"name\":\"Aotearoa New Zealand Region\"",
            with: "\"name\":\"  \"",
            expect: ["serverList.json:2:", "error[SRV007]"]
        ),
        .servers(
            "an http url",
            replace: "https://bmlt.nzna.org/main_server/",
            with: "http://bmlt.nzna.org/main_server/",
            expect: ["serverList.json:2:", "error[SRV008]"]
        ),
        .servers(
            "a url without the final slash",
            replace: "https://bmlt.nzna.org/main_server/",
            with: "https://bmlt.nzna.org/main_server",
            expect: ["serverList.json:2:", "error[SRV008]"]
        ),
        .servers(
            "nesting 100,000 deep",
            String(repeating: "[", count: 100_000),
            expect: ["serverList.json:1:513: error[JSON001]", "nested more than 512"]
        ),
        .servers(
            "a 1 MB url",
            replace: "https://bmlt.nzna.org/main_server/",
            with: String(repeating: "h", count: 1_000_000),
            expect: ["serverList.json:2:", "error[SRV008]"]
        ),
        .servers(
            "a lone surrogate escape",
            replace: "Aotearoa New Zealand Region",
            with: "Aotearoa \\ud800 Region",
            expect: ["serverList.json:2:", "error[JSON001]", "surrogate"]
        ),
        .servers(
            "a raw control character",
            replace: "Aotearoa New Zealand Region",
            with: "Aotearoa\u{1}Region",
            expect: ["serverList.json:2:", "error[JSON001]"]
        ),
        BadInput(
            "Latin-1 bytes in serverList.json",
            BadInput.render,
            expect: ["serverList.json:2:", "error[IO002]: byte 0xE9"]
        ) { project in
            let text = BadInput.serverList.replacingOccurrences(of: "Aotearoa", with: "Aotear#a")
            try BadInput.write(
                Array(text.utf8).map { $0 == UInt8(ascii: "#") ? 0xE9 : $0 },
                to: "serverList.json",
                in: project
            )
        },
        BadInput(
            "serverList.json is a folder",
            BadInput.render,
            expect: ["serverList.json: error[IO001]", "is a directory"]
        ) { project in
            try FileManager.default.removeItem(at: project.appendingPathComponent("serverList.json"))
            try FileManager.default.createDirectory(
                at: project.appendingPathComponent("serverList.json"),
                withIntermediateDirectories: true
            )
        },
        .servers(
            "two documents",
            serverList + serverList,
            expect: ["serverList.json:", "error[JSON001]", "end of input"]
        ),
        .servers(
            "a number too large",
            replace: "{\"id\":\"99\",",
            with: "{\"id\":1e999,",
            expect: ["serverList.json:2:7: error[JSON001]", "too large"]
        ),
    ]

    // MARK: Environment and stack names

    static let names: [BadInput] = [
        .cli(
            "an unknown environment",
            ["render", "staging"],
            status: 2,
            expect: ["error[CLI001]: unknown environment `staging`", "known environments: dev, prod"]
        ),
        .cli(
            "a misspelled environment",
            ["render", "prd"],
            status: 2,
            expect: ["error[CLI001]: unknown environment `prd`; did you mean `prod`?"]
        ),
        .cli(
            "an upper-case environment",
            ["render", "PROD"],
            status: 2,
            expect: ["error[CLI001]", "did you mean `prod`?"]
        ),
        .cli(
            "an environment with ..",
            ["render", "../prod"],
            status: 2,
            expect: ["error[CLI005]: \"../prod\" is not a valid environment name"]
        ),
        .cli("an environment that is ..", ["render", ".."], status: 2, expect: ["error[CLI005]"]),
        .cli("an environment with a slash", ["render", "prod/x"], status: 2, expect: ["error[CLI005]"]),
        .cli("an absolute environment", ["render", "/etc"], status: 2, expect: ["error[CLI005]"]),
        .cli("an empty environment", ["render", ""], status: 2, expect: ["error[CLI005]"]),
        .cli("an environment with a space", ["render", "pr od"], status: 2, expect: ["error[CLI005]"]),
        .cli("an environment with a newline", ["render", "prod\n"], status: 2, expect: ["error[CLI005]"]),
        .cli("an environment with a backslash", ["render", "..\\prod"], status: 2, expect: ["error[CLI005]"]),
        .cli(
            "an unknown stack",
            ["render", "prod", "--stack", "nope"],
            status: 2,
            expect: ["error[CLI002]: unknown stack `nope`", "known stacks: aggregator"]
        ),
        .cli(
            "a misspelled stack",
            ["render", "prod", "--stack", "agregator"],
            status: 2,
            expect: ["error[CLI002]: unknown stack `agregator`; did you mean `aggregator`?"]
        ),
        .cli(
            "a stack with ..",
            ["render", "prod", "--stack", "../aggregator"],
            status: 2,
            expect: ["error[CLI005]: \"../aggregator\" is not a valid stack name"]
        ),
        .cli("a stack with a slash", ["render", "prod", "--stack", "a/b"], status: 2, expect: ["error[CLI005]"]),
        .cli(
            "one good and one bad stack",
            ["render", "prod", "--stack", "aggregator", "--stack", "x"],
            status: 2,
            expect: ["error[CLI002]: unknown stack `x`"]
        ),
        .cli(
            "lint an unknown environment",
            ["lint", "staging"],
            status: 2,
            expect: ["error[CLI001]: unknown environment `staging`"]
        ),
        .cli("lint an environment with ..", ["lint", "../../etc"], status: 2, expect: ["error[CLI005]"]),
        .cli("lint an unknown stack", ["lint", "--stack", "nope"], status: 2, expect: ["error[CLI002]"]),
        .cli("an unknown rule", ["explain", "XYZ999"], status: 2, expect: ["error[CLI004]: unknown rule `XYZ999`"]),
        .cli(
            "a lower-case rule with a typo",
            ["explain", "elb08"],
            status: 2,
            expect: ["error[CLI004]", "did you mean `ELB008`"]
        ),
        .cli("a rule id prefix", ["explain", "RDS00"], status: 2, expect: ["error[CLI004]", "did you mean `RDS001`"]),
        .cli(
            "a rule id without its zeros",
            ["explain", "elb3"],
            status: 2,
            expect: ["error[CLI004]: unknown rule `elb3`; did you mean `ELB003`?"]
        ),
        .cli(
            "a rule id of a family ending in a digit, with a dash",
            ["explain", "s3-1"],
            status: 2,
            expect: ["error[CLI004]: unknown rule `s3-1`; did you mean `S3001`?"]
        ),
        .cli("an empty rule id", ["explain", ""], status: 2, expect: ["error[CLI004]"]),
    ]

    // MARK: Output paths

    static let outputs: [BadInput] = [
        BadInput(
            "--out is a file",
            BadInput.render + ["--out", "target"],
            expect: ["target: error[IO004]: target is a file, not a folder", "hint: --out"]
        ) { project in
            try BadInput.write(Array("keep me\n".utf8), to: "target", in: project)
        },
        BadInput(
            "the environment folder is a file",
            BadInput.render,
            expect: ["out/prod: error[IO004]: out/prod is a file, not a folder"]
        ) { project in
            try BadInput.write(Array("x".utf8), to: "out/prod", in: project)
        },
        BadInput("the stack folder is a file", BadInput.render, expect: ["out/prod/aggregator: error[IO004]"]) {
            project in
            try BadInput.write(Array("x".utf8), to: "out/prod/aggregator", in: project)
        },
        BadInput(
            "a file above --out",
            BadInput.render + ["--out", "file/out"],
            expect: ["file: error[IO004]: file is a file, not a folder"]
        ) { project in
            try BadInput.write(Array("x".utf8), to: "file", in: project)
        },
        BadInput(
            "--out is a file with a trailing slash",
            BadInput.render + ["--out", "target/"],
            expect: ["target: error[IO004]"]
        ) { project in
            try BadInput.write(Array("x".utf8), to: "target", in: project)
        },
        .cli(
            "--out is a device",
            BadInput.render + ["--out", "/dev/null"],
            status: 2,
            expect: ["/dev/null: error[IO004]"]
        ),
        .cli(
            "--out below a device",
            BadInput.render + ["--out", "/dev/null/out"],
            status: 2,
            expect: ["/dev/null: error[IO004]"]
        ),
        .cli(
            "--out in /proc",
            BadInput.render + ["--out", "/proc/infragen-out"],
            status: 2,
            expect: ["/proc/infragen-out: error[IO003]: cannot write /proc/infragen-out", "hint:"]
        ),
        .cli(
            "--check with --out a device",
            BadInput.render + ["--check", "--out", "/dev/null"],
            status: 2,
            expect: ["error[IO004]"]
        ),
        BadInput(
            "the main file's place is a folder",
            BadInput.render,
            expect: ["out/prod/aggregator/main.tf.json: error[IO003]", "previous output left as it was"]
        ) { project in
            try FileManager.default.createDirectory(
                at: project.appendingPathComponent("out/prod/aggregator/main.tf.json/x"),
                withIntermediateDirectories: true
            )
        },
        BadInput("an unwritable output folder", BadInput.render, expect: ["error[IO00", "out"]) { project in
            // As root, permissions are not enforced; a file in the way fails the same path for everyone.
            if getuid() == 0 {
                try BadInput.write(Array("x".utf8), to: "out", in: project)
            } else {
                try FileManager.default.createDirectory(
                    at: project.appendingPathComponent("out"),
                    withIntermediateDirectories: true
                )
                try FileManager.default.setAttributes(
                    [.posixPermissions: 0o500],
                    ofItemAtPath: project.appendingPathComponent("out").path
                )
            }
        },
        .cli(
            "lint --output into /proc",
            ["lint", "prod", "--today", "2026-11-23", "--output", "/proc/report.sarif"],
            status: 2,
            expect: ["/proc/report.sarif: error[IO003]: cannot write /proc/report.sarif", "report not written"]
        ),
        .cli(
            "lint --output is a folder",
            ["lint", "prod", "--today", "2026-11-23", "--output", "stacks"],
            status: 2,
            expect: ["stacks: error[IO003]: cannot write stacks: is a directory", "names a folder"]
        ),
        BadInput(
            "lint --output below a file",
            ["lint", "prod", "--today", "2026-11-23", "--output", "serverList.json/r.txt"],
            expect: ["serverList.json/r.txt: error[IO003]", "a file is in the way"]
        ),
        .cli(
            "lint --output to a device folder",
            ["lint", "prod", "--today", "2026-11-23", "--output", "/dev/null/x"],
            status: 2,
            expect: ["error[IO003]"]
        ),
    ]

    // MARK: Terraform JSON

    static let terraform: [BadInput] = [
        .tfJSON("an empty file", "", expect: ["in.tf.json:1:1: error[JSON001]: expected a value, found end of input"]),
        .tfJSON("whitespace only", " \n\t\n", expect: ["in.tf.json:3:1: error[JSON001]"]),
        .tfJSON("a BOM only", [0xEF, 0xBB, 0xBF], expect: ["in.tf.json:1:1: error[JSON001]"]),
        .tfJSON(
            "an empty object",
            "{}",
            expect: ["in.tf.json:1:1: error[TFJ004]", "not a Terraform JSON document", "empty object"]
        ),
        .tfJSON(
            "a package.json",
            "{\"name\": \"app\", \"version\": \"1.0.0\", \"dependencies\": {}}",
            expect: ["in.tf.json:1:1: error[TFJ004]: in.tf.json is not a Terraform JSON document", "`name`"]
        ),
        .tfJSON(
            "a plan from terraform show -json",
            "{\"format_version\": \"1.2\", \"planned_values\": {}, \"resource_changes\": []}",
            expect: ["error[TFJ004]", "hint: this is a plan in JSON (`terraform show -json`), not configuration"]
        ),
        .tfJSON(
            "a state file",
            "{\"version\": 4, \"serial\": 3, \"lineage\": \"a\", \"resources\": []}",
            expect: ["error[TFJ004]", "hint: this is a Terraform state file, not configuration"]
        ),
        .tfJSON(
            "a list",
            "[{\"resource\": {}}]",
            expect: ["in.tf.json:1:1: error[TFJ001]", "holds an object, found an array"]
        ),
        .tfJSON("a string", "\"resource\"", expect: ["in.tf.json:1:1: error[TFJ001]"]),
        .tfJSON("null", "null", expect: ["in.tf.json:1:1: error[TFJ001]"]),
        .tfJSON("a number", "12", expect: ["in.tf.json:1:1: error[TFJ001]"]),
        .tfJSON(
            "a misspelled block",
            "{\"resources\": {}, \"provider\": {}}",
            expect: ["in.tf.json:1:2: error[TFJ003]: `resources` is not a Terraform block type"]
        ),
        .tfJSON(
            "resource is a string",
            "{\"resource\": \"aws_s3_bucket\"}",
            expect: ["in.tf.json:1:14: error[TFJ001]"]
        ),
        .tfJSON(
            "a resource type that is a number",
            "{\"resource\": {\"aws_s3_bucket\": 1}}",
            expect: ["in.tf.json:1:32: error[TFJ001]"]
        ),
        .tfJSON(
            "a body that is a string",
            "{\"resource\": {\"aws_s3_bucket\": {\"a\": \"x\"}}}",
            expect: ["in.tf.json:1:38: error[TFJ001]", "found a string"]
        ),
        .tfJSON(
            "a body list holding a number",
            "{\"resource\": {\"aws_s3_bucket\": {\"a\": [1]}}}",
            expect: ["in.tf.json:1:39: error[TFJ001]", "found a list holding a number"]
        ),
        .tfJSON(
            "a resource declared twice",
            "{\"resource\": {\"aws_sqs_queue\": {\"q\": {}}},\n \"resource\": {\"aws_sqs_queue\": {\"q\": {}}}}",
            expect: [
                "in.tf.json:2:33: error[TFJ002]: aws_sqs_queue.q: declared again; the first declaration is at line 1"
            ]
        ),
        .tfJSON(
            "an argument set twice",
            "{\"resource\": {\"aws_sqs_queue\": {\"q\": {\"name\": \"a\",\n \"name\": \"b\"}}}}",
            expect: ["in.tf.json:2:2: error[TFJ005]: aws_sqs_queue.q: `name` is set twice; it is first set at line 1"]
        ),
        .tfJSON("a trailing comma", "{\"resource\": {},}", expect: ["in.tf.json:1:17: error[JSON001]"]),
        .tfJSON("a comment", "{\n  // resources\n  \"resource\": {}\n}", expect: ["in.tf.json:2:3: error[JSON001]"]),
        .tfJSON("single quotes", "{'resource': {}}", expect: ["in.tf.json:1:2: error[JSON001]"]),
        .tfJSON(
            "HCL in a .tf.json file",
            "# the load balancer\nresource \"aws_lb\" \"main\" {\n  internal = false\n}\n",
            expect: [
                "in.tf.json:1:1: error[JSON001]: expected a value, found `#`; the file is HCL (Terraform's native "
                    + "syntax), not JSON",
                "hint: infragen reads Terraform JSON (`*.tf.json`): convert the file to JSON",
            ]
        ),
        .tfJSON("an unquoted key", "{resource: {}}", expect: ["in.tf.json:1:2: error[JSON001]"]),
        .tfJSON("a missing colon", "{\"resource\" {}}", expect: ["in.tf.json:1:13: error[JSON001]"]),
        .tfJSON("unclosed object", "{\"resource\": {", expect: ["in.tf.json:1:15: error[JSON001]", "end of input"]),
        .tfJSON("unclosed string", "{\"resource", expect: ["in.tf.json:1:", "error[JSON001]"]),
        .tfJSON("a bad escape", "{\"resource\": {\"a\\q\": {}}}", expect: ["in.tf.json:1:", "error[JSON001]"]),
        .tfJSON(
            "a lone surrogate",
            "{\"resource\": {\"\\udc00\": {}}}",
            expect: ["in.tf.json:1:", "error[JSON001]", "surrogate"]
        ),
        .tfJSON(
            "a leading zero",
            "{\"output\": {\"a\": {\"value\": 012}}}",
            expect: ["in.tf.json:1:", "error[JSON001]", "leading zeros"]
        ),
        .tfJSON(
            "a huge number",
            "{\"output\": {\"a\": {\"value\": 1e400}}}",
            expect: ["in.tf.json:1:28: error[JSON001]: the number `1e400` is too large"]
        ),
        .tfJSON(
            "NaN",
            "{\"output\": {\"a\": {\"value\": NaN}}}",
            expect: ["in.tf.json:1:28: error[JSON001]: expected a value, found `N`"]
        ),
        .tfJSON(
            "two documents",
            "{\"resource\": {}}{\"resource\": {}}",
            expect: ["in.tf.json:1:17: error[JSON001]", "end of input"]
        ),
        .tfJSON(
            "nesting 100,000 arrays deep",
            String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000),
            expect: ["in.tf.json:1:513: error[JSON001]", "nested more than 512 levels deep"]
        ),
        .tfJSON(
            "nesting 600 objects deep",
            String(repeating: "{\"a\":", count: 600) + "1" + String(repeating: "}", count: 600),
            expect: ["error[JSON001]", "nested more than 512"]
        ),
        .tfJSON(
            "dynamic blocks nested eight deep, ten elements each (10^8 blocks)",
            (0..<8).reduce(#"{"x": 1}"#) { content, level in
                #"{"dynamic": {"b\#(level)": {"for_each": [0,1,2,3,4,5,6,7,8,9], "content": \#(content)}}}"#
            }.replacingOccurrences(
                of: #"{"dynamic""#,
                with: #"{"resource": {"aws_sqs_queue": {"q": {"dynamic""#,
                options: .anchored
            )
                + "}}}",
            status: 1,
            expect: [
                "in.tf.json:1:", "error[SCH002]: aws_sqs_queue.q: `dynamic` names `b7`",
                "in.tf.json: its dynamic blocks would generate more than 1000000 values; those past that were read as "
                    + "known only at plan",
            ]
        ),
        .tfJSON(
            "a 2 MB string",
            "{\"resource\": {\"aws_sqs_queue\": {\"q\": {\"name\": \"" + String(repeating: "q", count: 2_000_000)
                + "\"}}}}",
            status: 1,
            expect: ["in.tf.json:1:", "error[SQS"]
        ),
        .tfJSON(
            "Latin-1 bytes",
            Array("{\"resource\": {\"aws_s3_bucket\": {\"a\": {\"bucket\": \"caf".utf8) + [0xE9] + Array("\"}}}}".utf8),
            expect: ["in.tf.json:1:53: error[IO002]: byte 0xE9 is not valid UTF-8"]
        ),
        .tfJSON(
            "an overlong UTF-8 slash",
            Array("{\"resource\": {\n\"".utf8) + [0xC0, 0xAF] + Array("\": {}}}".utf8),
            expect: ["in.tf.json:2:2: error[IO002]: byte 0xC0"]
        ),
        .tfJSON(
            "a UTF-8 encoded surrogate",
            Array("{\"a\": \"".utf8) + [0xED, 0xA0, 0x80] + Array("\"}".utf8),
            expect: ["in.tf.json:1:8: error[IO002]: byte 0xED"]
        ),
        .tfJSON(
            "UTF-16 with a BOM",
            [0xFF, 0xFE] + Array("{}".utf8).flatMap { [$0, 0] },
            expect: ["in.tf.json:1:1: error[IO002]: byte 0xFF"]
        ),
        .tfJSON("a NUL byte", Array("{\"resource\": {}}\u{0}".utf8), expect: ["in.tf.json:1:17: error[JSON001]"]),
        .tfJSON(
            "a raw tab in a string",
            "{\"output\": {\"a\": {\"value\": \"a\tb\"}}}",
            expect: ["in.tf.json:1:30: error[JSON001]: a tab inside a string must be escaped"]
        ),
        .tfJSON(
            "a binary file",
            Array(0...255).map { UInt8($0) },
            expect: ["in.tf.json:2:118: error[IO002]: byte 0x80"]
        ),
        .tfJSON(
            "20,000 keys, repeated arguments",
            "{\"resource\": {\"aws_sqs_queue\": {\"q\": {"
                + (0..<20_000).map { "\"k\($0 % 10_000)\": 1" }.joined(separator: ",") + "}}}}",
            expect: ["error[TFJ005]"]
        ),
        BadInput(
            "a missing --tf-json file",
            ["lint", "--tf-json", "nope.tf.json"],
            expect: [
                "nope.tf.json: error[IO001]: cannot read nope.tf.json: no such file or directory",
                "relative to the working directory",
            ]
        ),
        BadInput(
            "--tf-json names a folder without a *.tf.json file",
            ["lint", "--tf-json", "stacks"],
            expect: ["stacks: error[IO001]: no Terraform JSON file (*.tf.json) below the folder stacks"]
        ),
        BadInput(
            "--tf-json - with nothing on standard input",
            ["lint", "--tf-json", "-"],
            expect: ["<stdin>:1:1: error[JSON001]: expected a value, found end of input"]
        ),
        BadInput(
            "--tf-json names a device",
            ["lint", "--tf-json", "/dev/zero"],
            expect: ["/dev/zero: error[IO001]", "not a regular file"]
        ),
        BadInput(
            "one good file and one missing",
            ["lint", "--tf-json", "good.tf.json", "missing.tf.json"],
            expect: ["missing.tf.json: error[IO001]"]
        ) { project in
            try BadInput.write(Array("{\"terraform\": {}}".utf8), to: "good.tf.json", in: project)
        },
        BadInput(
            "--tf-json with the YAML settings",
            ["lint", "--tf-json", BadInput.settingsPath],
            expect: ["\(y):1:1: error[JSON001]: expected a value, found `#`"]
        ),
    ]

    // MARK: Command lines

    static let commandLines: [BadInput] = [
        .cli(
            "a misspelled command",
            ["rendr", "prod"],
            status: 64,
            expect: ["error[CLI007]: unknown command `rendr`; did you mean `render`?"]
        ),
        .cli("a swapped-letter command", ["lnit"], status: 64, expect: ["did you mean `lint`?"]),
        .cli(
            "an unknown command",
            ["deploy", "prod"],
            status: 64,
            expect: ["error[CLI007]: unknown command `deploy`", "commands: render, plan, diff, lint"]
        ),
        .cli(
            "an environment before the command",
            ["prod", "render"],
            status: 64,
            expect: ["error[CLI007]: unknown command `prod`"]
        ),
        .cli(
            "plan without an environment",
            ["plan"],
            status: 64,
            expect: ["Missing expected argument '<environment>'"]
        ),
        .cli(
            "render without an environment",
            ["render"],
            status: 64,
            expect: ["Missing expected argument '<environment>'"]
        ),
        .cli(
            "render with two environments",
            ["render", "prod", "dev"],
            status: 64,
            expect: ["Unexpected argument 'dev'"]
        ),
        .cli("an unknown option", ["render", "prod", "--force"], status: 64, expect: ["Unknown option '--force'"]),
        .cli(
            "an option without its value",
            ["render", "prod", "--out"],
            status: 64,
            expect: ["Missing value for '--out <dir>'"]
        ),
        .cli(
            "a bad format",
            ["render", "prod", "--format", "yaml"],
            status: 64,
            expect: ["The value 'yaml' is invalid for '--format <format>'"]
        ),
        .cli("a bad --fail-on", ["lint", "--fail-on", "fatal"], status: 64, expect: ["'--fail-on <fail-on>'"]),
        .cli(
            "a bad --today",
            ["render", "prod", "--today", "tomorrow"],
            status: 64,
            expect: ["--today must be YYYY-MM-DD"]
        ),
        .cli(
            "the environment after --tf-json",
            ["lint", "--tf-json", "serverList.json", "prod"],
            status: 64,
            expect: [
                "error[CLI006]: `prod` after --tf-json is read as a file name",
                "infragen lint prod --tf-json serverList.json",
            ]
        ),
        .cli(
            "an unknown word after --tf-json",
            ["lint", "--tf-json", "serverList.json", "staging"],
            status: 64,
            expect: ["error[CLI006]"]
        ),
        .cli(
            "--stack with --tf-json",
            ["lint", "--stack", "aggregator", "--tf-json", "serverList.json"],
            status: 64,
            expect: ["--stack selects stacks"]
        ),
        .cli(
            "--tf-json without a file",
            ["lint", "--tf-json"],
            status: 64,
            expect: ["Missing value for '--tf-json <file>'"]
        ),
        .cli("explain without an id", ["explain"], status: 64, expect: ["Missing expected argument '<rule-id>'"]),
        .cli("list with an argument", ["list", "prod"], status: 64, expect: ["Unexpected argument 'prod'"]),
        .cli("a bad list format", ["list", "--format", "xml"], status: 64, expect: ["'--format <format>'"]),
    ]

    static let projects: [BadInput] = [
        .cli("an empty --out", BadInput.render + ["--out", ""], status: 64, expect: ["--out must name a folder"]),
        .cli(
            "a --project that does not exist",
            BadInput.render + ["--project", "no/such/project"],
            status: 2,
            expect: ["error[IO001]: cannot read ", "no/such/project: no such file or directory", "pass --project"]
        ),
        .cli(
            "a --project that is a file",
            BadInput.render + ["--project", "serverList.json"],
            status: 2,
            expect: ["error[IO001]", "not a directory"]
        ),
        BadInput(
            "a FIFO as --tf-json",
            ["lint", "--tf-json", "pipe.tf.json"],
            expect: ["pipe.tf.json: error[IO001]", "not a regular file"]
        ) {
            project in
            #expect(mkfifo(project.appendingPathComponent("pipe.tf.json").path, 0o644) == 0)
        },
        BadInput("a FIFO as the settings file", BadInput.render, expect: ["\(y): error[IO001]", "not a regular file"]) {
            project in
            try FileManager.default.removeItem(at: project.appendingPathComponent(BadInput.settingsPath))
            #expect(mkfifo(project.appendingPathComponent(BadInput.settingsPath).path, 0o644) == 0)
        },
        .cli(
            "an empty --tf-json path",
            ["lint", "--tf-json", ""],
            status: 2,
            expect: ["error[IO001]", "is a directory"]
        ),
    ]
}
