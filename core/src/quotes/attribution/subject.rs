//! The subject of a verb of saying: a name next to it, or a word that
//! stands for someone named elsewhere (a pronoun, a title, a role, an
//! organisation's noun).

use super::super::names::{credible, is_name_word, name_from_run, run_around};
use super::super::people::{is_organisation_run, org_name_at};
use super::super::tokens::{Para, Token};
use super::super::words;
use super::Ctx;

/// Words before a verb of saying looked at for its subject, the subject
/// included ("Sheinbaum has also said": three).
const SUBJECT_BEFORE_VERB_WORDS: usize = 4;
/// Words after a verb of saying searched for the name it introduces
/// ("said Halden's operations director, Lars Eriksen").
const NAME_AFTER_VERB_WORDS: usize = 12;
/// Lower-case words that may describe the speaker named after the verb
/// ("disse a liderança indígena Maria Mura").
const DESCRIPTOR_WORDS: usize = 3;

#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum VerbKind {
    /// "said": subject before or after.
    Finite,
    /// "told": subject before only.
    Object,
    /// "stating": subject is the sentence's.
    Participle,
    /// "according to", "según": source after.
    Source,
}

pub(super) enum Who {
    /// A person named next to the verb.
    Name(String),
    /// An organisation named next to the verb ("The Ministry of Health
    /// said"): it speaks, but no pronoun ever stands for it.
    Body(String),
    /// A pronoun (or a verb without subject) at this token: the person
    /// last named.
    Refer(usize),
    /// "the president", "la presidenta" at this token: the person last
    /// named with that title.
    Titled(usize, String),
    /// A role that is no title ("le prévenu", "the defendant") at this
    /// token: the person last named.
    Role(usize),
    /// An organisation's noun ("the ministry", "das Ministerium") at this
    /// token: the organisation last named with it.
    Org(usize, String),
    FirstPerson,
    Unknown,
}

pub(super) fn is_pronoun(tokens: &[Token], i: usize) -> bool {
    tokens.get(i).is_some_and(|t| {
        words::is_pronoun(&t.lower)
            || words::is_epithet(&t.lower)
            || words::inverted(&t.lower).is_some_and(|head| !words::is_verb(head))
    })
}

fn is_first_person(tokens: &[Token], i: usize) -> bool {
    tokens
        .get(i)
        .is_some_and(|t| words::is_first_person(&t.lower))
}

fn preceded_by_article(tokens: &[Token], k: usize) -> bool {
    k.checked_sub(1)
        .and_then(|j| tokens.get(j))
        .is_some_and(|a| words::is_article(&a.lower))
}

pub(super) fn verb_kind(tokens: &[Token], k: usize) -> Option<VerbKind> {
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
    // "dit-il": the verb of an inverted attribution.
    let w = words::inverted(w).unwrap_or(w);
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

/// Who the capitalised run around token `k` is: a person, or an
/// organisation (a noun alone after an article, "das Ministerium", stands
/// for the one last named).
fn named(para: &Para, k: usize, s: usize, e: usize) -> Option<Who> {
    let toks = &para.tokens;
    if is_organisation_run(para, s, e) {
        // The noun alone, perhaps after a particle ("das Ministerium").
        let alone = (s..=e).all(|j| j == k || toks.get(j).is_some_and(|t| !t.cap));
        let noun = toks
            .get(k)
            .filter(|t| alone && words::is_organisation(&t.lower));
        return match noun {
            Some(t) if preceded_by_article(toks, k) => Some(Who::Org(k, t.lower.clone())),
            _ => org_name_at(para, k).map(Who::Body),
        };
    }
    name_from_run(toks, s, e).map(Who::Name)
}

/// The name after a comma at token `k` ("…, Tomás Aguilar"), if a person.
fn apposition(para: &Para, k: usize) -> Option<Who> {
    let toks = &para.tokens;
    let next = k.saturating_add(1);
    toks.get(next).filter(|t| t.cap && t.word)?;
    let (s, e) = run_around(&para.chars, toks, next);
    if is_organisation_run(para, s, e) {
        return None;
    }
    name_from_run(toks, s, e).map(Who::Name)
}

/// Who the words after a verb of saying name: "said the U.S. president,
/// Donald Trump"; "disse a liderança indígena Maria Mura"; "señaló el
/// consejero de Agricultura, Tomás Aguilar"; "teilte das Ministerium mit";
/// "a déclaré le prévenu".
pub(super) fn name_after(para: &Para, from: usize, hi: usize) -> Option<Who> {
    let toks = &para.tokens;
    let mut k = from;
    let mut steps = 0;
    let mut title: Option<(usize, String)> = None;
    let mut role: Option<usize> = None;
    let mut descriptors = 0;
    // In words that describe the title's body or place ("of the union",
    // "Halden's"): a name there is not the speaker's.
    let mut complement = false;
    while k < hi && steps < NAME_AFTER_VERB_WORDS {
        steps += 1;
        let t = toks.get(k)?;
        if !complement && is_pronoun(toks, k) {
            return Some(Who::Refer(k));
        }
        let mut last = k;
        if t.word && t.cap && !words::is_title(&t.lower) && !words::is_stopword(&t.lower) {
            let (s, e) = run_around(&para.chars, toks, k);
            let e = e.min(hi.saturating_sub(1)).max(k);
            let possessive = toks.get(e).is_some_and(|t| t.possessive);
            if possessive || complement {
                complement = true;
            } else if let Some(who) = named(para, k, s, e) {
                return Some(who);
            }
            steps += e.saturating_sub(k);
            last = e;
        } else if words::is_title(&t.lower) {
            title = Some((k, t.lower.clone()));
            let joined = toks
                .get(k.saturating_add(1))
                .is_some_and(|n| words::is_name_particle(&n.lower) || n.lower == "of");
            complement |= joined && !t.ends_clause && !t.ends_sentence;
        } else if !t.cap && t.word && words::is_organisation(&t.lower) && !complement {
            // "a indiqué le ministère", "disse a empresa"
            return Some(Who::Org(k, t.lower.clone()));
        } else if !t.word
            || words::is_article(&t.lower)
            || t.core.contains('.')
            || words::ends_source_phrase(&t.lower)
            || complement
        {
            // Punctuation, articles, initials and the body's words.
        } else if !t.cap && !words::is_stopword(&t.lower) && descriptors < DESCRIPTOR_WORDS {
            descriptors += 1;
            role = Some(k);
        } else {
            break;
        }
        let Some(end) = toks.get(last) else { break };
        if end.ends_sentence {
            break;
        }
        if end.ends_clause {
            if complement || title.is_some() || role.is_some() {
                if let Some(who) = apposition(para, last) {
                    return Some(who);
                }
            }
            break;
        }
        k = last.saturating_add(1);
    }
    // "…», sostuvo la presidenta."; "a déclaré le prévenu."
    match (title, role) {
        (Some((k, t)), _) => Some(Who::Titled(k, t)),
        (None, Some(k)) if preceded_by_article(toks, k) => Some(Who::Role(k)),
        _ => None,
    }
}

/// Who speaks, given the verb at `v` in tokens `lo..hi`.
pub(super) fn subject(
    ctx: &Ctx,
    para: &Para,
    lo: usize,
    hi: usize,
    v: usize,
    kind: VerbKind,
) -> Who {
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
            if credible(para, s, e, &ctx.people.known) && !is_organisation_run(para, s, e) {
                if let Some(n) = name_from_run(toks, s, e) {
                    if ctx.people.is_person(&n) {
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
pub(super) fn direct_subject(para: &Para, lo: usize, hi: usize, v: usize, kind: VerbKind) -> Who {
    let toks = &para.tokens;
    if kind == VerbKind::Source {
        return name_after(para, v.saturating_add(1), hi).unwrap_or(Who::Unknown);
    }
    if toks
        .get(v)
        .is_some_and(|t| words::inverted(&t.lower).is_some())
    {
        // "dit-il", "explique-t-elle"
        return Who::Refer(v);
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
            if let Some(who) = named(para, k, s, e) {
                return who;
            }
            break;
        }
        if words::is_title(&t.lower) || words::is_organisation(&t.lower) {
            // "the president said", "la mandataria afirmó", "the ministry said"
            if preceded_by_article(toks, k) {
                return if words::is_title(&t.lower) {
                    Who::Titled(k, t.lower.clone())
                } else {
                    Who::Org(k, t.lower.clone())
                };
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
