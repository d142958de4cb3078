import InfraCore

extension RenderInvocation {
    /// The options `init(arguments:)` reads, each taking a value; `--check` is the one flag.
    static let valueOptions: Set<String> = ["--out", "--project", "--stack", "--today", "--format"]

    /// The render a command line asks for, read without ArgumentParser; `nil` for any command line outside the
    /// common forms, which ArgumentParser then reads, and explains when it is wrong.
    ///
    /// ArgumentParser reflects over every option of the command, and each type it meets for the first time costs a
    /// scan of all the protocol conformances in the binary: 2 to 3.5 ms before a render could start, a tenth of
    /// `render prod`. Read here: `render <env>` with `--out`, `--project`, `--stack` (repeatable), `--today` and
    /// `--format`, each given once, its value the next argument or after `=`, and `--check`. Left to ArgumentParser:
    /// help, `--`, short options, a value that is empty or starts with `-`, an option given twice, a second
    /// positional argument, a `--today` that is no date, anything unknown. `RenderInvocationTests` checks that
    /// ArgumentParser reads each accepted command line to the same invocation.
    init?(arguments: [String]) {
        guard arguments.first == "render" else { return nil }
        var environment: String?
        var project = ProjectSelection()
        var outputRoot = "out"
        var check = false
        var format = TextOrJSON.text
        var given: Set<String> = []
        var index = 1
        while index < arguments.count {
            let argument = arguments[index]
            index += 1
            guard argument.hasPrefix("-") else {
                guard environment == nil, !argument.isEmpty, argument != "help" else { return nil }
                environment = argument
                continue
            }
            var name = argument
            var value: String?
            if let equals = argument.firstIndex(of: "=") {
                name = String(argument[..<equals])
                value = String(argument[argument.index(after: equals)...])
            }
            guard name == "--stack" || given.insert(name).inserted else { return nil }
            if name == "--check" {
                guard value == nil else { return nil }
                check = true
                continue
            }
            guard Self.valueOptions.contains(name) else { return nil }
            if value == nil, index < arguments.count {
                value = arguments[index]
                index += 1
            }
            guard let value, !value.isEmpty, !value.hasPrefix("-") else { return nil }
            switch name {
            case "--out": outputRoot = value
            case "--project": project.root = value
            case "--stack": project.stacks.append(value)
            case "--today":
                // A day that is no date is ArgumentParser's to explain, with `render`'s usage.
                guard CalendarDate(value) != nil else { return nil }
                project.today = value
            default:
                guard let choice = TextOrJSON(rawValue: value) else { return nil }
                format = choice
            }
        }
        guard let environment else { return nil }
        self.init(environment: environment, project: project, outputRoot: outputRoot, check: check, format: format)
    }
}
