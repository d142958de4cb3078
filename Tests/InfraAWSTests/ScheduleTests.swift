import InfraAWS
import Testing

@Suite struct ScheduleTests {
    @Test(arguments: [
        (Events.Schedule.rate(1, .minute), "rate(1 minute)"),
        (.rate(5, .minute), "rate(5 minutes)"),
        (.rate(1, .hour), "rate(1 hour)"),
        (.rate(4, .hour), "rate(4 hours)"),
        (.rate(1, .day), "rate(1 day)"),
        (.rate(7, .day), "rate(7 days)"),
        (.cron("0 12 1 */2 ? *"), "cron(0 12 1 */2 ? *)"),
        (.cron("15 3 ? * MON-FRI *"), "cron(15 3 ? * MON-FRI *)"),
    ])
    func formatting(schedule: Events.Schedule, text: String) {
        #expect(schedule.description == text)
        #expect(Events.Schedule(parsing: text) == schedule)
    }

    @Test(arguments: [
        "rate(1 minutes)",
        "rate(2 hour)",
        "rate(0 minutes)",
        "rate(-1 minutes)",
        "rate(1 week)",
        "rate(2 weeks)",
        "rate(five minutes)",
        "rate(5)",
        "rate(5 minutes extra)",
        "rate()",
        "rate(5 Minutes)",
        "rate 5 minutes",
        "cron(0 12 * * ?)",
        "cron(0 12 * * ? * *)",
        "cron()",
        "cron 0 12 * * ? *",
        "at(2026-01-01T00:00:00)",
        "every day",
        "",
    ])
    func parsingRejects(text: String) {
        #expect(Events.Schedule(parsing: text) == nil)
    }

    @Test func cronFieldsAreKeptAsWritten() {
        #expect(Events.Schedule(parsing: "cron(0/5 8-17 ? * MON-FRI *)") == .cron("0/5 8-17 ? * MON-FRI *"))
    }
}
