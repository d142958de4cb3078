import ArgumentParser
import InfraCore

/// Options every command that reads stacks shares.
struct ProjectOptions: ParsableArguments {
    @Option(name: .customLong("project"), help: "The project root: the folder with stacks/ and serverList.json.")
    var root: String = "."

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

    /// The day waivers are checked against: `--today` (for tests), else the current UTC date.
    func currentDay() throws -> CalendarDate {
        if let today {
            guard let day = CalendarDate(today) else { throw ValidationError("--today must be YYYY-MM-DD") }
            return day
        }
        return ProjectFiles.todayUTC()
    }
}
