//! Dates without a calendar dependency: today's date as `YYYY-MM-DD` (UTC), for new assessments
//! and the `changed` stamp of answers (the civil-from-days conversion is a few lines of
//! arithmetic), the check that a date read from a file is a real one (no 2026-02-30), and a
//! date as a person types and reads it ("2 December 2026", "2/12/2026") turned into the ISO
//! form files keep, and back.

use std::time::{SystemTime, UNIX_EPOCH};

/// Today's date in UTC as `YYYY-MM-DD`.
pub fn today() -> String {
    let seconds = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    date_from_days(seconds / 86_400)
}

/// The date `days` after 1970-01-01, by Howard Hinnant's `civil_from_days` algorithm.
fn date_from_days(days: u64) -> String {
    let z = days as i64 + 719_468;
    let era = z.div_euclid(146_097);
    let day_of_era = z.rem_euclid(146_097);
    let year_of_era =
        (day_of_era - day_of_era / 1_460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let mp = (5 * day_of_year + 2) / 153;
    let day = day_of_year - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = year_of_era + era * 400 + i64::from(month <= 2);
    format!("{year:04}-{month:02}-{day:02}")
}

/// True for a real calendar date written `YYYY-MM-DD` (2024-02-29 yes, 2026-02-30 and
/// 2026-13-45 no).
pub fn is_valid_date(text: &str) -> bool {
    let bytes = text.as_bytes();
    if bytes.len() != 10 || bytes[4] != b'-' || bytes[7] != b'-' {
        return false;
    }
    let (Some(year), Some(month), Some(day)) = (
        number(&text[0..4]),
        number(&text[5..7]),
        number(&text[8..10]),
    ) else {
        return false;
    };
    (1..=12).contains(&month) && (1..=days_in_month(year, month)).contains(&day)
}

/// True for a real date (`YYYY-MM-DD`) or an RFC 3339 time on a real date
/// (`2026-03-01T09:30:00Z`, `2026-03-01T09:30:00.5+01:00`).
pub fn is_valid_date_or_time(text: &str) -> bool {
    let Some((date, time)) = text.split_once(['T', 't', ' ']) else {
        return is_valid_date(text);
    };
    is_valid_date(date) && is_valid_time_of_day(time)
}

/// `HH:MM:SS`, optional fraction, then `Z` or `±HH:MM`.
fn is_valid_time_of_day(text: &str) -> bool {
    let (clock, offset) = match text.find(['Z', 'z', '+', '-']) {
        Some(at) => text.split_at(at),
        None => return false,
    };
    let (clock, fraction) = clock.split_once('.').unwrap_or((clock, "0"));
    let fraction_ok = !fraction.is_empty() && fraction.bytes().all(|b| b.is_ascii_digit());
    let offset_ok = match offset {
        "Z" | "z" => true,
        _ => hours_minutes(&offset[1..], 23).is_some() && offset.len() == 6,
    };
    fraction_ok && offset_ok && clock_ok(clock)
}

fn clock_ok(clock: &str) -> bool {
    let Some((hours_minutes_part, seconds)) = clock.rsplit_once(':') else {
        return false;
    };
    // A leap second (:60) is valid RFC 3339.
    hours_minutes(hours_minutes_part, 23).is_some()
        && seconds.len() == 2
        && number(seconds).is_some_and(|s| s <= 60)
}

/// `HH:MM` with hours up to `max_hours`.
fn hours_minutes(text: &str, max_hours: u32) -> Option<()> {
    let (hours, minutes) = text.split_once(':')?;
    let ok = hours.len() == 2
        && minutes.len() == 2
        && number(hours)? <= max_hours
        && number(minutes)? <= 59;
    ok.then_some(())
}

/// A number written in ASCII digits only (no sign, no spaces).
fn number(text: &str) -> Option<u32> {
    if text.is_empty() || !text.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    text.parse().ok()
}

/// The ISO date (`YYYY-MM-DD`) a person meant by `text`, if it is a real date: `2026-12-02`,
/// `2/12/2026` or `2.12.2026` (day first, as in Europe), or `2 December 2026` with a month of
/// `months` (the language's twelve names, January first) written in full or by its first three
/// letters, in any case. None for anything else, `2 dec` (no year) and 2026-02-30 included.
pub fn parse_date(text: &str, months: &[String]) -> Option<String> {
    let text = text.trim();
    if is_valid_date(text) {
        return Some(text.to_owned());
    }
    let parts: Vec<&str> = text
        .split(|c: char| c == '/' || c == '.' || c.is_whitespace())
        .filter(|p| !p.is_empty())
        .collect();
    let [day, month, year] = parts.as_slice() else {
        return None;
    };
    let month = number(month).or_else(|| month_number(month, months))?;
    let (day, year) = (number(day)?, number(year)?);
    if year < 1000 {
        return None;
    }
    let iso = format!("{year:04}-{month:02}-{day:02}");
    is_valid_date(&iso).then_some(iso)
}

/// The month `name` stands for (1–12): one of `months` in full or its first three letters.
fn month_number(name: &str, months: &[String]) -> Option<u32> {
    let name = name.trim_end_matches('.').to_lowercase();
    if name.chars().count() < 3 {
        return None;
    }
    let position = months.iter().position(|month| {
        let month = month.to_lowercase();
        month == name || month.chars().take(3).eq(name.chars())
    })?;
    u32::try_from(position + 1).ok()
}

/// An ISO date as a person reads it: `2 December 2026` with `months` (the language's names);
/// anything that is not a real ISO date comes back as it is.
pub fn format_date(iso: &str, months: &[String]) -> String {
    if !is_valid_date(iso) {
        return iso.to_owned();
    }
    let (Some(year), Some(month), Some(day)) =
        (number(&iso[0..4]), number(&iso[5..7]), number(&iso[8..10]))
    else {
        return iso.to_owned();
    };
    match months.get(month as usize - 1) {
        Some(name) => format!("{day} {name} {year}"),
        None => iso.to_owned(),
    }
}

fn days_in_month(year: u32, month: u32) -> u32 {
    match month {
        4 | 6 | 9 | 11 => 30,
        2 if year.is_multiple_of(4) && (!year.is_multiple_of(100) || year.is_multiple_of(400)) => {
            29
        }
        2 => 28,
        _ => 31,
    }
}

#[cfg(test)]
mod tests {
    use super::{date_from_days, format_date, is_valid_date, is_valid_date_or_time, parse_date};

    fn months() -> Vec<String> {
        [
            "January",
            "February",
            "March",
            "April",
            "May",
            "June",
            "July",
            "August",
            "September",
            "October",
            "November",
            "December",
        ]
        .map(str::to_owned)
        .to_vec()
    }

    #[test]
    fn typed_dates_become_iso_and_only_real_ones() {
        let months = months();
        for (typed, iso) in [
            ("2026-12-02", "2026-12-02"),
            ("2/12/2026", "2026-12-02"),
            ("02.12.2026", "2026-12-02"),
            ("2 December 2026", "2026-12-02"),
            ("2 dec 2026", "2026-12-02"),
            (" 29 Feb 2024 ", "2024-02-29"),
        ] {
            assert_eq!(parse_date(typed, &months).as_deref(), Some(iso), "{typed}");
        }
        for bad in [
            "2 dec",
            "30/2/2026",
            "2 Decembre 2026",
            "2/12/26",
            "yesterday",
            "",
        ] {
            assert_eq!(parse_date(bad, &months), None, "{bad}");
        }
        assert_eq!(format_date("2026-12-02", &months), "2 December 2026");
        assert_eq!(format_date("2 dec", &months), "2 dec");
    }

    #[test]
    fn real_dates_only() {
        for good in ["2026-12-02", "2024-02-29", "2000-02-29", "1999-12-31"] {
            assert!(is_valid_date(good), "{good}");
        }
        for bad in [
            "2026-13-45",
            "2026-02-30",
            "1900-02-29",
            "2026-04-31",
            "2026-00-10",
            "2026-01-00",
            "yesterday",
            "2026-1-05",
            "+026-01-05",
            "",
        ] {
            assert!(!is_valid_date(bad), "{bad}");
        }
    }

    #[test]
    fn rfc3339_times_on_real_dates() {
        for good in [
            "2026-03-01",
            "2026-03-01T09:30:00Z",
            "2026-03-01T23:59:60.123+01:00",
            "2026-03-01t09:30:00-05:30",
        ] {
            assert!(is_valid_date_or_time(good), "{good}");
        }
        for bad in [
            "2026-02-30T09:30:00Z",
            "2026-03-01T24:00:00Z",
            "2026-03-01T09:30Z",
            "2026-03-01T09:30:00",
            "2026-03-01T09:30:00+1:00",
            "2026-03-01T09:30:00.Z",
            "now",
        ] {
            assert!(!is_valid_date_or_time(bad), "{bad}");
        }
    }

    #[test]
    fn known_dates() {
        assert_eq!(date_from_days(0), "1970-01-01");
        assert_eq!(date_from_days(11_016), "2000-02-29");
        assert_eq!(date_from_days(20_789), "2026-12-02");
    }
}
