import ArgumentParser
import Foundation
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

    /// The day waivers are checked against: `--today` (for tests), else the current UTC date.
    func currentDay() throws -> CalendarDate {
        if let today {
            guard let day = CalendarDate(today) else { throw ValidationError("--today must be YYYY-MM-DD") }
            return day
        }
        return ProjectFiles.todayUTC()
    }

    /// `--project`, else the project found upward from the working directory, else the working directory.
    var projectRoot: String {
        if let root { return root }
        let directory = FileManager.default.currentDirectoryPath
        return ProjectRoot.find(from: directory) ?? directory
    }
}
