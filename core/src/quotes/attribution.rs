//! Attribution: who speaks a quotation, from a verb of saying next to it
//! and its subject (a name, a pronoun or a title standing for the person
//! last named).

use std::collections::HashSet;

use super::marks::Span;
use super::names::{credible, is_name_word, known_names, last_word, name_from_run, run_around};
use super::tokens::{Para, Token};
use super::words;

/// Words before a quote searched for an attribution.
const LEAD_IN_TOKENS: usize = 30;

/// Words after a quote searched for an attribution.
const TRAILER_TOKENS: usize = 8;
/// Words after a quote within which its verb must stand.
const TRAILER_VERB_WITHIN: usize = 6;

/// Words either side of a verb of saying searched for its subject, when
/// learning which names are people.
const SUBJECT_REACH: usize = 6;
/// Words before a verb of saying looked at for its subject, the subject
/// included ("Sheinbaum has also said": three).
const SUBJECT_BEFORE_VERB_WORDS: usize = 4;
/// Words after a verb of saying searched for the name it introduces
/// ("said the U.S. president, Donald Trump").
const NAME_AFTER_VERB_WORDS: usize = 5;
/// Most words between two quotations for the second to go on with the
/// first one's speaker (“A,” said X. “B.”).
const CONTINUED_QUOTE_GAP: usize = 10;
/// Paragraphs back searched for the person a pronoun stands for.
const PRONOUN_LOOKBACK_PARAGRAPHS: usize = 2;
/// Paragraphs back searched for the person a title stands for ("the
/// president"): a title names its holder further back than a pronoun does.
const TITLE_LOOKBACK_PARAGRAPHS: usize = 4;
/// Words searched back for the name a pronoun stands for.
const LOOKBACK_TOKENS: usize = 150;

/// What the chooser reads once per body.
pub(super) struct Ctx<'a> {
    pub(super) paras: &'a [Para],
    /// Capitalised words met in mid-sentence (lower case): names, as
    /// opposed to words capitalised only for starting a sentence.
    known: HashSet<String>,
    /// Last words (lower case) of names seen with a title or as the
    /// subject of a verb of saying: people, as opposed to places and
    /// organisations.
    persons: HashSet<String>,
    /// (title, last word of name), both lower case: "presidenta Claudia
    /// Sheinbaum" lets "la presidenta" refer to her.
    titled: HashSet<(String, String)>,
}

impl<'a> Ctx<'a> {
    pub(super) fn new(paras: &'a [Para]) -> Self {
        let known = known_names(paras);
        let mut persons = HashSet::new();
        let mut titled = HashSet::new();
        for para in paras {
            let toks = &para.tokens;
            for i in 0..toks.len() {
                if let Some(kind) = verb_kind(toks, i) {
                    let lo = i.saturating_sub(SUBJECT_REACH);
                    let hi = i.saturating_add(SUBJECT_REACH + 1).min(toks.len());
                    if kind != VerbKind::Participle {
                        if let Who::Name(n) = direct_subject(para, lo, hi, i, kind) {
                            persons.insert(last_word(&n));
                        }
                    }
                }
                let Some(t) = toks.get(i) else {
                    continue;
                };
                if words::is_title(&t.lower) && !t.ends_clause && !t.ends_sentence {
                    let next = i.saturating_add(1);
                    if toks.get(next).is_some_and(|n| n.cap) {
                        let (s, e) = run_around(&para.chars, toks, next);
                        if let Some(n) = name_from_run(toks, s, e) {
                            let last = last_word(&n);
                            titled.insert((t.lower.clone(), last.clone()));
                            persons.insert(last);
                        }
                    }
                }
            }
        }
        Ctx {
            paras,
            known,
            persons,
            titled,
        }
    }
}

#[derive(Clone, Debug, Default)]
pub(super) struct Attr {
    pub(super) attributed: bool,
    pub(super) speaker: Option<String>,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum VerbKind {
    /// "said": subject before or after.
    Finite,
    /// "told": subject before only.
    Object,
    /// "stating": subject is the sentence's.
    Participle,
    /// "according to", "según": source after.
    Source,
}

enum Who {
    Name(String),
    /// A pronoun (or a verb without subject) at this token: the person
    /// last named.
    Refer(usize),
    /// "the president", "la presidenta" at this token: the person last
    /// named with that title.
    Titled(usize, String),
    FirstPerson,
    Unknown,
}

fn is_pronoun(tokens: &[Token], i: usize) -> bool {
    tokens.get(i).is_some_and(|t| words::is_pronoun(&t.lower))
}

fn is_first_person(tokens: &[Token], i: usize) -> bool {
    tokens
        .get(i)
        .is_some_and(|t| words::is_first_person(&t.lower))
}

fn verb_kind(tokens: &[Token], k: usize) -> Option<VerbKind> {
    let t = tokens.get(k)?;
    if !t.word {
        return None;
    }
    let w = t.lower.as_str();
    let phrase = tokens
        .get(k.saturating_add(1))
        .is_some_and(|n| words::is_source_phrase(w, &n.lower));
    if phrase || words::is_source_word(w) {
        return Some(VerbKind::Source);
    }
    if t.cap {
        // "the United States" is no verb.
        return None;
    }
    if words::is_object_verb(w) {
        Some(VerbKind::Object)
    } else if words::is_participle(w) {
        Some(VerbKind::Participle)
    } else if words::is_verb(w) {
        Some(VerbKind::Finite)
    } else {
        None
    }
}

/// The name starting at or after token `from`, skipping articles and titles.
fn name_after(para: &Para, from: usize, hi: usize) -> Option<Who> {
    let toks = &para.tokens;
    let mut k = from;
    let mut steps = 0;
    let mut title: Option<(usize, String)> = None;
    while k < hi && steps < NAME_AFTER_VERB_WORDS {
        steps += 1;
        let t = toks.get(k)?;
        if is_pronoun(toks, k) {
            return Some(Who::Refer(k));
        }
        if is_name_word(toks, k) {
            let (s, e) = run_around(&para.chars, toks, k);
            if let Some(n) = name_from_run(toks, s, e) {
                return Some(Who::Name(n));
            }
            steps += e.saturating_sub(k);
            k = e.saturating_add(1);
            continue;
        }
        let title_ends = t.ends_sentence || t.ends_clause || k.saturating_add(1) >= hi;
        if words::is_title(&t.lower) && !t.cap && title_ends {
            title = Some((k, t.lower.clone()));
        }
        let skippable = !t.word
            || words::is_article(&t.lower)
            || words::is_title(&t.lower)
            || t.core.contains('.')
            || words::ends_source_phrase(&t.lower);
        if t.ends_sentence || !skippable {
            break;
        }
        k += 1;
    }
    // "…», sostuvo la presidenta.": no name, but a title.
    title.map(|(k, t)| Who::Titled(k, t))
}

/// Who speaks, given the verb at `v` in tokens `lo..hi`.
fn subject(ctx: &Ctx, para: &Para, lo: usize, hi: usize, v: usize, kind: VerbKind) -> Who {
    if kind != VerbKind::Participle {
        return direct_subject(para, lo, hi, v, kind);
    }
    // "She then recounted …, stating": the subject of the sentence, the
    // first person named in it, else its first name at all.
    let toks = &para.tokens;
    let mut fallback = None;
    let mut k = lo;
    while k < v {
        if is_pronoun(toks, k) {
            return Who::Refer(k);
        }
        if is_first_person(toks, k) {
            return Who::FirstPerson;
        }
        if is_name_word(toks, k) {
            let (s, e) = run_around(&para.chars, toks, k);
            if credible(para, s, e, &ctx.known) {
                if let Some(n) = name_from_run(toks, s, e) {
                    if ctx.persons.contains(&last_word(&n)) {
                        return Who::Name(n);
                    }
                    fallback = fallback.or(Some(n));
                }
            }
            k = e;
        }
        k += 1;
    }
    fallback.map_or(Who::Unknown, Who::Name)
}

/// The subject of a finite verb or source word: next to it.
fn direct_subject(para: &Para, lo: usize, hi: usize, v: usize, kind: VerbKind) -> Who {
    let toks = &para.tokens;
    if kind == VerbKind::Source {
        return name_after(para, v.saturating_add(1), hi).unwrap_or(Who::Unknown);
    }
    let mut k = v;
    let mut steps = 0;
    while k > lo && steps < SUBJECT_BEFORE_VERB_WORDS {
        k -= 1;
        let Some(t) = toks.get(k) else {
            break;
        };
        if !t.word {
            continue;
        }
        steps += 1;
        if is_pronoun(toks, k) {
            return Who::Refer(k);
        }
        if is_first_person(toks, k) {
            return Who::FirstPerson;
        }
        if t.possessive {
            break;
        }
        if t.cap {
            let (s, e) = run_around(&para.chars, toks, k);
            if let Some(n) = name_from_run(toks, s, e) {
                return Who::Name(n);
            }
            break;
        }
        if words::is_title(&t.lower) {
            // "the president said", "la mandataria afirmó"
            let article = k
                .checked_sub(1)
                .and_then(|j| toks.get(j))
                .is_some_and(|a| words::is_article(&a.lower));
            if article {
                return Who::Titled(k, t.lower.clone());
            }
            break;
        }
        if !words::may_precede_verb(&t.lower) {
            break;
        }
    }
    let verb_ends = toks
        .get(v)
        .is_some_and(|t| t.ends_sentence || t.ends_clause);
    if kind == VerbKind::Finite && !verb_ends {
        if let Some(who) = name_after(para, v.saturating_add(1), hi) {
            return who;
        }
    }
    // A verb with no subject at all ("…», dijo."): the person last named.
    let nothing_before = (lo..v).all(|j| toks.get(j).is_none_or(|t| !t.word));
    let nothing_after = verb_ends || v.saturating_add(1) >= hi;
    if nothing_before && nothing_after {
        Who::Refer(v)
    } else {
        Who::Unknown
    }
}

/// Finds an attribution verb in tokens `lo..hi` (the last one before a
/// quote, or one of the first after it) and who it names.
fn analyse(ctx: &Ctx, para: &Para, lo: usize, hi: usize, before_quote: bool) -> Option<Who> {
    let toks = &para.tokens;
    let found = if before_quote {
        (lo..hi)
            .rev()
            .find_map(|k| verb_kind(toks, k).map(|kind| (k, kind)))
    } else {
        (lo..hi.min(lo.saturating_add(TRAILER_VERB_WITHIN)))
            .find_map(|k| verb_kind(toks, k).map(|kind| (k, kind)))
    };
    let (v, kind) = found?;
    Some(subject(ctx, para, lo, hi, v, kind))
}

/// The latest name before token `from` outside quotations, in this
/// paragraph or the one before.
/// Only people count: names seen with a title or as the subject of a verb
/// of saying; with `title`, only people seen with that title.
fn lookback(ctx: &Ctx, pi: usize, from: usize, title: Option<&str>) -> Option<String> {
    let fits = |name: &str| {
        let last = last_word(name);
        match title {
            Some(t) => ctx.titled.contains(&(t.to_string(), last)),
            None => ctx.persons.contains(&last),
        }
    };
    if let Some(n) = ctx
        .paras
        .get(pi)
        .and_then(|p| lookback_in(ctx, p, from, &fits))
    {
        return Some(n);
    }
    let reach = if title.is_some() {
        TITLE_LOOKBACK_PARAGRAPHS
    } else {
        PRONOUN_LOOKBACK_PARAGRAPHS
    };
    (1..=reach).find_map(|back| {
        let prev = pi.checked_sub(back).and_then(|q| ctx.paras.get(q))?;
        lookback_in(ctx, prev, prev.tokens.len(), &fits)
    })
}

fn lookback_in(ctx: &Ctx, para: &Para, from: usize, fits: &dyn Fn(&str) -> bool) -> Option<String> {
    let toks = &para.tokens;
    let mut j = from.min(toks.len());
    let mut steps = 0;
    while j > 0 && steps < LOOKBACK_TOKENS {
        j -= 1;
        steps += 1;
        if para.masked.get(j).copied().unwrap_or(false) {
            continue;
        }
        if is_name_word(toks, j) {
            let (s, e) = run_around(&para.chars, toks, j);
            let e = e.min(from.saturating_sub(1)).max(s);
            if credible(para, s, e, &ctx.known) {
                if let Some(n) = name_from_run(toks, s, e).filter(|n| fits(n)) {
                    return Some(n);
                }
            }
            j = s;
        }
    }
    None
}

/// Who a quotation is attributed to, from the words before and after it.
pub(super) fn span_attribution(ctx: &Ctx, pi: usize, si: usize, attrs: &[Attr]) -> Attr {
    let para = ctx.paras.get(pi);
    let (Some(para), Some(span)) = (para, para.and_then(|p| p.spans.get(si))) else {
        return Attr::default();
    };
    let toks = &para.tokens;
    let parent = span.parent.and_then(|p| para.spans.get(p));
    let region_lo = parent.map_or(0, |p| p.open.saturating_add(1));
    let region_hi = parent.map_or(para.chars.len(), |p| p.close);
    let lo_char = span
        .prev
        .and_then(|p| para.spans.get(p))
        .map_or(region_lo, |p| p.close.saturating_add(1).max(region_lo));
    let hi_char = span
        .next
        .and_then(|n| para.spans.get(n))
        .map_or(region_hi, |n| n.open.min(region_hi));

    // Lead-in: from the sentence start (or the previous quotation) to the
    // opening mark.
    let lead_hi = toks.partition_point(|t| t.start < span.open);
    let mut lead_lo = toks
        .partition_point(|t| t.start < lo_char)
        .max(lead_hi.saturating_sub(LEAD_IN_TOKENS))
        .min(lead_hi);
    if let Some(j) = (lead_lo..lead_hi)
        .rev()
        .find(|&j| toks.get(j).is_some_and(|t| t.ends_sentence))
    {
        lead_lo = j.saturating_add(1);
    }

    // Trailer: from the closing mark to the sentence end (or the next
    // quotation).
    let tr_lo = toks.partition_point(|t| t.start <= span.close);
    let mut tr_hi = toks
        .partition_point(|t| t.start < hi_char)
        .max(tr_lo)
        .min(tr_lo.saturating_add(TRAILER_TOKENS));
    if let Some(j) = (tr_lo..tr_hi).find(|&j| toks.get(j).is_some_and(|t| t.ends_sentence)) {
        tr_hi = j.saturating_add(1);
    }

    // “…,” she said / «…», dijo: the sentence goes on after the quote.
    let comma_inside = last_content_char(para, span) == Some(',');
    let comma_after = para
        .chars
        .get(span.close.saturating_add(1)..)
        .unwrap_or_default()
        .iter()
        .find(|c| !c.is_whitespace())
        == Some(&',');
    let lower_after = toks.get(tr_lo).is_some_and(|t| t.word && !t.cap) && tr_lo < tr_hi;
    let prefer_trailer = comma_inside || comma_after || lower_after;

    let lead = || analyse(ctx, para, lead_lo, lead_hi, true);
    let trail = || analyse(ctx, para, tr_lo, tr_hi, false);
    let who = if prefer_trailer {
        trail().or_else(lead)
    } else {
        lead().or_else(trail)
    };
    let parent_attr = span.parent.and_then(|p| attrs.get(p));
    // “A,” said X. “B.” — B goes on with X's words.
    let gap = lead_hi.saturating_sub(toks.partition_point(|t| t.start < lo_char));
    let prev_attr = span
        .prev
        .and_then(|p| attrs.get(p))
        .filter(|a| a.attributed && gap <= CONTINUED_QUOTE_GAP);
    match who {
        None => prev_attr.or(parent_attr).cloned().unwrap_or_default(),
        Some(who) => Attr {
            attributed: true,
            speaker: match who {
                Who::Name(n) => Some(n),
                Who::Refer(k) => lookback(ctx, pi, k, None),
                Who::Titled(k, title) => lookback(ctx, pi, k, Some(&title)),
                Who::FirstPerson => parent_attr.and_then(|a| a.speaker.clone()),
                Who::Unknown => None,
            },
        },
    }
}

fn last_content_char(para: &Para, span: &Span) -> Option<char> {
    para.chars
        .get(span.open.saturating_add(1)..span.close)?
        .iter()
        .rev()
        .find(|c| !c.is_whitespace())
        .copied()
}
