//! Language tags from sources.

use super::article::Direction;

/// A well-formed BCP 47 language tag, or `None`. Source data reaches
/// `Intl` and the `lang` attribute only through this check, because `Intl`
/// throws on a malformed tag.
pub fn language_tag(raw: &str) -> Option<String> {
    let tag = raw.trim().replace('_', "-");
    let mut subtags = tag.split('-');
    let primary = subtags.next()?;
    let primary_ok = (2..=8).contains(&primary.len())
        && primary.len() != 4
        && primary.bytes().all(|b| b.is_ascii_alphabetic());
    let rest_ok =
        subtags.all(|s| (1..=8).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_alphanumeric()));
    (primary_ok && rest_ok).then_some(tag)
}

/// The writing direction of a BCP 47 language tag.
pub fn direction_of(lang: &str) -> Direction {
    let primary = lang.split(['-', '_']).next().unwrap_or("");
    match primary.to_ascii_lowercase().as_str() {
        "ar" | "he" | "fa" | "ur" | "yi" | "ps" | "sd" | "ug" | "dv" | "ckb" => Direction::Rtl,
        _ => Direction::Ltr,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn language_tags_are_checked() {
        assert_eq!(language_tag(" es_MX ").as_deref(), Some("es-MX"));
        assert_eq!(language_tag("zh-Hant-TW").as_deref(), Some("zh-Hant-TW"));
        for bad in [
            "",
            "e",
            "english language",
            "en--US",
            "en-US-",
            "\u{1}",
            "abcd",
            "en-toolongsubtag",
        ] {
            assert_eq!(language_tag(bad), None, "{bad:?}");
        }
    }
}
