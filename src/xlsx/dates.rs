//! Excel's dates: a number of days (the fraction is the time of day) counted in the 1900 system
//! — with Excel's 29 February 1900, a day that never was, kept below serial 61 — or in the 1904
//! system of some workbooks; shown as a person typed them rather than as serial numbers.

/// Days from 0000-03-01 (the start of the proleptic Gregorian calendar's 400-year cycles, as
/// [`civil_from_days`] counts) to 1899-12-30, the day before Excel's serial 1 in the 1900 system
/// once its phantom leap day is taken into account.
const DAYS_TO_1899_12_30: i64 = 693_899;

/// Days between the 1900 and 1904 systems' day 0.
const DAYS_1900_TO_1904: i64 = 1_462;

/// The last serial day Excel shows (9999-12-31) in each system; later serials are shown as
/// that day, as Excel cannot hold them.
const MAX_SERIAL_1900: f64 = 2_958_465.0;
const MAX_SERIAL_1904: f64 = 2_957_003.0;

const DAY_SECONDS: f64 = 86_400.0;

/// What a number formatted as a date stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExcelDateKind {
    /// A date, a time of day, or both.
    DateTime,
    /// A duration (`[h]:mm`): hours beyond 24 are hours, not days.
    Duration,
}

/// A number formatted as a date, a time or a duration, with the date system of its workbook.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ExcelDateTime {
    serial: f64,
    kind: ExcelDateKind,
    date1904: bool,
}

/// A calendar date and a time of day, as Excel shows a serial.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Moment {
    year: i64,
    month: u32,
    day: u32,
    hour: u64,
    minute: u64,
    second: u64,
}

impl ExcelDateTime {
    /// `serial` days (and fraction of a day) of a workbook counting from 1904 when `date1904`.
    pub fn new(serial: f64, kind: ExcelDateKind, date1904: bool) -> ExcelDateTime {
        ExcelDateTime {
            serial,
            kind,
            date1904,
        }
    }

    /// The serial number as stored.
    pub fn serial(&self) -> f64 {
        self.serial
    }

    /// Whether it is a duration rather than a moment.
    pub fn is_duration(&self) -> bool {
        self.kind == ExcelDateKind::Duration
    }

    /// As a person typed it: a date as YYYY-MM-DD, with HH:MM (and :SS when there are
    /// seconds) when it has a time of day; a time alone (serial below 1) as HH:MM; a duration
    /// as hours:MM, as Excel shows `[h]:mm`.
    pub fn text(&self) -> String {
        let serial = self.serial;
        if self.is_duration() {
            // Whole seconds, rounded, so that 1:30 does not come back as 1:29:59.
            let seconds = (serial.abs() * DAY_SECONDS).round() as u64;
            let sign = if serial < 0.0 && seconds > 0 { "-" } else { "" };
            let text = clock(seconds / 3600, seconds / 60 % 60, seconds % 60);
            return format!("{sign}{text}");
        }
        let m = self.moment();
        let time = clock(m.hour, m.minute, m.second);
        if (0.0..1.0).contains(&serial) {
            time
        } else if (m.hour, m.minute, m.second) == (0, 0, 0) {
            format!("{:04}-{:02}-{:02}", m.year, m.month, m.day)
        } else {
            format!("{:04}-{:02}-{:02} {time}", m.year, m.month, m.day)
        }
    }

    /// The calendar date and time of day of the serial: negative and not-a-number serials
    /// are day 0, serials beyond 9999-12-31 that day; a time that rounds to the next day's
    /// midnight is that midnight.
    fn moment(&self) -> Moment {
        let max = if self.date1904 {
            MAX_SERIAL_1904
        } else {
            MAX_SERIAL_1900
        };
        // `as` saturates: NaN and negative serials become day 0.
        let mut days = self.serial.floor().clamp(0.0, max) as i64;
        let fraction = if self.serial.is_finite() && self.serial >= 0.0 {
            self.serial.fract()
        } else {
            0.0
        };
        let seconds_exact = fraction * DAY_SECONDS;
        let mut seconds = seconds_exact as u64;
        if (seconds_exact.fract() * 1000.0).round() >= 1000.0 {
            seconds += 1;
        }
        if seconds >= DAY_SECONDS as u64 {
            days += 1;
            seconds = 0;
        }
        let (year, month, day) = self.calendar_date(days);
        Moment {
            year,
            month,
            day,
            hour: seconds / 3600,
            minute: seconds / 60 % 60,
            second: seconds % 60,
        }
    }

    /// The calendar date of serial day `days` in the workbook's date system.
    fn calendar_date(&self, days: i64) -> (i64, u32, u32) {
        if self.date1904 {
            return civil_from_days(DAYS_TO_1899_12_30 + DAYS_1900_TO_1904 + days);
        }
        match days {
            // Excel's 29 February 1900, which the calendar never had.
            60 => (1900, 2, 29),
            // Before it, every serial is one day later than the calendar counts.
            0..60 => civil_from_days(DAYS_TO_1899_12_30 + 1 + days),
            _ => civil_from_days(DAYS_TO_1899_12_30 + days),
        }
    }
}

/// Hours, minutes and seconds as HH:MM, or HH:MM:SS when there are seconds.
fn clock(hour: u64, minute: u64, second: u64) -> String {
    if second == 0 {
        format!("{hour:02}:{minute:02}")
    } else {
        format!("{hour:02}:{minute:02}:{second:02}")
    }
}

/// The Gregorian year, month and day of `days` counted from 0000-03-01 (day 0), by whole
/// 400-year cycles of 146,097 days (H. Hinnant's `civil_from_days`, shifted to that epoch).
fn civil_from_days(days: i64) -> (i64, u32, u32) {
    let era = days.div_euclid(146_097);
    let day_of_era = days.rem_euclid(146_097);
    let year_of_era =
        (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let month_from_march = (5 * day_of_year + 2) / 153;
    let day = (day_of_year - (153 * month_from_march + 2) / 5 + 1) as u32;
    let month = if month_from_march < 10 {
        month_from_march + 3
    } else {
        month_from_march - 9
    } as u32;
    let year = year_of_era + era * 400 + i64::from(month <= 2);
    (year, month, day)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::xlsx::Data;

    #[test]
    fn excel_dates_read_as_iso_dates_not_serial_numbers() {
        let text = |serial: f64, kind: ExcelDateKind, is_1904: bool| {
            Data::DateTime(ExcelDateTime::new(serial, kind, is_1904)).text()
        };
        let date = |serial: f64| text(serial, ExcelDateKind::DateTime, false);
        assert_eq!(date(46082.0), "2026-03-01");
        assert_eq!(date(46082.5), "2026-03-01 12:00");
        assert_eq!(
            date(46082.0 + (14.0 * 60.0 + 30.0) / 1440.0),
            "2026-03-01 14:30"
        );
        assert_eq!(date(45943.541), "2025-10-13 12:59:02");
        assert_eq!(date(1.0), "1900-01-01");
        // Excel's 1900 leap-year bug: serial 60 is its 29 February 1900, 61 is 1 March.
        assert_eq!(date(59.0), "1900-02-28");
        assert_eq!(date(61.0), "1900-03-01");
        assert_eq!(date(0.75), "18:00", "a time alone");
        assert_eq!(
            text(44621.0, ExcelDateKind::DateTime, true),
            "2026-03-02",
            "1904-based workbook"
        );
        assert_eq!(text(1.5625, ExcelDateKind::Duration, false), "37:30");
        assert_eq!(
            Data::DateTimeIso("2026-03-01T10:00:00".to_owned()).text(),
            "2026-03-01T10:00:00"
        );
    }

    #[test]
    fn the_calendar_holds_at_its_edges() {
        let date = |serial: f64| ExcelDateTime::new(serial, ExcelDateKind::DateTime, false).text();
        assert_eq!(date(60.0), "1900-02-29");
        assert_eq!(date(366.0), "1900-12-31");
        assert_eq!(date(367.0), "1901-01-01");
        assert_eq!(date(36_526.0), "2000-01-01");
        assert_eq!(date(36_585.0), "2000-02-29", "2000 is a leap year");
        assert_eq!(date(2_958_465.0), "9999-12-31");
        assert_eq!(date(1e300), "9999-12-31", "beyond Excel's last day");
        assert_eq!(
            date(1.999_999_999),
            "1900-01-02",
            "rounds to the next midnight"
        );
        assert_eq!(date(f64::NAN), "1899-12-31", "day 0");
        assert_eq!(date(-5.0), "1899-12-31");
        let in_1904 =
            |serial: f64| ExcelDateTime::new(serial, ExcelDateKind::DateTime, true).text();
        assert_eq!(in_1904(1.0), "1904-01-02");
        assert_eq!(in_1904(0.0), "00:00");
    }
}
