//! Unit tests of the date reader (kept apart so the reader reads on its own).
use super::*;

const EVENING: i64 = 1_746_297_000_000; // 2025-05-03T18:30:00Z
const MIDNIGHT: i64 = 1_746_230_400_000; // 2025-05-03

fn ms(raw: &str) -> i64 {
    match read_date(raw) {
        Some(t) => t.epoch_ms,
        None => panic!("could not read {raw:?}"),
    }
}

#[test]
fn reads_zulu_and_offsets() {
    let z = read_date("2025-05-03T18:30:00Z").unwrap();
    assert_eq!(z.epoch_ms, EVENING);
    assert!(z.has_time && z.has_zone);
    let offset = read_date("2025-05-03T12:30:00-06:00").unwrap();
    assert_eq!(offset.epoch_ms, z.epoch_ms);
}

#[test]
fn reads_plain_dates_and_rejects_nonsense() {
    let d = read_date("2025-05-03").unwrap();
    assert!(!d.has_time);
    assert_eq!(d.epoch_ms, MIDNIGHT);
    for bad in [
        "",
        "yesterday",
        "2025-02-30",
        "2025-13-01",
        "2025-05-03T25:00",
        "05/03/2025",
        "May 2025",
        "May 3",
        "3 May 2025 25:00",
        "2025-05-03T18:30:00+2500",
        "2025-05-03T18:30:00 bogus",
        "1e12",
        "12345",
        "May 3, 2025 13:00 PM",
        "Mayo 3, 2025",
    ] {
        assert_eq!(read_date(bad), None, "{bad}");
    }
}

#[test]
fn reads_iso_variants() {
    for raw in [
        "2025-05-03T18:30:00+0000",
        "2025-05-03T18:30:00+00",
        "2025-05-03T18:30:00.000Z",
        "2025-05-03t18:30z",
        "2025-05-03T20:30:00+02",
        "2025-05-03 18:30:00 UTC",
        "2025-05-03 18:30:00 +00:00",
    ] {
        assert_eq!(ms(raw), EVENING, "{raw}");
        assert!(read_date(raw).is_some_and(|t| t.has_zone), "{raw}");
    }
    let frac = read_date("2025-05-03T18:30:00.123456789Z").unwrap();
    assert_eq!(frac.epoch_ms, EVENING + 123);
    assert_eq!(frac.iso, "2025-05-03T18:30:00.123Z");
    let local = read_date("2025-05-03 18:30").unwrap();
    assert_eq!(local.epoch_ms, EVENING);
    assert!(local.has_time && !local.has_zone);
    assert_eq!(local.iso, "2025-05-03T18:30:00");
    assert_eq!(ms("2025/05/03"), MIDNIGHT);
    assert_eq!(ms("20250503"), MIDNIGHT);
}

#[test]
fn canonical_iso_keeps_the_offset() {
    let t = read_date("2025-05-03T12:30:00-0600").unwrap();
    assert_eq!(t.iso, "2025-05-03T12:30:00-06:00");
    assert_eq!(
        read_date("2025-05-03T18:30:00+00").unwrap().iso,
        "2025-05-03T18:30:00Z"
    );
}

#[test]
fn reads_rfc_2822() {
    for raw in [
        "Sat, 03 May 2025 18:30:00 +0000",
        "Sat, 03 May 2025 18:30:00 GMT",
        "Sat, 3 May 2025 18:30:00 UT",
        "03 May 2025 18:30:00 +0000",
        "Sat, 03 May 2025 14:30:00 EDT",
        "Sat, 03 May 2025 13:30:00 EST",
        "Sat, 03 May 2025 11:30 PDT",
        "Sat, 03 May 25 18:30:00 +0000 (UTC)",
    ] {
        assert_eq!(ms(raw), EVENING, "{raw}");
        assert!(read_date(raw).is_some_and(|t| t.has_zone), "{raw}");
    }
}

#[test]
fn reads_written_dates() {
    for raw in [
        "May 3, 2025",
        "3 May 2025",
        "May 3 2025",
        "Saturday, May 3rd, 2025",
        "3rd of May, 2025",
        "Sept. 3, 2025",
    ] {
        let t = read_date(raw).unwrap();
        assert!(!t.has_time && !t.has_zone, "{raw}");
        assert_eq!(t.iso.len(), 10, "{raw}");
    }
    assert_eq!(ms("May 3, 2025"), MIDNIGHT);
    assert_eq!(ms("May 3, 2025 6:30 PM"), EVENING);
    assert_eq!(ms("May 3, 2025 at 6:30pm GMT"), EVENING);
    assert_eq!(ms("3 May 2025 12:00 AM"), MIDNIGHT);
    let plain = read_date("May 3, 2025 6:30 PM").unwrap();
    assert!(plain.has_time && !plain.has_zone);
}

#[test]
fn reads_unix_time() {
    assert_eq!(ms("1746297000"), EVENING);
    assert_eq!(ms("1746297000000"), EVENING);
    assert_eq!(ms("1746297000.5"), EVENING + 500);
    assert_eq!(
        read_unix(1_746_297_000.0).map(|t| t.epoch_ms),
        Some(EVENING)
    );
    assert_eq!(
        read_unix(1_746_297_000_000.0).map(|t| t.iso),
        Some("2025-05-03T18:30:00Z".into())
    );
    assert_eq!(read_unix(2025.0), None);
    assert_eq!(read_unix(f64::NAN), None);
    assert_eq!(read_unix(-1_746_297_000.0), None);
}

#[test]
fn utc_default_only_when_zone_less() {
    let t = read_utc_date("2025-05-03T18:30:00").unwrap();
    assert_eq!(t.epoch_ms, EVENING);
    assert!(t.has_zone);
    assert_eq!(t.iso, "2025-05-03T18:30:00Z");
    assert_eq!(
        read_utc_date("2025-05-03T20:30:00+02:00").unwrap().epoch_ms,
        EVENING
    );
}

#[test]
fn civil_round_trip() {
    for days in [-800_000, -1, 0, 1, 11_016, 20_211, 2_932_896] {
        let (y, m, d) = civil_from_days(days);
        assert_eq!(days_from_civil(y, m, d), days);
    }
}
