import ArgumentParser
import InfraCore

/// Options every command that reads stacks shares.
struct ProjectOptions: ParsableArguments {
    @Option(
        name: .customLong("project"),
        help: ArgumentHelp(
            "The project root: the folder with stacks/ and serverList.json. Default: the nearest folder, from the working directory upward, that holds Package.swift and stacks/.",
            valueName: "dir"
        )
    )
    var root: String?

    @Option(
        name: .customLong("stack"),
        help: ArgumentHelp(
            "Only this stack; repeat for several. Default: every stack deployed to the environment.",
            valueName: "stack"
        )
    )
    var stacks: [String] = []

    @Option(name: .customLong("today"), help: .hidden)
    var today: String?

    /// Refuses a `--today` that is no date while the command line is read, so that the message comes with the
    /// command's usage (`infragen render …`); thrown later, from `run()`, it came with the top-level one.
    func validate() throws {
        if let today, CalendarDate(today) == nil { throw ValidationError(ProjectSelection.todayFormat) }
    }

    /// What was parsed, as a plain value for the code that loads stacks.
    var selection: ProjectSelection { ProjectSelection(root: root, stacks: stacks, today: today) }

    /// `ProjectSelection.currentDay()`.
    func currentDay() throws -> CalendarDate { try selection.currentDay() }

    /// `ProjectSelection.projectRoot`.
    var projectRoot: String { selection.projectRoot }
}
