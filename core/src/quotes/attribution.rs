//! Attribution: who speaks a quotation, from a verb of saying next to it
//! and its subject (`subject`), then, when the subject only stands for
//! someone (a pronoun, a title, a role, an organisation's noun), who that
//! is: the nearest person named before, never an organisation; an
//! organisation only when the sentence says it spoke.

mod subject;

use super::marks::Span;
use super::names::{credible, is_name_word, name_from_run, run_around};
use super::people::{is_organisation_run, org_name_at, People};
use super::tokens::Para;
use super::words;
use subject::{direct_subject, name_after, subject, verb_kind, VerbKind, Who};

/// Words before a quote searched for an attribution.
const LEAD_IN_TOKENS: usize = 30;

/// Words after a quote searched for an attribution (up to the sentence's
/// end): room for a name after a description ("disse o presidente do
/// Sindicato Independente dos Médicos, Rui Tavares").
const TRAILER_TOKENS: usize = 16;
/// Words after a quote within which its verb must stand.
const TRAILER_VERB_WITHIN: usize = 6;

/// Words either side of a verb of saying searched for its subject, when
/// learning which names are people.
const SUBJECT_REACH: usize = 6;
/// Most words between two quotations for the second to go on with the
/// first one's speaker (“A,” said X. “B.”).
const CONTINUED_QUOTE_GAP: usize = 10;
/// Paragraphs back searched for the person a pronoun stands for.
const PRONOUN_LOOKBACK_PARAGRAPHS: usize = 2;
/// Paragraphs back searched for the person a title stands for ("the
/// president"), or the organisation a noun stands for ("the ministry"):
/// those name their holder further back than a pronoun does.
const TITLE_LOOKBACK_PARAGRAPHS: usize = 4;
/// Words searched back for the name a pronoun stands for.
const LOOKBACK_TOKENS: usize = 150;
/// Paragraphs back searched at most, however many pronouns carry the
/// search on.
const MAX_LOOKBACK_PARAGRAPHS: usize = 8;

/// What the chooser reads once per body.
pub(super) struct Ctx<'a> {
    pub(super) paras: &'a [Para],
    people: People,
}

impl<'a> Ctx<'a> {
    pub(super) fn new(paras: &'a [Para]) -> Self {
        let mut people = People::new(paras);
        // The subjects of verbs of saying are people (organisations aside).
        for para in paras {
            let toks = &para.tokens;
            for i in 0..toks.len() {
                let Some(kind) = verb_kind(toks, i).filter(|&k| k != VerbKind::Participle) else {
                    continue;
                };
                let lo = i.saturating_sub(SUBJECT_REACH);
                let hi = i.saturating_add(SUBJECT_REACH + 1).min(toks.len());
                if let Who::Name(n) = direct_subject(para, lo, hi, i, kind) {
                    people.add_name(&n);
                }
            }
        }
        Ctx { paras, people }
    }
}

#[derive(Clone, Debug, Default)]
pub(super) struct Attr {
    pub(super) attributed: bool,
    pub(super) speaker: Option<String>,
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
        // „…“, so X: a source word right after the quotation.
        let first = (lo..hi).find(|&k| toks.get(k).is_some_and(|t| t.word));
        if let Some(k) = first.filter(|&k| {
            toks.get(k)
                .is_some_and(|t| !t.cap && words::is_trailer_source(&t.lower))
        }) {
            return name_after(para, k.saturating_add(1), hi);
        }
        (lo..hi.min(lo.saturating_add(TRAILER_VERB_WITHIN)))
            .find_map(|k| verb_kind(toks, k).map(|kind| (k, kind)))
    };
    let (v, kind) = found?;
    Some(subject(ctx, para, lo, hi, v, kind))
}

/// The nearest person named before token `from` outside quotations, in
/// this paragraph or the ones before; with `title`, only people seen with
/// that title. A title met on the way ("the minister defended…") stands
/// for its holder; a pronoun met on the way ("She has always refused.")
/// stands for the same person, so the search goes on further back.
fn lookback(ctx: &Ctx, pi: usize, from: usize, title: Option<&str>) -> Option<String> {
    let reach = if title.is_some() {
        TITLE_LOOKBACK_PARAGRAPHS
    } else {
        PRONOUN_LOOKBACK_PARAGRAPHS
    };
    let mut left = reach;
    for back in 0..=MAX_LOOKBACK_PARAGRAPHS {
        let p = pi.checked_sub(back)?;
        let para = ctx.paras.get(p)?;
        let from = if back == 0 { from } else { para.tokens.len() };
        match lookback_in(ctx, p, para, from, title) {
            Found::Name(n) => return Some(n),
            Found::Pronoun if title.is_none() => left = reach,
            _ if left == 0 => return None,
            _ => left -= 1,
        }
    }
    None
}

enum Found {
    Name(String),
    /// No name, but a pronoun that stands for the same person.
    Pronoun,
    Nothing,
}

fn lookback_in(ctx: &Ctx, pi: usize, para: &Para, from: usize, title: Option<&str>) -> Found {
    let toks = &para.tokens;
    let mut j = from.min(toks.len());
    let mut steps = 0;
    let mut pronoun = false;
    while j > 0 && steps < LOOKBACK_TOKENS {
        j -= 1;
        steps += 1;
        if para.masked.get(j).copied().unwrap_or(false) {
            continue;
        }
        let Some(t) = toks.get(j) else { break };
        pronoun |= words::is_pronoun(&t.lower);
        if title.is_none() && !t.cap && words::is_title(&t.lower) {
            let article = j
                .checked_sub(1)
                .and_then(|a| toks.get(a))
                .is_some_and(|a| words::is_article(&a.lower));
            if article {
                if let Some(n) = lookback(ctx, pi, j, Some(&t.lower)) {
                    return Found::Name(n);
                }
            }
        }
        if is_name_word(toks, j) {
            let (s, e) = run_around(&para.chars, toks, j);
            let e = e.min(from.saturating_sub(1)).max(s);
            if credible(para, s, e, &ctx.people.known) && !is_organisation_run(para, s, e) {
                let fits = |n: &String| match title {
                    Some(t) => ctx.people.has_title(t, n),
                    None => ctx.people.is_person(n),
                };
                if let Some(n) = name_from_run(toks, s, e).filter(fits) {
                    return Found::Name(n);
                }
            }
            j = s;
        }
    }
    if pronoun {
        Found::Pronoun
    } else {
        Found::Nothing
    }
}

/// The organisation the noun `noun` at token `from` stands for: the
/// nearest name holding that noun ("Ministry of Health" for "the
/// ministry"), or, for a company's noun, the nearest body named at all.
fn org_lookback(ctx: &Ctx, pi: usize, from: usize, noun: &str) -> Option<String> {
    let any_body = words::is_company_noun(noun);
    (0..=TITLE_LOOKBACK_PARAGRAPHS).find_map(|back| {
        let para = ctx.paras.get(pi.checked_sub(back)?)?;
        let toks = &para.tokens;
        let mut j = if back == 0 { from } else { toks.len() }.min(toks.len());
        let mut steps = 0;
        while j > 0 && steps < LOOKBACK_TOKENS {
            j -= 1;
            steps += 1;
            if para.masked.get(j).copied().unwrap_or(false) {
                continue;
            }
            let Some(t) = toks.get(j) else { break };
            let hit = t.lower == noun
                || (t.cap && t.lower.ends_with(noun))
                || (any_body && !t.cap && words::is_organisation(&t.lower));
            if hit {
                if let Some(name) = org_name_at(para, j) {
                    return Some(name);
                }
            }
        }
        None
    })
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
    // Inside a quotation, "he" is someone the speaker talks about.
    let nested = span.parent.is_some();
    match who {
        None => prev_attr.or(parent_attr).cloned().unwrap_or_default(),
        Some(who) => Attr {
            attributed: true,
            speaker: match who {
                Who::Name(n) => Some(ctx.people.full_name(n)),
                Who::Body(n) => Some(n),
                Who::Refer(_) | Who::Role(_) if nested => None,
                Who::Refer(k) | Who::Role(k) => lookback(ctx, pi, k, None),
                Who::Titled(k, title) => lookback(ctx, pi, k, Some(&title)),
                Who::Org(k, noun) => org_lookback(ctx, pi, k, &noun),
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
