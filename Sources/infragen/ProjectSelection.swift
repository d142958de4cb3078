import ArgumentParser
import Foundation
import InfraCore

/// Which project, which of its stacks and which day a command works on: what `ProjectOptions` parsed, as a plain
/// value, so that a command line read without ArgumentParser (`RenderInvocation.init(arguments:)`) selects the same.
struct ProjectSelection: Equatable, Sendable {
    /// `--project`; `nil` means the project is looked for upward from the working directory.
    var root: String?
    /// `--stack` names, in the order given; empty means every stack.
    var stacks: [String] = []
    /// `--today` (tests pin the day waivers are checked against); `nil` means the current UTC date.
    var today: String?

    /// The day waivers are checked against: `--today` (for tests), else the current UTC date.
    func currentDay() throws -> CalendarDate {
        if let today {
            guard let day = CalendarDate(today) else { throw ValidationError(Self.todayFormat) }
            return day
        }
        return ProjectFiles.todayUTC()
    }

    /// The message for a `--today` that is no date.
    static let todayFormat = "--today must be YYYY-MM-DD"

    /// `--project`, else the project found upward from the working directory, else the working directory.
    var projectRoot: String {
        if let root { return root }
        let directory = FileManager.default.currentDirectoryPath
        return ProjectRoot.find(from: directory) ?? directory
    }
}
