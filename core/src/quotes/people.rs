//! People and organisations: which names in a body are persons (the only
//! ones a pronoun may stand for), which are bodies, and the full names
//! first names stand for.
//!
//! A name is a person when the text treats it as one: a title or role
//! before it ("la alcaldesa Lucía Ferrer"), a description beside it ("Amira
//! Saleh, a mother of four"; "El director del hospital, Rodrigo Salas"),
//! a verb of saying after it, or a verb right after a two-word name at the
//! start of a clause ("Claire Dumont passe"). A name holding a noun such
//! as "Ministry" or "Polizei" is an organisation, however it is used.

use std::collections::HashSet;

use super::names::{credible, last_word, name_from_run, run_around};
use super::tokens::{Para, Token};
use super::words;

/// Words looked at on either side of a capitalised run for the rest of an
/// organisation's name ("United Nations Office for the Coordination of
/// Humanitarian Affairs").
const ORG_REACH: usize = 8;

/// Words back from a comma to the start of the description a name in
/// apposition follows ("The trawler's skipper, Dan Kerris").
const APPOSITION_REACH: usize = 10;

/// Lower-case words that join the capitalised words of an organisation's
/// name ("Ministry of Health", "ministère de la Santé").
const CONNECTORS: &[&str] = &[
    "of", "for", "the", "de", "del", "la", "las", "los", "du", "des", "da", "do", "dos", "das",
    "der", "für", "y", "e", "et", "und",
];

fn is_connector(t: &Token) -> bool {
    !t.cap && CONNECTORS.contains(&t.lower.as_str())
}

/// Does token `i` begin a description ("the", "her", "L’institutrice")?
fn is_determiner(t: &Token) -> bool {
    words::is_article(&t.lower) || ["l’", "l'"].iter().any(|e| t.lower.starts_with(e))
}

/// Is the capitalised run `s..=e` (or the name it belongs to) an
/// organisation: a noun such as "Office" in it or joined to it, or just
/// before it ("la distribuidora Enel")?
pub(super) fn is_organisation_run(para: &Para, s: usize, e: usize) -> bool {
    let toks = &para.tokens;
    let (lo, hi) = org_extent(toks, s, e);
    if (lo..=hi).any(|k| {
        toks.get(k)
            .is_some_and(|t| words::is_organisation(&t.lower))
    }) {
        return true;
    }
    // A lower-case noun before the name, perhaps with an adjective or a
    // connector between ("la distribuidora Enel", "l’Université de
    // Sherbrooke"), in the same clause.
    let mut k = s;
    for _ in 0..2 {
        let Some(t) = k.checked_sub(1).and_then(|p| toks.get(p)) else {
            break;
        };
        if t.ends_clause || t.ends_sentence || t.cap {
            break;
        }
        if words::is_organisation(&t.lower) {
            return true;
        }
        k = k.saturating_sub(1);
    }
    false
}

/// The tokens an organisation's name spans around the run `s..=e`:
/// capitalised words and the connectors between them.
fn org_extent(toks: &[Token], s: usize, e: usize) -> (usize, usize) {
    let mut lo = s;
    let mut steps = 0;
    while let Some(p) = lo.checked_sub(1) {
        let Some(t) = toks.get(p) else { break };
        if steps >= ORG_REACH || t.ends_clause || t.ends_sentence || !(t.cap || is_connector(t)) {
            break;
        }
        if t.cap && words::is_stopword(&t.lower) {
            break;
        }
        lo = p;
        steps += 1;
    }
    // Connectors count only with a capitalised word beyond them.
    while toks.get(lo).is_some_and(|t| !t.cap) && lo < s {
        lo += 1;
    }
    let mut hi = e;
    let mut k = e;
    steps = 0;
    while steps < ORG_REACH {
        let Some(t) = toks.get(k) else { break };
        if t.ends_clause || t.ends_sentence {
            break;
        }
        let Some(next) = toks.get(k.saturating_add(1)) else {
            break;
        };
        if !(next.cap || is_connector(next)) {
            break;
        }
        k += 1;
        steps += 1;
        if next.cap {
            hi = k;
        }
    }
    (lo, hi)
}

/// The name of the organisation whose noun is token `k` ("ministry" →
/// "Ministry of Health", "distribuidora" → "Enel", "ministère" →
/// "ministère de la Santé"), if it is named there.
pub(super) fn org_name_at(para: &Para, k: usize) -> Option<String> {
    let toks = &para.tokens;
    let t = toks.get(k)?;
    let (lo, hi) = if t.cap {
        org_extent(toks, k, k)
    } else if toks.get(k.saturating_add(1)).is_some_and(is_connector) && !t.ends_clause {
        let (_, hi) = org_extent(toks, k, k);
        (k, hi)
    } else {
        // "la distribuidora Enel", "la compañía minera Andes Gold"
        let start = (1..=2)
            .map(|d| k.saturating_add(d))
            .take_while(|&j| {
                toks.get(j.saturating_sub(1))
                    .is_some_and(|p| !p.ends_clause && !p.ends_sentence)
            })
            .find(|&j| toks.get(j).is_some_and(|n| n.cap && n.word))?;
        let (_, e) = run_around(&para.chars, toks, start);
        (start, e)
    };
    let lo = (lo..=hi)
        .find(|&j| toks.get(j).is_some_and(|t| !words::is_article(&t.lower)))
        .unwrap_or(lo);
    (hi > lo || toks.get(lo).is_some_and(|t| t.cap))
        .then(|| super::tokens::token_text(para, lo, hi))
        .map(|s| s.trim_end_matches([',', ';', ':', '.']).to_string())
        .filter(|s| s.chars().any(char::is_alphabetic))
}

/// What the chooser learns about the names of a body.
pub(super) struct People {
    /// Capitalised words met in mid-sentence (lower case): names, as
    /// opposed to words capitalised only for starting a sentence.
    pub(super) known: HashSet<String>,
    /// Last words (lower case) of persons' names.
    persons: HashSet<String>,
    /// (title, last word of name), both lower case, as [`title_key`]s:
    /// "presidenta Claudia Sheinbaum" lets "la presidenta" refer to her.
    titled: HashSet<String>,
    /// First word of a person's name (lower case) → the whole name, so a
    /// speaker named by first name alone ("contou Bianca") gets it.
    /// (A list: few names, looked up only for a speaker named by one word.)
    full: Vec<(String, String)>,
    /// Last words of names of two words or more: a speaker named by
    /// surname ("Sheinbaum said") keeps the name the text gives.
    surnames: HashSet<String>,
}

impl People {
    pub(super) fn new(paras: &[Para]) -> Self {
        let mut people = People {
            known: super::names::known_names(paras),
            persons: HashSet::new(),
            titled: HashSet::new(),
            full: Vec::new(),
            surnames: HashSet::new(),
        };
        for para in paras {
            people.read_paragraph(para);
        }
        people
    }

    /// Notes the person named by the run `s..=e`, unless it is an
    /// organisation; with `title`, also that the title names them.
    pub(super) fn add(&mut self, para: &Para, s: usize, e: usize, title: Option<&str>) {
        if is_organisation_run(para, s, e) {
            return;
        }
        let Some(name) = name_from_run(&para.tokens, s, e) else {
            return;
        };
        if let Some(t) = title {
            let last = last_word(&name);
            // "Finanzminister Markus Gruber" is also "der Minister".
            if let Some(base) = words::title_base(t) {
                self.titled.insert(title_key(base, &last));
            }
            self.titled.insert(title_key(t, &last));
        }
        self.add_name(&name);
    }

    /// Notes `name` as a person's.
    pub(super) fn add_name(&mut self, name: &str) {
        if let Some((first, _)) = name.split_once(' ') {
            let first = first.to_lowercase();
            if !self.full.iter().any(|(f, _)| *f == first) {
                self.full.push((first, name.to_string()));
            }
            self.surnames.insert(last_word(name));
        }
        self.persons.insert(last_word(name));
    }

    fn read_paragraph(&mut self, para: &Para) {
        let toks = &para.tokens;
        let mut i = 0;
        while let Some(t) = toks.get(i) {
            if words::is_title(&t.lower) && !t.ends_clause && !t.ends_sentence {
                let next = i.saturating_add(1);
                if toks.get(next).is_some_and(|n| n.cap) {
                    let (_, e) = run_around(&para.chars, toks, next);
                    let title = t.lower.clone();
                    self.add(para, next, e, Some(&title));
                }
            }
            if !(t.cap && t.word) {
                i += 1;
                continue;
            }
            let (s, e) = run_around(&para.chars, toks, i);
            if credible(para, s, e, &self.known) {
                if let Some(title) = self.described(para, s, e) {
                    self.add(para, s, e, title.as_deref());
                }
            }
            i = e.max(i).saturating_add(1);
        }
    }

    /// Is the run `s..=e` described as a person? `Some` with the title
    /// the description holds, if any.
    fn described(&self, para: &Para, s: usize, e: usize) -> Option<Option<String>> {
        let toks = &para.tokens;
        let last = toks.get(e)?;
        let after = toks.get(e.saturating_add(1));
        let before = s.checked_sub(1).and_then(|p| toks.get(p));
        // "Amira Saleh, a mother of four"; "Hart, 58,"; "Rosa Benítez, de 67 años"
        if last.ends_clause && last.end < para.chars.len() {
            let described = after.is_some_and(|a| {
                a.core.starts_with(|c: char| c.is_ascii_digit())
                    || is_determiner(a)
                    || words::is_title(&a.lower)
                    || (words::is_name_particle(&a.lower)
                        && toks
                            .get(e.saturating_add(2))
                            .is_some_and(|n| n.core.starts_with(|c: char| c.is_ascii_digit())))
            });
            if described {
                return Some(None);
            }
        }
        // "The trawler's skipper, Dan Kerris," — the description before a comma.
        if before.is_some_and(|b| b.ends_clause && !b.ends_sentence) {
            let comma = s.saturating_sub(1);
            let mut start = comma;
            let mut title = None;
            let mut steps = 0;
            while steps < APPOSITION_REACH {
                let Some(t) = toks.get(start) else { break };
                if title.is_none() && words::is_title(&t.lower) {
                    title = Some(t.lower.clone());
                }
                let Some(p) = start.checked_sub(1) else { break };
                if toks
                    .get(p)
                    .is_some_and(|p| p.ends_clause || p.ends_sentence)
                {
                    break;
                }
                start = p;
                steps += 1;
            }
            if toks.get(start).is_some_and(is_determiner) || title.is_some() {
                let followed = last.ends_clause
                    || last.ends_sentence
                    || after.is_none_or(|a| a.word && !a.cap);
                if followed {
                    return Some(title);
                }
            }
        }
        // "la chimiste Isabelle Tremblay", "o aposentado José Ribamar"
        let role = before.filter(|b| !b.cap && b.word && !b.ends_clause);
        let determiner = s.checked_sub(2).and_then(|p| toks.get(p));
        let role_noun = role.is_some_and(|r| !words::is_stopword(&r.lower));
        if role_noun && determiner.is_some_and(is_determiner) && e > s {
            return Some(None);
        }
        // "Claire Dumont passe": a two-word name starting a clause, then its verb.
        let starts_clause = before.is_none_or(|b| b.ends_clause || b.ends_sentence);
        let verb_after = after.is_some_and(|a| {
            a.word
                && !a.cap
                && (!words::is_stopword(&a.lower) || words::may_precede_verb(&a.lower))
                && !words::is_name_particle(&a.lower)
        });
        if starts_clause && verb_after && e > s && !last.ends_clause {
            return Some(None);
        }
        None
    }

    pub(super) fn is_person(&self, name: &str) -> bool {
        self.persons.contains(&last_word(name))
    }

    pub(super) fn has_title(&self, title: &str, name: &str) -> bool {
        self.titled.contains(&title_key(title, &last_word(name)))
    }

    /// A one-word name that is some person's first name, made whole.
    pub(super) fn full_name(&self, name: String) -> String {
        if name.contains(' ') || self.surnames.contains(&last_word(&name)) {
            return name;
        }
        let first = name.to_lowercase();
        self.full
            .iter()
            .find(|(f, _)| *f == first)
            .map_or(name, |(_, full)| full.clone())
    }
}

/// A (title, last word) pair as one string, the title's length first so no
/// two pairs share a key: the sets of names all hold `String`s, and the
/// wasm one hash-set type fewer.
fn title_key(title: &str, last: &str) -> String {
    format!("{}:{title}{last}", title.len())
}
