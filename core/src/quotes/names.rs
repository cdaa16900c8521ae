//! Personal names: runs of capitalised words, with titles dropped and name
//! particles ("de la", "von der") kept.

use std::collections::HashSet;

use super::tokens::{sentence_initial, Para, Token};
use super::words;

/// Longest name, in words.
const MAX_NAME_RUN: usize = 8;

/// Most words kept of a name: its end, which holds the surname.
const MAX_NAME_WORDS: usize = 6;

/// The last word of a name, lower case: how names are compared.
pub(super) fn last_word(name: &str) -> String {
    name.rsplit(' ').next().unwrap_or(name).to_lowercase()
}

/// Words capitalised in mid-sentence somewhere in the body (lower case):
/// names, as opposed to words capitalised only for starting a sentence.
pub(super) fn known_names(paras: &[Para]) -> HashSet<String> {
    let mut known = HashSet::new();
    for para in paras {
        for (i, t) in para.tokens.iter().enumerate() {
            if !t.cap || !t.word {
                continue;
            }
            let Some(prev) = i.checked_sub(1).and_then(|j| para.tokens.get(j)) else {
                continue;
            };
            let between_blank = para
                .chars
                .get(prev.end..t.start)
                .is_some_and(|s| s.iter().all(|c| c.is_whitespace()));
            let after_colon = prev
                .end
                .checked_sub(1)
                .and_then(|j| para.chars.get(j))
                .is_some_and(|&c| c == ':');
            if between_blank && !prev.ends_sentence && !after_colon {
                known.insert(t.lower.clone());
            }
        }
    }
    known
}

/// Is the run `s..=e` believable as a name? A lone capitalised word at the
/// start of a sentence only when it also stands capitalised elsewhere.
pub(super) fn credible(para: &Para, s: usize, e: usize, known: &HashSet<String>) -> bool {
    let caps = (s..=e)
        .filter(|&k| para.tokens.get(k).is_some_and(|t| t.cap))
        .count();
    caps >= 2
        || !sentence_initial(&para.tokens, s)
        || (s..=e).any(|k| {
            para.tokens
                .get(k)
                .is_some_and(|t| t.cap && known.contains(&t.lower))
        })
}

/// Could this word be (the last word of) a person's name?
pub(super) fn is_name_word(tokens: &[Token], i: usize) -> bool {
    let Some(t) = tokens.get(i) else {
        return false;
    };
    if !t.cap || !t.word {
        return false;
    }
    let w = t.lower.as_str();
    if words::is_stopword(w) || words::is_title(w) || words::is_pronoun(w) {
        return false;
    }
    if sentence_initial(tokens, i) && words::has_non_name_ending(w) {
        return false;
    }
    true
}

/// May tokens `a` and `a + 1` belong to one name?
fn can_join(chars: &[char], tokens: &[Token], a: usize) -> bool {
    let (Some(x), Some(y)) = (tokens.get(a), tokens.get(a.saturating_add(1))) else {
        return false;
    };
    if x.ends_sentence || x.ends_clause || x.possessive || !x.word || !y.word {
        return false;
    }
    let between_blank = chars
        .get(x.end..y.start)
        .is_some_and(|s| s.iter().all(|c| c.is_whitespace()));
    let y_member = y.cap || words::is_name_particle(&y.lower);
    between_blank && y_member
}

fn is_run_member(tokens: &[Token], i: usize) -> bool {
    tokens
        .get(i)
        .is_some_and(|t| t.word && (t.cap || words::is_name_particle(&t.lower)))
}

/// The run of capitalised words (and name connectors) around token `i`.
pub(super) fn run_around(chars: &[char], tokens: &[Token], i: usize) -> (usize, usize) {
    let mut s = i;
    while let Some(p) = s.checked_sub(1) {
        if i.saturating_sub(p) < MAX_NAME_RUN
            && can_join(chars, tokens, p)
            && is_run_member(tokens, p)
        {
            s = p;
        } else {
            break;
        }
    }
    let mut e = i;
    while e.saturating_sub(i) < MAX_NAME_RUN && can_join(chars, tokens, e) {
        e += 1;
    }
    (s, e)
}

/// The person's name in a run of capitalised words: titles and what comes
/// before them dropped ("U.S. President Donald Trump" → "Donald Trump").
pub(super) fn name_from_run(tokens: &[Token], s: usize, e: usize) -> Option<String> {
    let items: Vec<&Token> = (s..=e).filter_map(|k| tokens.get(k)).collect();
    // A title as the last word is a surname after a name ("Olaf
    // Richter"), a title after nothing else ("the President").
    let last_is_surname = items.len() >= 2
        && items
            .get(items.len().saturating_sub(2))
            .is_some_and(|p| p.cap && !words::is_title(&p.lower) && !words::is_stopword(&p.lower));
    let titles_end = if last_is_surname {
        items.len().saturating_sub(1)
    } else {
        items.len()
    };
    let after_title = items
        .get(..titles_end)
        .unwrap_or_default()
        .iter()
        .rposition(|t| words::is_title(&t.lower))
        .map_or(0, |p| p.saturating_add(1));
    let rest: &[&Token] = items.get(after_title..).unwrap_or_default();
    let junk = |t: &Token| {
        !t.cap
            || words::is_stopword(&t.lower)
            || words::is_first_person(&t.lower)
            || t.core.contains('.')
    };
    let first = rest.iter().position(|t| !junk(t))?;
    let last = rest.iter().rposition(|t| !junk(t))?;
    let mut name: &[&Token] = rest.get(first..=last).unwrap_or_default();
    if name.len() > MAX_NAME_WORDS {
        let from = name.len().saturating_sub(MAX_NAME_WORDS);
        name = name.get(from..).unwrap_or_default();
        let lead = name.iter().position(|t| t.cap)?;
        name = name.get(lead..).unwrap_or_default();
    }
    let real = name.iter().any(|t| {
        t.cap && !t.core.contains('.') && t.core.chars().filter(|c| c.is_alphabetic()).count() >= 2
    });
    if !real {
        return None;
    }
    let words: Vec<String> = name
        .iter()
        .map(|t| {
            let mut w = words::strip_possessive(&t.core).to_string();
            if t.dotted && t.core.chars().count() == 1 {
                w.push('.');
            }
            w
        })
        .collect();
    Some(words.join(" "))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_drop_titles_and_keep_connectors() {
        let name = |text: &str| {
            let para = Para::new(0, text);
            let last = para.tokens.len() - 1;
            let (s, e) = run_around(&para.chars, &para.tokens, last);
            name_from_run(&para.tokens, s, e)
        };
        assert_eq!(
            name("by U.S. President Donald Trump").as_deref(),
            Some("Donald Trump")
        );
        assert_eq!(
            name("El canciller Juan Ramón de la Fuente").as_deref(),
            Some("Juan Ramón de la Fuente")
        );
        assert_eq!(
            name("Secretary of State Marco Rubio").as_deref(),
            Some("Marco Rubio")
        );
        assert_eq!(name("(Trump)").as_deref(), Some("Trump"));
        assert_eq!(
            name("author J. K. Rowling").as_deref(),
            Some("J. K. Rowling")
        );
        assert_eq!(name("The President"), None);
        assert_eq!(name("the U.S."), None);
    }
}
