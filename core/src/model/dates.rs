//! Reading dates from sources. A date that cannot be read is `None`, never
//! an error.
//!
//! Shapes read (docs/article-format.md, "Dates"):
//! - RFC 3339 / ISO 8601: `2025-05-03`, `2025-05-03T18:30:00Z`,
//!   `2025-05-03T18:30:00.123+02:00`, `+0200`, `+02`, zone-less (read as UTC),
//!   a space instead of `T`, `2025/05/03`, a trailing `UTC`/`GMT`;
//! - RFC 2822: `Sat, 03 May 2025 18:30:00 +0000`, `GMT`, `UT`, `EST`-style
//!   zones, with or without the weekday;
//! - written dates: `May 3, 2025`, `3 May 2025`, `Saturday, May 3rd, 2025
//!   6:30 PM`;
//! - Unix time in seconds or milliseconds, as a number or numeric string.
//!
//! Ambiguous all-numeric dates such as `05/03/2025` are not guessed.
//!
//! The `iso` of the result is always a valid HTML `datetime` value: a date
//! (`2025-05-03`), a zone-less date-time (`2025-05-03T18:30:00`) or one with
//! its zone (`2025-05-03T18:30:00Z`, `2025-05-03T12:30:00-06:00`).

use super::article::Timestamp;

/// Reads a date in any of the shapes above.
pub fn read_date(raw: &str) -> Option<Timestamp> {
    read_with_default_zone(raw, None)
}

/// Reads a date that the source states is UTC even when it carries no zone,
/// such as WordPress `date_gmt`. A zone given in the text still wins.
pub fn read_utc_date(raw: &str) -> Option<Timestamp> {
    read_with_default_zone(raw, Some(0))
}

/// Reads a Unix time given as a number: seconds when below 10^11 (until the
/// year 5138), milliseconds from there. Times before 1973 (under 10^8) are
/// refused: they are far more often a year or an id than a date.
pub fn read_unix(value: f64) -> Option<Timestamp> {
    if !value.is_finite() || !(1e8..1e14).contains(&value) {
        return None;
    }
    let ms = if value < 1e11 { value * 1000.0 } else { value };
    build(utc_parts(ms.round() as i64))
}

/// The UTC calendar date and time of a Unix time in milliseconds.
fn utc_parts(ms: i64) -> Parts {
    let days = ms.div_euclid(86_400_000);
    let in_day = ms.rem_euclid(86_400_000);
    let (year, month, day) = civil_from_days(days);
    Parts {
        year,
        month,
        day,
        time: Some(Time {
            hour: in_day / 3_600_000,
            minute: in_day / 60_000 % 60,
            second: in_day / 1000 % 60,
            milli: in_day % 1000,
        }),
        offset_min: Some(0),
    }
}

fn read_with_default_zone(raw: &str, default_offset: Option<i64>) -> Option<Timestamp> {
    let s = raw.trim();
    if s.is_empty() || s.len() > 80 {
        return None;
    }
    let mut parts = read_iso(s)
        .or_else(|| read_numeric(s))
        .or_else(|| read_written(s))?;
    if parts.offset_min.is_none() {
        parts.offset_min = default_offset;
    }
    build(parts)
}

#[derive(Clone, Copy, Debug)]
struct Time {
    hour: i64,
    minute: i64,
    second: i64,
    milli: i64,
}

#[derive(Clone, Copy, Debug)]
struct Parts {
    year: i64,
    month: i64,
    day: i64,
    time: Option<Time>,
    /// Minutes east of UTC; `None` when the source gave no zone.
    offset_min: Option<i64>,
}

/// Checks the parts and turns them into a timestamp with a canonical `iso`.
fn build(parts: Parts) -> Option<Timestamp> {
    let Parts {
        year,
        month,
        day,
        time,
        offset_min,
    } = parts;
    if !(1..=9999).contains(&year) || !(1..=12).contains(&month) {
        return None;
    }
    if day < 1 || day > days_in_month(year, month) {
        return None;
    }
    let date_ms = days_from_civil(year, month, day) * 86_400_000;
    let date_iso = format!("{year:04}-{month:02}-{day:02}");
    let Some(t) = time else {
        return Some(Timestamp {
            epoch_ms: date_ms,
            iso: date_iso,
            has_time: false,
            has_zone: false,
        });
    };
    // A leap second is shown as the last second of its minute.
    let second = t.second.min(59);
    if !(0..=23).contains(&t.hour)
        || !(0..=59).contains(&t.minute)
        || !(0..=60).contains(&t.second)
        || !(0..=999).contains(&t.milli)
    {
        return None;
    }
    if offset_min.is_some_and(|o| o.abs() > 23 * 60 + 59) {
        return None;
    }
    let offset = offset_min.unwrap_or(0);
    let epoch_ms = date_ms + ((t.hour * 60 + t.minute - offset) * 60 + second) * 1000 + t.milli;
    let mut iso = format!("{date_iso}T{:02}:{:02}:{second:02}", t.hour, t.minute);
    if t.milli != 0 {
        iso.push_str(&format!(".{:03}", t.milli));
    }
    match offset_min {
        None => {}
        Some(0) => iso.push('Z'),
        Some(o) => {
            let sign = if o < 0 { '-' } else { '+' };
            iso.push_str(&format!("{sign}{:02}:{:02}", o.abs() / 60, o.abs() % 60));
        }
    }
    Some(Timestamp {
        epoch_ms,
        iso,
        has_time: true,
        has_zone: offset_min.is_some(),
    })
}

/// All ASCII digits, at least one.
fn digits(s: &str) -> Option<i64> {
    if s.is_empty() || s.len() > 15 || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    s.parse().ok()
}

/// Milliseconds from the digits after a decimal point (more than three are
/// cut, not rounded, so `.9999` never becomes the next second).
fn fraction_ms(s: &str) -> Option<i64> {
    if s.is_empty() || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let mut ms = 0;
    for (i, b) in s.bytes().take(3).enumerate() {
        ms += i64::from(b - b'0') * [100, 10, 1].get(i).copied().unwrap_or(0);
    }
    Some(ms)
}

/// `HH:MM`, `HH:MM:SS`, `HH:MM:SS.fff` (or `,fff`).
fn read_clock(s: &str) -> Option<Time> {
    let mut fields = s.splitn(3, ':');
    let hour = fields.next()?;
    let minute = fields.next()?;
    if hour.is_empty() || hour.len() > 2 || minute.len() != 2 {
        return None;
    }
    let (second, milli) = match fields.next() {
        None => (0, 0),
        Some(sec) => {
            let (whole, frac) = match sec.find(['.', ',']) {
                Some(dot) => (sec.get(..dot)?, Some(sec.get(dot + 1..)?)),
                None => (sec, None),
            };
            if whole.len() != 2 {
                return None;
            }
            (digits(whole)?, frac.map_or(Some(0), fraction_ms)?)
        }
    };
    Some(Time {
        hour: digits(hour)?,
        minute: digits(minute)?,
        second,
        milli,
    })
}

/// A zone: `Z`, `UTC`, `GMT`, `UT`, US zone names, `+HH`, `+HHMM`, `+HH:MM`,
/// also after `UTC`/`GMT` (`GMT+02:00`). Minutes east of UTC.
fn read_zone(s: &str) -> Option<i64> {
    let lower = s.to_ascii_lowercase();
    let named = match lower.as_str() {
        "z" | "ut" | "utc" | "gmt" => Some(0),
        "est" => Some(-5 * 60),
        "edt" => Some(-4 * 60),
        "cst" => Some(-6 * 60),
        "cdt" => Some(-5 * 60),
        "mst" => Some(-7 * 60),
        "mdt" => Some(-6 * 60),
        "pst" => Some(-8 * 60),
        "pdt" => Some(-7 * 60),
        "cet" => Some(60),
        "cest" => Some(2 * 60),
        _ => None,
    };
    if named.is_some() {
        return named;
    }
    let numeric = lower
        .strip_prefix("utc")
        .or_else(|| lower.strip_prefix("gmt"))
        .unwrap_or(&lower);
    let (sign, rest) = match numeric.as_bytes().first()? {
        b'+' => (1, numeric.get(1..)?),
        b'-' => (-1, numeric.get(1..)?),
        _ => return None,
    };
    let compact = rest.replacen(':', "", 1);
    let (hours, minutes) = match compact.len() {
        1 | 2 => (digits(&compact)?, 0),
        4 => (digits(compact.get(..2)?)?, digits(compact.get(2..)?)?),
        _ => return None,
    };
    if hours > 23 || minutes > 59 {
        return None;
    }
    Some(sign * (hours * 60 + minutes))
}

/// RFC 3339 / ISO 8601 (extended format) and `YYYY/MM/DD`.
fn read_iso(s: &str) -> Option<Parts> {
    let sep = s.as_bytes().get(4).copied()?;
    if sep != b'-' && sep != b'/' {
        return None;
    }
    let year = digits(s.get(0..4)?)?;
    if s.as_bytes().get(7) != Some(&sep) {
        return None;
    }
    let month = digits(s.get(5..7)?)?;
    let day = digits(s.get(8..10)?)?;
    let mut parts = Parts {
        year,
        month,
        day,
        time: None,
        offset_min: None,
    };
    let rest = s.get(10..)?;
    if rest.is_empty() {
        return Some(parts);
    }
    let rest = match rest.as_bytes().first()? {
        b'T' | b't' | b' ' => rest.get(1..)?.trim_start(),
        _ => return None,
    };
    // The clock ends where the zone starts.
    let clock_end = rest
        .find(|c: char| !(c.is_ascii_digit() || matches!(c, ':' | '.' | ',')))
        .unwrap_or(rest.len());
    parts.time = Some(read_clock(rest.get(..clock_end)?)?);
    let zone = rest.get(clock_end..)?.trim();
    if !zone.is_empty() {
        parts.offset_min = Some(read_zone(zone)?);
    }
    Some(parts)
}

/// Unix seconds or milliseconds as a numeric string, or a compact
/// `YYYYMMDD`.
fn read_numeric(s: &str) -> Option<Parts> {
    if s.len() == 8 {
        return Some(Parts {
            year: digits(s.get(0..4)?)?,
            month: digits(s.get(4..6)?)?,
            day: digits(s.get(6..8)?)?,
            time: None,
            offset_min: None,
        });
    }
    let (whole, frac) = s.split_once('.').unwrap_or((s, "0"));
    digits(whole)?;
    if !frac.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let value: f64 = s.parse().ok()?;
    Some(utc_parts(read_unix(value)?.epoch_ms))
}

fn month_number(word: &str) -> Option<i64> {
    Some(match word {
        "jan" | "january" => 1,
        "feb" | "february" => 2,
        "mar" | "march" => 3,
        "apr" | "april" => 4,
        "may" => 5,
        "jun" | "june" => 6,
        "jul" | "july" => 7,
        "aug" | "august" => 8,
        "sep" | "sept" | "september" => 9,
        "oct" | "october" => 10,
        "nov" | "november" => 11,
        "dec" | "december" => 12,
        _ => return None,
    })
}

fn is_filler(word: &str) -> bool {
    matches!(
        word,
        "mon"
            | "monday"
            | "tue"
            | "tues"
            | "tuesday"
            | "wed"
            | "wednesday"
            | "thu"
            | "thur"
            | "thurs"
            | "thursday"
            | "fri"
            | "friday"
            | "sat"
            | "saturday"
            | "sun"
            | "sunday"
            | "at"
            | "of"
            | "the"
    )
}

/// RFC 2822 and written dates: a month name, a day, a year, optionally a
/// clock with `AM`/`PM` and a zone.
fn read_written(s: &str) -> Option<Parts> {
    // RFC 2822 comments such as `(UTC)` are dropped.
    let mut cleaned = String::with_capacity(s.len());
    let mut depth = 0usize;
    for c in s.chars() {
        match c {
            '(' => depth += 1,
            ')' => depth = depth.checked_sub(1)?,
            ',' if depth == 0 => cleaned.push(' '),
            _ if depth == 0 => cleaned.push(c),
            _ => {}
        }
    }
    let mut month = None;
    let mut numbers: Vec<(i64, usize)> = Vec::new();
    let mut time: Option<Time> = None;
    let mut meridiem: Option<bool> = None;
    let mut offset_min = None;
    for token in cleaned.split_whitespace() {
        let word = token.to_ascii_lowercase();
        let word = word.trim_end_matches('.');
        if is_filler(word) {
            continue;
        }
        if let Some(m) = month_number(word) {
            if month.replace(m).is_some() {
                return None;
            }
            continue;
        }
        if matches!(word, "am" | "a.m" | "pm" | "p.m") {
            meridiem = Some(word.starts_with('p'));
            continue;
        }
        let ordinal = ["st", "nd", "rd", "th"]
            .iter()
            .find_map(|suffix| word.strip_suffix(suffix))
            .unwrap_or(word);
        if let Some(n) = digits(ordinal) {
            numbers.push((n, ordinal.len()));
            continue;
        }
        if word.contains(':') && time.is_none() && !word.starts_with(['+', '-']) {
            let (clock, suffix) = match word.find(|c: char| c.is_ascii_alphabetic()) {
                Some(at) => word.split_at(at),
                None => (word, ""),
            };
            time = Some(read_clock(clock)?);
            match suffix {
                "" => {}
                "am" | "a.m" => meridiem = Some(false),
                "pm" | "p.m" => meridiem = Some(true),
                _ => return None,
            }
            continue;
        }
        if offset_min.is_none() {
            if let Some(offset) = read_zone(word) {
                offset_min = Some(offset);
                continue;
            }
        }
        return None;
    }
    let month = month?;
    let (year, day) = match numbers.as_slice() {
        [(a, _), (b, 4)] => (*b, *a),
        [(a, 4), (b, _)] => (*a, *b),
        // RFC 2822's obsolete two-digit year: `03 May 25`.
        [(day, 1 | 2), (yy, 2)] => (if *yy < 50 { 2000 + yy } else { 1900 + yy }, *day),
        _ => return None,
    };
    if let (Some(pm), Some(t)) = (meridiem, time.as_mut()) {
        if !(1..=12).contains(&t.hour) {
            return None;
        }
        t.hour = t.hour % 12 + if pm { 12 } else { 0 };
    }
    Some(Parts {
        year,
        month,
        day,
        time,
        offset_min: time.and(offset_min),
    })
}

fn is_leap(year: i64) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

pub(crate) fn days_in_month(year: i64, month: i64) -> i64 {
    match month {
        2 if is_leap(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's
/// algorithm), so no date crate is needed in the wasm.
pub(crate) fn days_from_civil(year: i64, month: i64, day: i64) -> i64 {
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (month + 9) % 12;
    let doy = (153 * mp + 2) / 5 + day - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The inverse of [`days_from_civil`]: (year, month, day).
pub(crate) fn civil_from_days(days: i64) -> (i64, i64, i64) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    (year, month, day)
}

#[cfg(test)]
mod tests;
