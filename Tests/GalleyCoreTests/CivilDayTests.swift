import GalleyCore
import Testing

@Suite struct CivilDayTests {
    @Test(arguments: [
        (0, CivilDay(year: 1970, month: 1, day: 1)),
        (18_725, CivilDay(year: 2021, month: 4, day: 8)),
        (11_016, CivilDay(year: 2000, month: 2, day: 29)),
        (-1, CivilDay(year: 1969, month: 12, day: 31)),
        (-719_468, CivilDay(year: 0, month: 3, day: 1)),
    ])
    func convertsBothWays(_ days: Int, _ date: CivilDay) {
        #expect(CivilDay(daysSince1970: days) == date)
        #expect(date.daysSince1970 == days)
    }

    @Test func monthLengths() {
        #expect(CivilDay.days(inMonth: 2, year: 2000) == 29)
        #expect(CivilDay.days(inMonth: 2, year: 1900) == 28)
        #expect(CivilDay.days(inMonth: 2, year: 2024) == 29)
        #expect(CivilDay.days(inMonth: 4, year: 2023) == 30)
        #expect(CivilDay.days(inMonth: 12, year: 2023) == 31)
    }

    @Test(arguments: [
        (Int64(0), CivilDay(year: 1970, month: 1, day: 1), Int64(0)),
        (Int64(1_617_881_400), CivilDay(year: 2021, month: 4, day: 8), Int64(41_400)),
        (Int64(-1), CivilDay(year: 1969, month: 12, day: 31), Int64(86_399)),
        (Int64(-86_400), CivilDay(year: 1969, month: 12, day: 31), Int64(0)),
    ])
    func splitsEpochSeconds(_ seconds: Int64, _ day: CivilDay, _ secondOfDay: Int64) {
        let split = CivilDay.of(secondsSince1970: seconds)
        #expect(split.day == day)
        #expect(split.secondOfDay == secondOfDay)
    }
}
