/// What each message id that is not a policy rule means: the ids of bad input, of the command line, of waivers, of
/// the model checks and of the plan and diff steps. `infragen explain` looks an id up here when no rule has it, so a
/// user who meets `TFJ006` or `POL004` in a report can ask what it is, as for a rule. docs/cli.md lists the same.
enum MessageCatalogue {
    struct Entry {
        var id: String
        /// Where the message comes from, e.g. "settings YAML".
        var source: String
        /// What it reports.
        var meaning: String
        /// Whether a run with it still exits 0 (notes) or stops (errors).
        var severity: String
    }

    static func entry(_ id: String) -> Entry? { entries.first { $0.id == id } }

    static let entries: [Entry] = [
        Entry(
            id: "YAML001",
            source: "settings YAML",
            meaning: "the file is not valid YAML (also tabs for indentation, or nesting too deep)",
            severity: "error"
        ),
        Entry(
            id: "YAML002",
            source: "settings YAML",
            meaning: "a key the stack's settings do not have; the message lists the allowed keys",
            severity: "error"
        ),
        Entry(
            id: "YAML003",
            source: "settings YAML",
            meaning: "a value of the wrong type (also an unsupported tag such as `!!binary`)",
            severity: "error"
        ),
        Entry(id: "YAML004", source: "settings YAML", meaning: "a key the stack needs is missing", severity: "error"),
        Entry(
            id: "YAML005",
            source: "settings YAML",
            meaning: "a value the stack refuses (out of range, not one of the choices)",
            severity: "error"
        ),
        Entry(id: "YAML006", source: "settings YAML", meaning: "a key written twice in one mapping", severity: "error"),
        Entry(
            id: "SRV001",
            source: "serverList.json",
            meaning: "the server list is not a JSON array, or is empty",
            severity: "error"
        ),
        Entry(
            id: "SRV002",
            source: "serverList.json",
            meaning: "an entry has a key other than \"id\", \"name\" and \"url\"",
            severity: "error"
        ),
        Entry(
            id: "SRV003",
            source: "serverList.json",
            meaning: "an entry is missing one of \"id\", \"name\" and \"url\"",
            severity: "error"
        ),
        Entry(
            id: "SRV004",
            source: "serverList.json",
            meaning: "an entry is not an object, or one of its values is not a string",
            severity: "error"
        ),
        Entry(
            id: "SRV005",
            source: "serverList.json",
            meaning: "an entry's id is not the root server's numeric BMLT id",
            severity: "error"
        ),
        Entry(id: "SRV006", source: "serverList.json", meaning: "two entries have the same id", severity: "error"),
        Entry(id: "SRV007", source: "serverList.json", meaning: "an entry's name is empty", severity: "error"),
        Entry(
            id: "SRV008",
            source: "serverList.json",
            meaning: "an entry's url is not an https:// base URL (a host, and a final `/`)",
            severity: "error"
        ),
        Entry(
            id: "JSON001",
            source: "JSON input",
            meaning:
                "JSON syntax, at the offending character (nesting deeper than 512 levels is refused; a --tf-json file that is HCL is named as such)",
            severity: "error"
        ),
        Entry(
            id: "JSON002",
            source: "JSON input",
            meaning: "a key written twice in an object of a data file",
            severity: "error"
        ),
        Entry(
            id: "TFJ001",
            source: "Terraform JSON (--tf-json)",
            meaning: "a block has the wrong shape",
            severity: "error"
        ),
        Entry(
            id: "TFJ002",
            source: "Terraform JSON (--tf-json)",
            meaning: "a resource is declared twice",
            severity: "error"
        ),
        Entry(
            id: "TFJ003",
            source: "Terraform JSON (--tf-json)",
            meaning: "a top-level key that is not a Terraform block type (`resources`)",
            severity: "error"
        ),
        Entry(
            id: "TFJ004",
            source: "Terraform JSON (--tf-json)",
            meaning: "JSON that is not a Terraform document at all (a package.json, a plan, a state file)",
            severity: "error"
        ),
        Entry(
            id: "TFJ005",
            source: "Terraform JSON (--tf-json)",
            meaning: "an argument of a resource written twice (terraform's \"Duplicate argument\")",
            severity: "error"
        ),
        Entry(
            id: "TFJ006",
            source: "Terraform JSON (--tf-json)",
            meaning:
                "the file calls modules; their resources are in the modules' own files, which infragen does not read, so they are not checked",
            severity: "note"
        ),
        Entry(
            id: "IO001",
            source: "files",
            meaning: "an input file cannot be read: missing, a folder, a device, larger than 256 MiB",
            severity: "error"
        ),
        Entry(
            id: "IO002",
            source: "files",
            meaning: "an input file is not UTF-8; reported at the first bad byte",
            severity: "error"
        ),
        Entry(
            id: "IO003",
            source: "files",
            meaning: "an output file or folder cannot be written, with the system's reason",
            severity: "error"
        ),
        Entry(
            id: "IO004",
            source: "files",
            meaning: "a file stands where an output folder must go (`--out main.tf.json`)",
            severity: "error"
        ),
        Entry(
            id: "IO005",
            source: "files",
            meaning: "another infragen run is writing the same output folder",
            severity: "error"
        ),
        Entry(
            id: "IO006",
            source: "files",
            meaning: "a stack asked to write a file outside its output folder (a bug in the stack)",
            severity: "error"
        ),
        Entry(
            id: "CLI001",
            source: "command line",
            meaning: "unknown environment, with the known ones and a suggestion",
            severity: "error"
        ),
        Entry(
            id: "CLI002",
            source: "command line",
            meaning: "unknown stack, with the known ones and a suggestion",
            severity: "error"
        ),
        Entry(
            id: "CLI003",
            source: "command line",
            meaning: "no selected stack is deployed to the environment",
            severity: "error"
        ),
        Entry(
            id: "CLI004",
            source: "command line",
            meaning: "an id `explain` does not know, with suggestions",
            severity: "error"
        ),
        Entry(
            id: "CLI005",
            source: "command line",
            meaning: "an environment or stack name that is not a plain name (`/`, `..`, spaces, control characters)",
            severity: "error"
        ),
        Entry(
            id: "CLI006",
            source: "command line",
            meaning: "a word after --tf-json that is no file and looks like an environment: put the environment first",
            severity: "error"
        ),
        Entry(id: "CLI007", source: "command line", meaning: "unknown command, with a suggestion", severity: "error"),
        Entry(
            id: "CLI008",
            source: "command line",
            meaning: "no project: the folder (found upward, or given with --project) has no stacks/ folder",
            severity: "error"
        ),
        Entry(
            id: "POL001",
            source: "waivers",
            meaning: "a waiver has expired, so its finding counts again",
            severity: "error"
        ),
        Entry(
            id: "POL002",
            source: "waivers",
            meaning:
                "a waiver of a rule that cannot be waived (limits and schema rules: AWS or terraform would refuse the apply)",
            severity: "error"
        ),
        Entry(
            id: "POL003",
            source: "waivers",
            meaning: "a waiver without a reason, or whose expiry is not a YYYY-MM-DD date",
            severity: "error"
        ),
        Entry(
            id: "POL004",
            source: "waivers",
            meaning: "a waiver no finding needs any more: remove it",
            severity: "warning"
        ),
        Entry(
            id: "POL005",
            source: "waivers",
            meaning: "a waiver of a rule id that does not exist, with a suggestion",
            severity: "error"
        ),
        Entry(
            id: "POL006",
            source: "waivers",
            meaning: "an attribute set through the override escape hatch, so no typed construct checks or documents it",
            severity: "note"
        ),
        Entry(
            id: "POL007",
            source: "waivers",
            meaning: "a waiver names a resource the stack does not have, with a suggestion",
            severity: "error"
        ),
        Entry(
            id: "POL008",
            source: "waivers",
            meaning: "the same rule and resource are waived twice (in the stack's Swift and in the environment YAML)",
            severity: "warning"
        ),
        Entry(
            id: "CORE001",
            source: "model checks",
            meaning: "two resources of a stack have the same address",
            severity: "error"
        ),
        Entry(
            id: "CORE002",
            source: "model checks",
            meaning:
                "a resource label Terraform does not accept (lower-case letters, digits and `_`, starting with a letter)",
            severity: "error"
        ),
        Entry(
            id: "CORE003",
            source: "model checks",
            meaning: "a reference to a resource the stack does not declare",
            severity: "error"
        ),
        Entry(
            id: "CORE004",
            source: "model checks",
            meaning:
                "a construct put together in a way the types cannot rule out (a target group naming a container the task does not have)",
            severity: "error"
        ),
        Entry(
            id: "PLAN001",
            source: "plan",
            meaning: "`terraform show -json` printed something that is not a plan document",
            severity: "error"
        ),
        Entry(id: "PLAN002", source: "plan", meaning: "terraform failed; its own message follows", severity: "error"),
        Entry(id: "PLAN003", source: "plan", meaning: "terraform is not on PATH", severity: "error"),
        Entry(
            id: "DIFF001",
            source: "diff",
            meaning: "the earlier render to compare with cannot be read",
            severity: "error"
        ),
    ]
}
