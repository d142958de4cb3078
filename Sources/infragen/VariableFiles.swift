import Foundation
import InfraCore
import InfraPolicy

/// The variable values terraform takes from outside a configuration's `*.tf.json` files: the `*.tfvars.json` files it
/// loads by itself from the configuration's folder, and `TF_VAR_NAME` in the environment (`ReferenceValues`).
///
/// Read here, as only the executable does I/O, in terraform's order (`terraform.tfvars`, `terraform.tfvars.json`,
/// then every `*.auto.tfvars` and `*.auto.tfvars.json` by name), in JSON or in HCL (`TFVarsReader`). An HCL file that
/// is not the literals a variables file holds leaves every variable unknown, and a note says where it stopped. A
/// variable set in the environment is unknown too: its value is not looked at, as it may be a secret a finding would
/// print.
struct VariableFiles {
    var inputs = ReferenceValues.Inputs()
    /// Files that could not be read or are not an object of values, as terraform would refuse them.
    var errors: [Diagnostic] = []
    /// Why the defaults were not used, for stderr.
    var notes: [String] = []

    /// The prefix of an environment variable that sets a terraform variable.
    static let environmentPrefix = "TF_VAR_"

    /// Nothing but the configuration's defaults.
    init() {}

    /// The files given with `--var-file`, read once for the run, and the `--var NAME=VALUE` values: terraform applies
    /// them after the folder's own files, in the order given (here the values after the files).
    init(given paths: [String], assignments: [String] = [], files: ProjectFiles) {
        defer { inputs.assignments += assignments.compactMap(Self.assignment) }
        for path in paths { take(path, files: files) }
    }

    /// A `--var NAME=VALUE` value: a JSON list or object when the text is one, as terraform reads a complex value,
    /// else the text (a number or a boolean is read from it as from a string); `nil` without `=` (refused before the
    /// run).
    static func assignment(_ argument: String) -> ReferenceValues.Assignment? {
        guard let equals = argument.firstIndex(of: "="), equals != argument.startIndex else { return nil }
        let name = String(argument[..<equals])
        let text = String(argument[argument.index(after: equals)...])
        var value = JSONValue.string(text)
        if text.hasPrefix("[") || text.hasPrefix("{"), let parsed = try? JSONParser().parse(text, file: "--var") {
            value = parsed.value
        }
        return ReferenceValues.Assignment(name: name, value: value, location: SourceLocation(file: "--var"))
    }

    /// What sets the variables of the configuration in `folder` (`""` for the working directory): its own
    /// `.tfvars.json` files, then the `given` ones (`--var-file`), and the environment. Standard input has no folder
    /// (`nil`).
    init(folder: String?, files: ProjectFiles, environment: [String: String], given: VariableFiles = VariableFiles()) {
        inputs.setElsewhere = Set(
            environment.keys.filter { $0.hasPrefix(Self.environmentPrefix) }.map {
                String($0.dropFirst(Self.environmentPrefix.count))
            }
        )
        defer {
            inputs.assignments += given.inputs.assignments
            inputs.anySetElsewhere = inputs.anySetElsewhere || given.inputs.anySetElsewhere
        }
        guard let folder else { return }
        // Only the variables files are sorted: a folder may hold thousands of other names.
        let names = FileSystem.names(in: folder.isEmpty ? "." : folder).filter { $0.contains(".tfvars") }
        func path(_ name: String) -> String { folder.isEmpty ? name : "\(folder)/\(name)" }
        // terraform's order: terraform.tfvars, terraform.tfvars.json, then the *.auto.tfvars(.json) files by name.
        let loaded =
            ["terraform.tfvars", "terraform.tfvars.json"].filter(names.contains)
            + names.filter { $0.hasSuffix(".auto.tfvars") || $0.hasSuffix(".auto.tfvars.json") }.sorted {
                $0.utf8.lexicographicallyPrecedes($1.utf8)
            }
        for name in loaded { take(path(name), files: files) }
    }

    /// Adds the files that could not be read to `lint`'s input errors, each its own target, and the notes to its
    /// notes.
    func report(into lint: inout LintCommand.Lint, environment: String) {
        for var error in errors {
            let file = error.location?.file ?? error.stack ?? ""
            error.stack = file
            error.environment = environment
            if !lint.targets.contains(where: { $0.stack == file }) {
                lint.targets.append(ReportTarget(stack: file, environment: environment))
            }
            lint.inputErrors.append(error)
        }
        lint.notes += notes
    }

    /// Reads one variables file's values into `inputs`: JSON when its name ends in `.json`, else HCL
    /// (`TFVarsReader`). An HCL file infragen cannot read leaves every variable unknown, with a note that says where
    /// it stopped.
    private mutating func take(_ path: String, files: ProjectFiles) {
        let shown = LintCommand.displayPath(path)
        switch files.read(path) {
        case .failure(let diagnostic):
            errors.append(diagnostic)
        case .success(let text) where !path.hasSuffix(".json"):
            do throws(TFVarsReader.Failure) {
                inputs.assignments += try TFVarsReader.assignments(in: text, file: shown)
            } catch {
                inputs.anySetElsewhere = true
                notes.append(
                    "\(shown):\(error.line):\(error.column): \(error.reason): the file was not read, and the "
                        + "variables were taken as unknown rather than as their defaults"
                )
            }
        case .success(let text):
            do throws(DiagnosticError) {
                let parsed = try JSONParser().parse(text, file: shown)
                guard let members = parsed.members else {
                    errors.append(
                        Diagnostic(
                            id: TerraformJSONInput.DiagnosticID.structure,
                            severity: .error,
                            message: "a .tfvars.json file holds one object of variable values, and this is "
                                + parsed.kindDescription,
                            location: parsed.location(file: shown),
                            hint: #"write {"NAME": VALUE, …}, as `terraform plan -var-file` reads it"#
                        )
                    )
                    return
                }
                for member in members where member.key != "//" {
                    inputs.assignments.append(
                        ReferenceValues.Assignment(
                            name: member.key,
                            value: member.value.value,
                            location: member.location(file: shown)
                        )
                    )
                }
            } catch {
                errors += error.diagnostics
            }
        }
    }
}
