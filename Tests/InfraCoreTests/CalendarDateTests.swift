import Testing

@testable import InfraCore

@Suite struct CalendarDateTests {
    @Test(arguments: [
        ("2026-12-31", 2026, 12, 31),
        ("2026-01-01", 2026, 1, 1),
        ("2024-02-29", 2024, 2, 29),
        ("2000-02-29", 2000, 2, 29),
        ("2023-02-28", 2023, 2, 28),
        ("2026-04-30", 2026, 4, 30),
        ("0001-01-01", 1, 1, 1),
    ])
    func parsesValidDates(text: String, year: Int, month: Int, day: Int) throws {
        let date = try #require(CalendarDate(text))
        #expect(date == CalendarDate(year: year, month: month, day: day))
        #expect(date.description == text)
    }

    @Test(arguments: [
        "", "2026", "2026-12", "2026-12-31-01", "2026/12/31", "31-12-2026", "2026-1-01", "2026-01-1", "26-01-01",
        "02026-01-01", "2026-13-01", "2026-00-10", "2026-01-00", "2026-01-32", "2026-04-31", "2023-02-29",
        "1900-02-29", "2026-02-30", "abcd-ef-gh", "2026-12-31 ", " 2026-12-31", "2026-12-31T00:00", "2026--1-01",
    ])
    func rejectsAnythingElse(text: String) {
        #expect(CalendarDate(text) == nil)
    }

    @Test(arguments: [
        (0, "1970-01-01"), (-1, "1969-12-31"), (19_723, "2024-01-01"), (20_787, "2026-11-30"), (11_016, "2000-02-29"),
        (-25_508, "1900-03-01"), (-719_162, "0001-01-01"),
    ])
    func daysSinceEpoch(days: Int, text: String) {
        #expect(CalendarDate(daysSinceEpoch: days).description == text)
    }

    /// Every day from 1601 to 2399, counted forward with the calendar's own month lengths.
    @Test func daysSinceEpochCountsEveryDayOfFourCenturies() {
        var expected = CalendarDate(year: 1601, month: 1, day: 1)
        for days in -134_774...157_000 {
            let date = CalendarDate(daysSinceEpoch: days)
            guard date == expected else {
                Issue.record("day \(days): \(date), expected \(expected)")
                return
            }
            if expected.day < CalendarDate.daysIn(month: expected.month, year: expected.year) {
                expected.day += 1
            } else if expected.month < 12 {
                expected = CalendarDate(year: expected.year, month: expected.month + 1, day: 1)
            } else {
                expected = CalendarDate(year: expected.year + 1, month: 1, day: 1)
            }
        }
    }

    @Test func descriptionPadsEveryField() {
        #expect(CalendarDate(year: 5, month: 1, day: 2).description == "0005-01-02")
        #expect(CalendarDate(year: 2026, month: 11, day: 23).description == "2026-11-23")
    }

    @Test func ordering() throws {
        let texts = ["2026-12-31", "2025-01-01", "2026-01-15", "2026-01-02", "2027-01-01"]
        let dates = try texts.map { try #require(CalendarDate($0)) }
        #expect(
            dates.sorted().map(\.description) == ["2025-01-01", "2026-01-02", "2026-01-15", "2026-12-31", "2027-01-01"]
        )
        #expect(CalendarDate(year: 2026, month: 1, day: 31) < CalendarDate(year: 2026, month: 2, day: 1))
        #expect(CalendarDate(year: 2025, month: 12, day: 31) < CalendarDate(year: 2026, month: 1, day: 1))
        #expect(!(CalendarDate(year: 2026, month: 1, day: 1) < CalendarDate(year: 2026, month: 1, day: 1)))
    }
}
