import InfraCore

/// The wording of every file-system diagnostic, kept in one place so the ids stay stable and the hints consistent.
///
/// - `IO001`: an input file cannot be read (missing, a folder, unreadable, too large).
/// - `IO002`: an input file is not UTF-8; located at the first bad byte.
/// - `IO003`: an output file or folder cannot be written.
/// - `IO004`: a file stands where an output folder must go.
/// - `IO005`: another infragen run is writing the same output folder.
enum FileDiagnostics {
    /// An input that cannot be read. `shown` is the path as the user wrote it; `hint` says where such paths are
    /// resolved from.
    static func unreadable(_ shown: String, _ error: FileSystemError, hint: String) -> Diagnostic {
        Diagnostic(
            id: "IO001",
            severity: .error,
            message: "cannot read \(shown): \(error.reason)",
            location: SourceLocation(file: shown),
            hint: error.isMissing ? hint : "check that \(shown) is a readable file"
        )
    }

    /// `--tf-json -` with a terminal on standard input, which would otherwise wait silently for JSON to be typed.
    static func standardInputIsTerminal(_ shown: String) -> Diagnostic {
        Diagnostic(
            id: "IO001",
            severity: .error,
            message: "cannot read \(shown): standard input is a terminal, and `-` reads JSON piped in",
            location: SourceLocation(file: shown),
            hint: "pipe the file in (`infragen lint --tf-json - < cdk.tf.json`), or name it instead of `-`"
        )
    }

    /// A folder after `--tf-json` with no `*.tf.json` file below it.
    static func noTerraformJSON(inFolder shown: String) -> Diagnostic {
        Diagnostic(
            id: "IO001",
            severity: .error,
            message: "no Terraform JSON file (*.tf.json) below the folder \(shown)",
            location: SourceLocation(file: shown),
            hint: "pass the folder that holds the cdk.tf.json or *.tf.json files, or name the files"
        )
    }

    /// Text that is not UTF-8, located at the first byte that breaks the encoding.
    static func notUTF8(_ shown: String, _ problem: UTF8Validation.Problem) -> Diagnostic {
        Diagnostic(
            id: "IO002",
            severity: .error,
            message: "\(problem.description); \(shown) must be UTF-8 text",
            location: SourceLocation(file: shown, line: problem.line, column: problem.column),
            hint: "save the file as UTF-8 (e.g. `iconv -f latin1 -t utf-8`), or remove the stray byte"
        )
    }

    /// An output that cannot be written: a folder that cannot be created, a file that cannot be replaced.
    static func unwritable(_ shown: String, _ error: FileSystemError, option: String) -> Diagnostic {
        let hint =
            error.isNotADirectory
            ? "a file stands where a folder of this path must be; move it away or pass \(option) with another path"
            : error.isPermissionProblem
                ? "make the folder writable, or pass \(option) with a folder you can write"
                : error.isDirectory
                    ? (option == "--output"
                        ? "--output names a folder; pass a file path"
                        : "a folder stands where this file must be written; move it away")
                    : "pass \(option) with a folder you can write"
        return Diagnostic(
            id: "IO003",
            severity: .error,
            message: "cannot write \(shown): \(error.isNotADirectory ? "a file is in the way" : error.reason)",
            location: SourceLocation(file: shown),
            hint: hint
        )
    }

    /// A file (or device) where an output folder must be created.
    static func blockedByFile(_ shown: String, option: String) -> Diagnostic {
        Diagnostic(
            id: "IO004",
            severity: .error,
            message: "\(shown) is a file, not a folder",
            location: SourceLocation(file: shown),
            hint: "\(option) names the output folder; move the file away or pass \(option) with another folder"
        )
    }

    /// The output folder's lock is held by another run.
    static func locked(_ lockPath: String, holder: String?) -> Diagnostic {
        Diagnostic(
            id: "IO005",
            severity: .error,
            message: "another infragen run is writing this folder"
                + (holder.map { " (process \($0))" } ?? ""),
            location: SourceLocation(file: lockPath),
            hint: "wait for it to finish and run again; the lock is released when that process exits"
        )
    }
}
