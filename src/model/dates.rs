//! Reading dates from sources. A date that cannot be read is `None`, never
//! an error.

use super::article::Timestamp;

/// Reads an RFC 3339 / ISO 8601 date or date-time.
pub fn read_date(raw: &str) -> Option<Timestamp> {
    let s = raw.trim();
    let bytes = s.as_bytes();
    let num = |range: std::ops::Range<usize>| -> Option<i64> {
        let part = s.get(range)?;
        part.bytes()
            .all(|b| b.is_ascii_digit())
            .then(|| part.parse().ok())?
    };
    let year = num(0..4)?;
    if bytes.get(4) != Some(&b'-') || bytes.get(7) != Some(&b'-') {
        return None;
    }
    let month = num(5..7)?;
    let day = num(8..10)?;
    if !(1..=12).contains(&month) || day < 1 || day > days_in_month(year, month) {
        return None;
    }
    let mut epoch_ms = days_from_civil(year, month, day) * 86_400_000;
    let mut has_time = false;
    let mut has_zone = false;
    let mut offset_min = 0i64;
    if s.len() > 10 {
        if !matches!(bytes[10], b'T' | b't' | b' ') {
            return None;
        }
        let hour = num(11..13)?;
        if bytes.get(13) != Some(&b':') {
            return None;
        }
        let minute = num(14..16)?;
        let mut i = 16;
        let mut second = 0;
        if bytes.get(i) == Some(&b':') {
            second = num(17..19)?;
            i = 19;
            if bytes.get(i) == Some(&b'.') {
                i += 1;
                while bytes.get(i).is_some_and(u8::is_ascii_digit) {
                    i += 1;
                }
            }
        }
        if hour > 23 || minute > 59 || second > 60 {
            return None;
        }
        has_time = true;
        match bytes.get(i) {
            None => {}
            Some(b'Z' | b'z') if i + 1 == s.len() => has_zone = true,
            Some(sign @ (b'+' | b'-')) => {
                let zone = s.get(i + 1..)?.replace(':', "");
                if zone.len() != 4 || !zone.bytes().all(|b| b.is_ascii_digit()) {
                    return None;
                }
                let hours: i64 = zone[..2].parse().ok()?;
                let minutes: i64 = zone[2..].parse().ok()?;
                offset_min = (hours * 60 + minutes) * if *sign == b'-' { -1 } else { 1 };
                has_zone = true;
            }
            _ => return None,
        }
        epoch_ms += ((hour * 60 + minute - offset_min) * 60 + second) * 1000;
    }
    Some(Timestamp {
        epoch_ms,
        iso: s.to_string(),
        has_time,
        has_zone,
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_zulu_and_offsets() {
        let z = read_date("2025-05-03T18:30:00Z").unwrap();
        assert_eq!(z.epoch_ms, 1_746_297_000_000);
        assert!(z.has_time && z.has_zone);
        let offset = read_date("2025-05-03T12:30:00-06:00").unwrap();
        assert_eq!(offset.epoch_ms, z.epoch_ms);
    }

    #[test]
    fn reads_plain_dates_and_rejects_nonsense() {
        let d = read_date("2025-05-03").unwrap();
        assert!(!d.has_time);
        assert_eq!(d.epoch_ms, 1_746_230_400_000);
        for bad in ["", "yesterday", "2025-02-30", "2025-13-01", "2025-05-03T25:00"] {
            assert_eq!(read_date(bad), None, "{bad}");
        }
    }
}
