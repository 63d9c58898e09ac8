//! Dates without a calendar dependency: today's date as `YYYY-MM-DD` (UTC), for new assessments
//! and the `changed` stamp of answers (the civil-from-days conversion is a few lines of
//! arithmetic), and the check that a date read from a file is a real one (no 2026-02-30).

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
    use super::{date_from_days, is_valid_date, is_valid_date_or_time};

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
