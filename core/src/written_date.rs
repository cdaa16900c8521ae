//! Dates written out without a browser, for server renders. In the widget
//! `Intl` writes dates in the reader's language and time zone; ahead of
//! time neither is known, so a server render writes the publisher's own
//! wall-clock time (the offset the source gave, else UTC) in the shape
//! `Intl`'s `dateStyle: "long"` (and `timeStyle: "short"`) gives for the
//! languages the interface speaks, and the ISO date for others. The widget
//! writes the reader's form when it takes over.

use crate::model::dates::civil_from_days;
use crate::model::Timestamp;

const MS_PER_DAY: i64 = 86_400_000;

/// `at` written out in `lang` (English when `None`).
pub fn written_date(at: &Timestamp, lang: Option<&str>) -> String {
    let local_ms = at.epoch_ms + i64::from(offset_minutes(&at.iso)) * 60_000;
    let days = local_ms.div_euclid(MS_PER_DAY);
    let minute_of_day = local_ms.rem_euclid(MS_PER_DAY) / 60_000;
    let (year, month, day) = civil_from_days(days);
    let (hour, minute) = (minute_of_day / 60, minute_of_day % 60);
    let primary = lang
        .and_then(|l| l.split(['-', '_']).next())
        .map(str::to_ascii_lowercase);
    let Some(months) = month_names(primary.as_deref().unwrap_or("en")) else {
        return at.iso.get(..10).unwrap_or(&at.iso).to_string();
    };
    let name = usize::try_from(month - 1)
        .ok()
        .and_then(|i| months.get(i))
        .copied()
        .unwrap_or_default();
    let clock = format!("{hour:02}:{minute:02}");
    let (date, time) = match primary.as_deref().unwrap_or("en") {
        "es" => (
            format!("{day} de {name} de {year}"),
            format!(", {hour}:{minute:02}"),
        ),
        "pt" => (format!("{day} de {name} de {year}"), format!(" às {clock}")),
        "fr" => (format!("{day} {name} {year}"), format!(" à {clock}")),
        "de" => (format!("{day}. {name} {year}"), format!(" um {clock}")),
        _ => {
            let (h12, half) = match hour {
                0 => (12, "AM"),
                1..=11 => (hour, "AM"),
                12 => (12, "PM"),
                _ => (hour - 12, "PM"),
            };
            // A plain space before AM/PM, as browsers write it (they kept it after ICU
            // moved to a narrow no-break space).
            (
                format!("{name} {day}, {year}"),
                format!(" at {h12}:{minute:02} {half}"),
            )
        }
    };
    if at.has_time {
        date + &time
    } else {
        date
    }
}

/// The offset written at the end of an ISO timestamp (`Z`, `+02:00`,
/// `-0500`); 0 when there is none.
fn offset_minutes(iso: &str) -> i32 {
    let Some(time) = iso.split_once('T').map(|(_, t)| t) else {
        return 0;
    };
    let Some(at) = time.rfind(['+', '-']) else {
        return 0;
    };
    let sign = if time[at..].starts_with('-') { -1 } else { 1 };
    let digits: String = time[at + 1..]
        .chars()
        .filter(char::is_ascii_digit)
        .collect();
    let (hours, minutes) = match digits.len() {
        2 => (digits.parse().unwrap_or(0), 0),
        4 => (
            digits[..2].parse().unwrap_or(0),
            digits[2..].parse().unwrap_or(0),
        ),
        _ => return 0,
    };
    sign * (hours * 60 + minutes)
}

fn month_names(lang: &str) -> Option<[&'static str; 12]> {
    Some(match lang {
        "en" => [
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
        ],
        "es" => [
            "enero",
            "febrero",
            "marzo",
            "abril",
            "mayo",
            "junio",
            "julio",
            "agosto",
            "septiembre",
            "octubre",
            "noviembre",
            "diciembre",
        ],
        "pt" => [
            "janeiro",
            "fevereiro",
            "março",
            "abril",
            "maio",
            "junho",
            "julho",
            "agosto",
            "setembro",
            "outubro",
            "novembro",
            "dezembro",
        ],
        "fr" => [
            "janvier",
            "février",
            "mars",
            "avril",
            "mai",
            "juin",
            "juillet",
            "août",
            "septembre",
            "octobre",
            "novembre",
            "décembre",
        ],
        "de" => [
            "Januar",
            "Februar",
            "März",
            "April",
            "Mai",
            "Juni",
            "Juli",
            "August",
            "September",
            "Oktober",
            "November",
            "Dezember",
        ],
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::dates::read_date;

    fn written(iso: &str, lang: Option<&str>) -> String {
        written_date(&read_date(iso).expect("a date"), lang)
    }

    #[test]
    fn writes_the_publishers_wall_clock_in_intls_long_shape() {
        assert_eq!(
            written("2026-03-07T21:05:00+02:00", None),
            "March 7, 2026 at 9:05 PM"
        );
        assert_eq!(
            written("2026-03-07T00:30:00Z", Some("es-ES")),
            "7 de marzo de 2026, 0:30"
        );
        assert_eq!(
            written("2026-03-07T23:30:00-05:00", Some("de")),
            "7. März 2026 um 23:30"
        );
        assert_eq!(written("2026-08-01", Some("fr")), "1 août 2026");
        assert_eq!(written("2026-08-01", Some("ar")), "2026-08-01");
    }

    #[test]
    fn midnight_and_noon_in_english() {
        assert_eq!(
            written("2026-01-01T00:00:00Z", Some("en")),
            "January 1, 2026 at 12:00 AM"
        );
        assert_eq!(
            written("2026-01-01T12:00:00Z", Some("en-GB")),
            "January 1, 2026 at 12:00 PM"
        );
    }
}
