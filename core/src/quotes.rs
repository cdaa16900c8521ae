//! Pull-quote choice. Pure.
//!
//! Most sources carry no pull-quotes, so the widget finds quoted speech in
//! the body paragraphs itself and keeps the best few: attributed where
//! possible, of a readable length, never from the lede, never repeating each
//! other and never placed next to each other.
//!
//! The work is done on `char` vectors read with `get`, so no input can make
//! it slice a string inside a character or index past an end. Every pass is
//! linear in the paragraph, or bounded by a small constant per quote.

use std::collections::{HashSet, VecDeque};

use crate::model::text::{block_text, inline_text};
use crate::model::{Block, PlacedPullQuote, PullQuote};

/// The most pull-quotes ever chosen automatically, whatever the attribute
/// asks for.
pub const MAX_PULL_QUOTES: usize = 10;

/// How many `PullQuoteSetting::Auto` chooses.
const AUTO_COUNT: usize = 2;

/// How many pull-quotes to choose automatically: from the `pull-quotes`
/// attribute.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum PullQuoteSetting {
    /// The default: up to two.
    #[default]
    Auto,
    /// No automatic pull-quotes (explicit ones from the data still show).
    None,
    /// Up to this many, capped at [`MAX_PULL_QUOTES`].
    Count(usize),
}

impl PullQuoteSetting {
    /// Reads the attribute: missing, empty, `auto`, `true`, `yes` or `on`
    /// mean `Auto`; `none`, `off`, `false`, `no` or `0` mean `None`; a
    /// whole number means `Count` (capped); anything else falls back to
    /// `Auto`.
    pub fn parse(attr: Option<&str>) -> Self {
        let Some(raw) = attr else {
            return Self::Auto;
        };
        let value = raw.trim().to_ascii_lowercase();
        match value.as_str() {
            "" | "auto" | "true" | "yes" | "on" | "default" => Self::Auto,
            "none" | "off" | "false" | "no" => Self::None,
            v if v.bytes().all(|b| b.is_ascii_digit()) => {
                // All digits but too big for usize still means "many".
                let n = v.parse::<usize>().unwrap_or(MAX_PULL_QUOTES);
                match n.min(MAX_PULL_QUOTES) {
                    0 => Self::None,
                    n => Self::Count(n),
                }
            }
            _ => Self::Auto,
        }
    }

    /// How many to choose at most.
    pub fn max(&self) -> usize {
        match self {
            Self::Auto => AUTO_COUNT,
            Self::None => 0,
            Self::Count(n) => (*n).min(MAX_PULL_QUOTES),
        }
    }
}

/// Explicit pull-quotes from the data win; otherwise up to `setting.max()`
/// chosen from the body.
///
/// Returns them in body order with `after` = index of the body block they
/// follow. Explicit quotes whose `after` is not a body block are dropped
/// (if none is left, the choice falls back to the body); their
/// `repeats_body` says whether their words stand in the body. A body that
/// already places pull-quotes itself (`Block::PullQuote`) gets no automatic
/// ones.
pub fn pull_quotes_for(
    body: &[Block],
    explicit: &[PlacedPullQuote],
    setting: &PullQuoteSetting,
) -> Vec<PlacedPullQuote> {
    let usable: Vec<&PlacedPullQuote> = explicit
        .iter()
        .filter(|q| q.after < body.len() && !q.quote.text.trim().is_empty())
        .collect();
    if !usable.is_empty() {
        let haystacks: Vec<String> = body
            .iter()
            .filter_map(block_text)
            .map(|t| normalise_for_match(&t))
            .collect();
        let mut out: Vec<PlacedPullQuote> = usable
            .into_iter()
            .map(|q| {
                let mut q = q.clone();
                q.quote.repeats_body = occurs_in(&haystacks, &q.quote.text);
                q
            })
            .collect();
        out.sort_by_key(|q| q.after);
        return out;
    }
    if body.iter().any(|b| matches!(b, Block::PullQuote { .. })) {
        return Vec::new();
    }
    choose_pull_quotes(body, setting.max())
}

/// Sets `repeats_body` on the pull-quotes a source placed in the body
/// itself (`Block::PullQuote`), so those whose words already stand in a
/// paragraph are hidden from screen readers like every other repeat.
pub fn mark_repeated_pull_quotes(body: &mut [Block]) {
    let haystacks: Vec<String> = body
        .iter()
        .filter_map(block_text)
        .map(|t| normalise_for_match(&t))
        .collect();
    for block in body.iter_mut() {
        if let Block::PullQuote { quote } = block {
            quote.repeats_body = occurs_in(&haystacks, &quote.text);
        }
    }
}

/// Chooses up to `max` (at most [`MAX_PULL_QUOTES`]) pull-quotes from the
/// quoted speech in the body paragraphs, in body order.
///
/// Never from the first paragraph; `after` is the index of the paragraph
/// quoted or of one of the next two blocks, never the last block, and any
/// two `after` values are at least two apart.
pub fn choose_pull_quotes(body: &[Block], max: usize) -> Vec<PlacedPullQuote> {
    let max = max.min(MAX_PULL_QUOTES);
    if max == 0 || body.len() < 3 {
        return Vec::new();
    }
    let paras: Vec<Para> = body
        .iter()
        .enumerate()
        .filter_map(|(i, b)| match b {
            Block::Paragraph { content } => Some(Para::new(i, &inline_text(content))),
            _ => None,
        })
        .collect();

    let ctx = Ctx::new(&paras);
    let mut cands = Vec::new();
    let mut order = 0;
    for pi in 1..paras.len() {
        paragraph_candidates(&ctx, pi, &mut cands, &mut order);
    }
    // Stable: equal scores stay in body order.
    cands.sort_by(|a, b| b.score.cmp(&a.score).then(a.order.cmp(&b.order)));

    let occupied: Vec<usize> = body
        .iter()
        .enumerate()
        .filter(|(_, b)| matches!(b, Block::PullQuote { .. }))
        .map(|(i, _)| i)
        .collect();
    // First every quote right after its own paragraph, then the rest moved
    // down a little where that keeps them apart.
    let mut chosen: Vec<(usize, Candidate)> = Vec::new();
    let mut left: Vec<Candidate> = Vec::new();
    for reach in [0, NEARBY] {
        for cand in std::mem::take(&mut cands) {
            if chosen.len() >= max {
                break;
            }
            let clash = chosen
                .iter()
                .any(|(_, c)| c.span == cand.span || near_duplicate(&c.words, &cand.words));
            if clash {
                continue;
            }
            let place = (cand.block..=cand.block.saturating_add(reach))
                .find(|&a| placeable(body, a, &chosen, &occupied));
            match place {
                Some(after) => chosen.push((after, cand)),
                None => left.push(cand),
            }
        }
        cands = std::mem::take(&mut left);
    }
    chosen.sort_by_key(|(after, _)| *after);
    chosen
        .into_iter()
        .map(|(after, c)| PlacedPullQuote {
            after,
            quote: PullQuote {
                text: c.text,
                speaker: c.speaker,
                repeats_body: true,
            },
        })
        .collect()
}

// ---------------------------------------------------------------------------
// Tuning.

/// Fewest words for a quote that is a complete, attributed statement.
const MIN_WORDS_COMPLETE: usize = 4;
/// Fewest words otherwise.
const MIN_WORDS: usize = 6;
/// Most words shown.
const MAX_WORDS: usize = 40;
/// The preferred length.
const IDEAL_MIN: usize = 10;
const IDEAL_MAX: usize = 25;
/// Longest run of sentences looked at when trimming.
const MAX_WINDOW_WORDS: usize = 60;
/// Sentences of one quote a pull-quote may start at.
const MAX_SENTENCES: usize = 40;
/// Bounds on one stretch looked at, so that odd input (runs of
/// punctuation or white space) cannot make the work quadratic.
const MAX_WINDOW_SENTENCES: usize = 6;
const MAX_WINDOW_TOKENS: usize = 200;
const MAX_WINDOW_CHARS: usize = 1500;
/// Longest name, in words.
const MAX_NAME_RUN: usize = 8;
/// Nesting kept by the quote scanner.
const MAX_DEPTH: usize = 6;
/// Words before a quote searched for an attribution.
const LEAD_IN_TOKENS: usize = 30;
/// Words after a quote searched for an attribution, and where its verb
/// must stand.
const TRAILER_TOKENS: usize = 8;
const TRAILER_VERB_WITHIN: usize = 6;
/// Words searched back for the name a pronoun stands for.
const LOOKBACK_TOKENS: usize = 150;
/// How many blocks after its paragraph a pull-quote may move.
const NEARBY: usize = 2;

// ---------------------------------------------------------------------------
// Word lists (lower case).

#[rustfmt::skip]
const STOPWORDS: &[&str] = &[
    "a", "an", "the", "in", "on", "at", "of", "for", "from", "to", "by", "with", "during",
    "however", "but", "and", "or", "so", "yet", "after", "before", "while", "when", "where", "as",
    "if", "although", "though", "because", "since", "following", "meanwhile", "earlier", "later",
    "then", "now", "today", "tonight", "yesterday", "tomorrow", "this", "that", "these", "those",
    "there", "here", "it", "its", "they", "we", "you", "i", "he", "she", "his", "her", "their",
    "our", "my", "your", "him", "them", "us", "me", "what", "who", "why", "how", "which", "no",
    "yes", "not", "also", "still", "despite", "under", "over", "about", "among", "between", "into",
    "through", "without", "within", "last", "next", "some", "many", "most", "all", "both", "each",
    "every", "other", "another", "such", "only", "just", "even", "more", "according", "instead",
    "once", "until", "amid", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
    "sunday", "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "el", "la", "los", "las", "un", "una", "unos", "unas", "en",
    "de", "del", "por", "para", "con", "sin", "desde", "durante", "según", "tras", "ante", "pero",
    "y", "o", "e", "mientras", "cuando", "donde", "como", "si", "aunque", "porque", "este", "esta",
    "estos", "estas", "ese", "esa", "eso", "esto", "su", "sus", "lo", "le", "les", "al", "sí",
    "también", "hoy", "ayer", "nos", "se", "ya", "además", "él", "ella", "ellos", "ellas", "yo",
    "nosotros", "nosotras", "lunes", "martes", "miércoles", "jueves", "viernes", "sábado",
    "domingo", "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
    "septiembre", "octubre", "noviembre", "diciembre",
];

/// Words that stand before a name without being part of it.
#[rustfmt::skip]
const TITLES: &[&str] = &[
    "president", "presidenta", "presidente", "vice", "prime", "minister", "ministra", "ministro",
    "secretary", "secretario", "secretaria", "state", "senator", "sen", "rep", "representative",
    "congressman", "congresswoman", "gov", "governor", "gobernador", "gobernadora", "mayor",
    "alcalde", "alcaldesa", "judge", "juez", "jueza", "justice", "general", "gen", "chancellor",
    "canciller", "king", "queen", "rey", "reina", "pope", "papa", "prince", "princess", "mr", "mrs",
    "ms", "dr", "prof", "professor", "sr", "sra", "srta", "lt", "col", "capt", "sgt", "chief",
    "ceo", "chairman", "chairwoman", "director", "directora", "spokesman", "spokeswoman",
    "spokesperson", "portavoz", "ambassador", "embajador", "embajadora", "sheikh", "lord", "lady",
    "sir", "dame", "rev", "commissioner", "attorney", "coach", "mandatario", "mandataria",
    "diputado", "diputada", "senador", "senadora", "leader", "líder", "premier", "chair",
    "chairperson", "deputy", "bishop", "archbishop", "cardinal", "captain", "colonel", "sergeant",
    "lieutenant", "admiral", "detective", "inspector", "officer", "superintendent", "sheriff",
    "councillor", "councilman", "councilwoman", "speaker", "emperor",
];

/// Abbreviations whose full stop does not end a sentence.
#[rustfmt::skip]
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "st", "jr", "sr", "sra", "srta", "sen", "rep", "gov", "gen", "lt",
    "col", "capt", "sgt", "prof", "rev", "vs",
];

/// Lower-case words that may sit inside a name ("de la Fuente").
#[rustfmt::skip]
const CONNECTORS: &[&str] = &[
    "de", "del", "la", "las", "los", "da", "das", "do", "dos", "di", "van", "von", "der", "den",
    "le", "du", "bin", "ben", "al",
];

/// Third-person pronouns resolved to the latest name before them.
const PRONOUNS: &[&str] = &["he", "she", "él", "ella"];
/// First-person pronouns: inside a quote, the speaker of that quote.
const FIRST_PERSON: &[&str] = &["i", "we", "yo", "nosotros", "nosotras"];

/// Words that may stand between a subject and its verb ("Sheinbaum also said").
#[rustfmt::skip]
const SKIP_BEFORE_VERB: &[&str] = &[
    "also", "then", "later", "again", "previously", "recently", "once", "has", "had", "have", "was",
    "were", "is", "would", "will", "reportedly", "repeatedly", "further", "earlier", "simply",
    "himself", "herself", "ya", "también", "luego", "después", "además", "ha", "había", "lo", "le",
    "les", "se", "me", "nos",
];

/// Words that may stand between a verb and the name after it ("said the
/// president, Donald Trump").
#[rustfmt::skip]
const ARTICLES: &[&str] = &[
    "the", "a", "an", "el", "la", "los", "las", "un", "una", "le", "les",
];

/// Verbs of saying whose subject may stand before or after them.
#[rustfmt::skip]
const VERBS: &[&str] = &[
    "said", "says", "say", "stated", "states", "added", "adds", "asked", "asks", "declared",
    "declares", "insisted", "insists", "explained", "explains", "warned", "warns", "disclosed",
    "recounted", "noted", "notes", "wrote", "writes", "remarked", "replied", "replies", "responded",
    "responds", "emphasized", "emphasised", "stressed", "argued", "argues", "claimed", "claims",
    "recalled", "recalls", "announced", "continued", "acknowledged", "admitted", "conceded",
    "tweeted", "observed", "commented", "concluded", "vowed", "pledged", "urged", "cautioned",
    "countered", "quipped", "shouted", "exclaimed", "whispered", "testified", "confirmed", "dijo",
    "dice", "afirmó", "afirma", "declaró", "declara", "señaló", "señala", "aseguró", "asegura",
    "explicó", "explica", "añadió", "añade", "agregó", "agrega", "advirtió", "advierte", "sostuvo",
    "sostiene", "indicó", "indica", "manifestó", "expresó", "comentó", "subrayó", "destacó",
    "apuntó", "insistió", "preguntó", "respondió", "reconoció", "precisó", "enfatizó", "recalcó",
    "sentenció", "concluyó", "denunció", "escribió", "relató", "contó", "exclamó", "admitió",
    "aclaró", "puntualizó", "reiteró", "dit", "déclaré", "affirmé", "ajouté", "expliqué",
    "souligné", "sagte", "erklärte", "betonte",
];

/// Verbs of saying whose object follows them ("told Reuters").
const OBJECT_VERBS: &[&str] = &["told", "tells"];

/// Participles whose subject is the subject of the sentence ("She ...,
/// stating, “…”").
#[rustfmt::skip]
const PARTICIPLES: &[&str] = &[
    "saying", "stating", "adding", "asking", "telling", "declaring", "insisting", "explaining",
    "warning", "noting", "writing", "emphasizing", "emphasising", "stressing", "arguing",
    "claiming", "recalling", "replying", "responding", "recounting", "disclosing", "diciendo",
    "afirmando", "señalando", "asegurando", "explicando", "añadiendo", "agregando", "advirtiendo",
    "declarando", "insistiendo", "subrayando", "destacando", "sosteniendo",
];

/// Words introducing the source after them ("according to X", "según X").
const SOURCE_BEFORE: &[&str] = &["según", "selon", "laut"];

/// Words a quote should not start with to stand alone.
#[rustfmt::skip]
const CONJUNCTIONS: &[&str] = &[
    "and", "but", "so", "or", "because", "y", "pero", "e", "mas", "et", "mais", "und", "aber",
];

fn listed(list: &[&str], word: &str) -> bool {
    list.contains(&word)
}

// ---------------------------------------------------------------------------
// Quote marks.

fn is_quote_char(c: char) -> bool {
    matches!(
        c,
        '"' | '“' | '”' | '„' | '«' | '»' | '‹' | '›' | '\'' | '‘' | '’' | '‚'
    )
}

fn is_single_quote(c: char) -> bool {
    matches!(c, '\'' | '‘' | '’' | '‚')
}

fn is_alnum(c: Option<char>) -> bool {
    c.is_some_and(char::is_alphanumeric)
}

fn is_blank(c: Option<char>) -> bool {
    c.is_none_or(char::is_whitespace)
}

/// Is the char at `i` a quote mark (and not an apostrophe inside a word)?
fn is_quote_mark_at(chars: &[char], i: usize) -> bool {
    let Some(&c) = chars.get(i) else {
        return false;
    };
    if !is_quote_char(c) {
        return false;
    }
    if is_single_quote(c) {
        let prev = i.checked_sub(1).and_then(|j| chars.get(j)).copied();
        let next = chars.get(i.saturating_add(1)).copied();
        return !(is_alnum(prev) && is_alnum(next));
    }
    true
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Mark {
    /// “
    Curly,
    /// „
    Low,
    /// "
    Straight,
    /// « (French, Spanish)
    GuilleLeft,
    /// » opening (German)
    GuilleRight,
    /// ‹
    AngleLeft,
    /// › opening
    AngleRight,
    /// ‘
    SingleCurly,
    /// ‚
    SingleLow,
    /// '
    SingleStraight,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Family {
    Double,
    Guillemet,
    Angle,
    Single,
}

impl Mark {
    fn family(self) -> Family {
        match self {
            Mark::Curly | Mark::Low | Mark::Straight => Family::Double,
            Mark::GuilleLeft | Mark::GuilleRight => Family::Guillemet,
            Mark::AngleLeft | Mark::AngleRight => Family::Angle,
            Mark::SingleCurly | Mark::SingleLow | Mark::SingleStraight => Family::Single,
        }
    }
}

/// An opening mark met by the scanner.
struct Open {
    at: usize,
    mark: Mark,
    parent: Option<usize>,
    close: Option<usize>,
}

enum Act {
    Open(Mark),
    /// Close the entry at this stack position (and drop those above it).
    Close(usize),
    Ignore,
}

/// A closed quotation: the marks at `open` and `close`.
#[derive(Debug)]
struct Span {
    open: usize,
    close: usize,
    /// The closed quotation this one stands in.
    parent: Option<usize>,
    /// Neighbouring quotations with the same parent.
    prev: Option<usize>,
    next: Option<usize>,
    has_child: bool,
}

/// Decides what the quote mark `c` at a position does.
fn decide(
    c: char,
    prev: Option<char>,
    next: Option<char>,
    stack: &VecDeque<usize>,
    opens: &[Open],
) -> Act {
    let mark_at = |pos: usize| stack.get(pos).and_then(|&id| opens.get(id)).map(|o| o.mark);
    let innermost = |family: Family| {
        stack
            .iter()
            .rposition(|&id| opens.get(id).is_some_and(|o| o.mark.family() == family))
    };
    let can_close = !is_blank(prev);
    let can_open = !is_blank(next);
    let top = stack.len().checked_sub(1);
    match c {
        '“' => match innermost(Family::Double) {
            Some(p) if mark_at(p) == Some(Mark::Low) && can_close => Act::Close(p),
            _ if can_open => Act::Open(Mark::Curly),
            _ => Act::Ignore,
        },
        '”' => innermost(Family::Double).map_or(Act::Ignore, Act::Close),
        '"' => match innermost(Family::Double) {
            Some(p) if can_close && (mark_at(p) == Some(Mark::Straight) || !is_alnum(next)) => {
                Act::Close(p)
            }
            _ if can_open && !is_alnum(prev) => Act::Open(Mark::Straight),
            _ => Act::Ignore,
        },
        '„' if can_open => Act::Open(Mark::Low),
        '«' => match innermost(Family::Guillemet) {
            Some(p) if mark_at(p) == Some(Mark::GuilleRight) => Act::Close(p),
            _ if next.is_some() => Act::Open(Mark::GuilleLeft),
            _ => Act::Ignore,
        },
        '»' => match innermost(Family::Guillemet) {
            Some(p) if mark_at(p) == Some(Mark::GuilleLeft) => Act::Close(p),
            _ if can_open && !is_alnum(prev) => Act::Open(Mark::GuilleRight),
            _ => Act::Ignore,
        },
        '‹' => match innermost(Family::Angle) {
            Some(p) if mark_at(p) == Some(Mark::AngleRight) => Act::Close(p),
            _ if next.is_some() => Act::Open(Mark::AngleLeft),
            _ => Act::Ignore,
        },
        '›' => match innermost(Family::Angle) {
            Some(p) if mark_at(p) == Some(Mark::AngleLeft) => Act::Close(p),
            _ if can_open && !is_alnum(prev) => Act::Open(Mark::AngleRight),
            _ => Act::Ignore,
        },
        '‚' if can_open && !is_alnum(prev) => Act::Open(Mark::SingleLow),
        '‘' => match top {
            Some(t) if mark_at(t) == Some(Mark::SingleLow) && can_close => Act::Close(t),
            _ if can_open => Act::Open(Mark::SingleCurly),
            _ => Act::Ignore,
        },
        '’' | '\'' => {
            // Single closers only close the innermost quotation, so an
            // apostrophe ending a word ("the workers’ union") cannot break
            // the double quotation around it.
            let top_single =
                top.filter(|&t| mark_at(t).is_some_and(|m| m.family() == Family::Single));
            match top_single {
                Some(t) if can_close && !is_alnum(next) => Act::Close(t),
                _ if c == '\''
                    && can_open
                    && !is_alnum(prev)
                    && !next.is_some_and(|n| n.is_ascii_digit()) =>
                {
                    Act::Open(Mark::SingleStraight)
                }
                _ => Act::Ignore,
            }
        }
        _ => Act::Ignore,
    }
}

/// Finds the closed quotations of a paragraph, nested ones included, in
/// the order they open.
fn scan_quotes(chars: &[char]) -> Vec<Span> {
    let mut opens: Vec<Open> = Vec::new();
    let mut stack: VecDeque<usize> = VecDeque::new();
    for (i, &c) in chars.iter().enumerate() {
        if !is_quote_mark_at(chars, i) {
            continue;
        }
        let prev = i.checked_sub(1).and_then(|j| chars.get(j)).copied();
        let next = chars.get(i.saturating_add(1)).copied();
        match decide(c, prev, next, &stack, &opens) {
            Act::Close(pos) => {
                if let Some(o) = stack.get(pos).and_then(|&id| opens.get_mut(id)) {
                    o.close = Some(i);
                }
                stack.truncate(pos);
            }
            Act::Open(mark) => {
                if stack.len() >= MAX_DEPTH {
                    stack.pop_front();
                }
                let id = opens.len();
                opens.push(Open {
                    at: i,
                    mark,
                    parent: stack.back().copied(),
                    close: None,
                });
                stack.push_back(id);
            }
            Act::Ignore => {}
        }
    }

    let mut span_of: Vec<Option<usize>> = vec![None; opens.len()];
    let mut spans: Vec<Span> = Vec::new();
    for (id, o) in opens.iter().enumerate() {
        let Some(close) = o.close else {
            continue;
        };
        // The nearest enclosing mark that was closed too.
        let mut parent = None;
        let mut cur = o.parent;
        let mut steps = 0;
        while let Some(pid) = cur {
            if steps > 2 * MAX_DEPTH {
                break;
            }
            steps += 1;
            if let Some(s) = span_of.get(pid).copied().flatten() {
                parent = Some(s);
                break;
            }
            cur = opens.get(pid).and_then(|p| p.parent);
        }
        if let Some(slot) = span_of.get_mut(id) {
            *slot = Some(spans.len());
        }
        spans.push(Span {
            open: o.at,
            close,
            parent,
            prev: None,
            next: None,
            has_child: false,
        });
    }

    // Siblings: quotations with the same parent, in order.
    let mut last: Vec<Option<usize>> = vec![None; spans.len().saturating_add(1)];
    for s in 0..spans.len() {
        let parent = spans.get(s).and_then(|x| x.parent);
        let key = parent.map_or(0, |p| p.saturating_add(1));
        if let Some(p) = parent.and_then(|p| spans.get_mut(p)) {
            p.has_child = true;
        }
        let prev = last.get(key).copied().flatten();
        if let Some(pv) = prev.and_then(|pv| spans.get_mut(pv)) {
            pv.next = Some(s);
        }
        if let Some(x) = spans.get_mut(s) {
            x.prev = prev;
        }
        if let Some(slot) = last.get_mut(key) {
            *slot = Some(s);
        }
    }
    spans
}

// ---------------------------------------------------------------------------
// Words.

/// A word of a paragraph with the punctuation around it.
#[derive(Debug)]
struct Token {
    /// Char range of the raw word, punctuation included.
    start: usize,
    end: usize,
    /// The word from its first to its last letter or digit.
    core: String,
    lower: String,
    /// Has a letter or digit.
    word: bool,
    /// Starts with a capital letter.
    cap: bool,
    /// A full stop right after the core.
    dotted: bool,
    ends_sentence: bool,
    ends_clause: bool,
    possessive: bool,
}

fn is_abbreviation(core: &str, lower: &str) -> bool {
    core.contains('.')
        || (core.chars().count() == 1 && core.chars().all(char::is_uppercase))
        || listed(ABBREVIATIONS, lower)
}

fn make_token(chars: &[char], start: usize, end: usize) -> Token {
    let raw: &[char] = chars.get(start..end).unwrap_or_default();
    let first = raw.iter().position(|c| c.is_alphanumeric());
    let last = raw.iter().rposition(|c| c.is_alphanumeric());
    let (core, tail): (String, &[char]) = match (first, last) {
        (Some(a), Some(b)) if a <= b => (
            raw.get(a..=b).unwrap_or_default().iter().collect(),
            raw.get(b.saturating_add(1)..).unwrap_or_default(),
        ),
        _ => (String::new(), raw),
    };
    let lower = core.to_lowercase();
    let word = !core.is_empty();
    let cap = core.chars().next().is_some_and(char::is_uppercase);
    let has = |set: &[char]| tail.iter().any(|c| set.contains(c));
    let abbrev = is_abbreviation(&core, &lower);
    let ends_sentence = has(&['!', '?', '…']) || (has(&['.']) && !abbrev);
    let dash = !raw.is_empty() && raw.iter().all(|c| matches!(c, '-' | '—' | '–'));
    let ends_clause = has(&[',', ';', ':', '—', '–']) || (!word && dash);
    let possessive = lower.ends_with("’s") || lower.ends_with("'s");
    Token {
        start,
        end,
        core,
        lower,
        word,
        cap,
        dotted: tail.first() == Some(&'.'),
        ends_sentence,
        ends_clause,
        possessive,
    }
}

/// Splits a paragraph at white space and quote marks.
fn tokenize(chars: &[char]) -> Vec<Token> {
    let mut tokens = Vec::new();
    let mut start = None;
    for i in 0..=chars.len() {
        let sep = match chars.get(i) {
            None => true,
            Some(&c) => c.is_whitespace() || is_quote_mark_at(chars, i),
        };
        if sep {
            if let Some(s) = start.take() {
                tokens.push(make_token(chars, s, i));
            }
        } else if start.is_none() {
            start = Some(i);
        }
    }
    tokens
}

/// A body paragraph, read once.
struct Para {
    block: usize,
    chars: Vec<char>,
    tokens: Vec<Token>,
    spans: Vec<Span>,
    /// Per token: inside a top-level quotation.
    masked: Vec<bool>,
}

impl Para {
    fn new(block: usize, text: &str) -> Self {
        let chars: Vec<char> = text.chars().collect();
        let spans = scan_quotes(&chars);
        let tokens = tokenize(&chars);
        let mut masked = vec![false; tokens.len()];
        for s in spans.iter().filter(|s| s.parent.is_none()) {
            let (lo, hi) = tokens_inside(&tokens, s);
            for m in masked.iter_mut().take(hi).skip(lo) {
                *m = true;
            }
        }
        Para {
            block,
            chars,
            tokens,
            spans,
            masked,
        }
    }
}

/// What the chooser reads once per body.
struct Ctx<'a> {
    paras: &'a [Para],
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
    fn new(paras: &'a [Para]) -> Self {
        let known = known_names(paras);
        let mut persons = HashSet::new();
        let mut titled = HashSet::new();
        for para in paras {
            let toks = &para.tokens;
            for i in 0..toks.len() {
                if let Some(kind) = verb_kind(toks, i) {
                    let lo = i.saturating_sub(6);
                    let hi = i.saturating_add(7).min(toks.len());
                    if kind != VerbKind::Participle {
                        if let Who::Name(n) = direct_subject(para, lo, hi, i, kind) {
                            persons.insert(last_word(&n));
                        }
                    }
                }
                let Some(t) = toks.get(i) else {
                    continue;
                };
                if listed(TITLES, &t.lower) && !t.ends_clause && !t.ends_sentence {
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

/// The last word of a name, lower case: how names are compared.
fn last_word(name: &str) -> String {
    name.rsplit(' ').next().unwrap_or(name).to_lowercase()
}

fn known_names(paras: &[Para]) -> HashSet<String> {
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
fn credible(para: &Para, s: usize, e: usize, known: &HashSet<String>) -> bool {
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

/// The token range inside a quotation.
fn tokens_inside(tokens: &[Token], span: &Span) -> (usize, usize) {
    let lo = tokens.partition_point(|t| t.start <= span.open);
    let hi = tokens.partition_point(|t| t.start < span.close).max(lo);
    (lo, hi)
}

fn sentence_initial(tokens: &[Token], i: usize) -> bool {
    i == 0
        || i.checked_sub(1)
            .and_then(|j| tokens.get(j))
            .is_some_and(|t| t.ends_sentence)
}

/// Could this word be (the last word of) a person's name?
fn is_name_word(tokens: &[Token], i: usize) -> bool {
    let Some(t) = tokens.get(i) else {
        return false;
    };
    if !t.cap || !t.word {
        return false;
    }
    let w = t.lower.as_str();
    if listed(STOPWORDS, w) || listed(TITLES, w) || listed(PRONOUNS, w) {
        return false;
    }
    if sentence_initial(tokens, i) && (w.ends_with("ing") || w.ends_with("ly")) {
        return false;
    }
    true
}

fn is_pronoun(tokens: &[Token], i: usize) -> bool {
    tokens.get(i).is_some_and(|t| listed(PRONOUNS, &t.lower))
}

fn is_first_person(tokens: &[Token], i: usize) -> bool {
    tokens
        .get(i)
        .is_some_and(|t| listed(FIRST_PERSON, &t.lower))
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
    let y_member = y.cap || listed(CONNECTORS, &y.lower);
    between_blank && y_member
}

fn is_run_member(tokens: &[Token], i: usize) -> bool {
    tokens
        .get(i)
        .is_some_and(|t| t.word && (t.cap || listed(CONNECTORS, &t.lower)))
}

/// The run of capitalised words (and name connectors) around token `i`.
fn run_around(chars: &[char], tokens: &[Token], i: usize) -> (usize, usize) {
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
fn name_from_run(tokens: &[Token], s: usize, e: usize) -> Option<String> {
    let items: Vec<&Token> = (s..=e).filter_map(|k| tokens.get(k)).collect();
    let after_title = items
        .iter()
        .rposition(|t| listed(TITLES, &t.lower))
        .map_or(0, |p| p.saturating_add(1));
    let rest: &[&Token] = items.get(after_title..).unwrap_or_default();
    let junk = |t: &Token| {
        !t.cap
            || listed(STOPWORDS, &t.lower)
            || listed(FIRST_PERSON, &t.lower)
            || t.core.contains('.')
    };
    let first = rest.iter().position(|t| !junk(t))?;
    let last = rest.iter().rposition(|t| !junk(t))?;
    let mut name: &[&Token] = rest.get(first..=last).unwrap_or_default();
    // At most six words; keep the end, which holds the surname.
    if name.len() > 6 {
        let from = name.len().saturating_sub(6);
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
            let mut w = t
                .core
                .strip_suffix("’s")
                .or_else(|| t.core.strip_suffix("'s"))
                .unwrap_or(&t.core)
                .to_string();
            if t.dotted && t.core.chars().count() == 1 {
                w.push('.');
            }
            w
        })
        .collect();
    Some(words.join(" "))
}

// ---------------------------------------------------------------------------
// Attribution.

#[derive(Clone, Debug, Default)]
struct Attr {
    attributed: bool,
    speaker: Option<String>,
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

fn verb_kind(tokens: &[Token], k: usize) -> Option<VerbKind> {
    let t = tokens.get(k)?;
    if !t.word {
        return None;
    }
    let w = t.lower.as_str();
    if (w == "according"
        && tokens
            .get(k.saturating_add(1))
            .is_some_and(|n| n.lower == "to"))
        || listed(SOURCE_BEFORE, w)
    {
        return Some(VerbKind::Source);
    }
    if t.cap {
        // "the United States" is no verb.
        return None;
    }
    if listed(OBJECT_VERBS, w) {
        Some(VerbKind::Object)
    } else if listed(PARTICIPLES, w) {
        Some(VerbKind::Participle)
    } else if listed(VERBS, w) {
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
    while k < hi && steps < 5 {
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
        if listed(TITLES, &t.lower) && !t.cap && title_ends {
            title = Some((k, t.lower.clone()));
        }
        let skippable = !t.word
            || listed(ARTICLES, &t.lower)
            || listed(TITLES, &t.lower)
            || t.core.contains('.')
            || t.lower == "to";
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
    while k > lo && steps < 4 {
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
        if listed(TITLES, &t.lower) {
            // "the president said", "la mandataria afirmó"
            let article = k
                .checked_sub(1)
                .and_then(|j| toks.get(j))
                .is_some_and(|a| listed(ARTICLES, &a.lower));
            if article {
                return Who::Titled(k, t.lower.clone());
            }
            break;
        }
        if !listed(SKIP_BEFORE_VERB, &t.lower) {
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
    // A title names its holder further back than a pronoun does.
    let reach = if title.is_some() { 4 } else { 2 };
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
fn span_attribution(ctx: &Ctx, pi: usize, si: usize, attrs: &[Attr]) -> Attr {
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
        .filter(|a| a.attributed && gap <= 10);
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

// ---------------------------------------------------------------------------
// Candidates.

#[derive(Debug)]
struct Candidate {
    block: usize,
    /// (paragraph, quotation): one pull-quote per quotation.
    span: (usize, usize),
    order: usize,
    score: i32,
    text: String,
    speaker: Option<String>,
    words: Vec<String>,
}

/// A stretch of a quotation considered as a pull-quote.
struct Piece {
    /// Token range, inclusive.
    first: usize,
    last: usize,
    text: String,
    /// Sentences of the quotation left out.
    dropped: usize,
    /// Ends inside a sentence (with an ellipsis).
    trimmed: bool,
    nested: bool,
}

fn paragraph_candidates(ctx: &Ctx, pi: usize, out: &mut Vec<Candidate>, order: &mut usize) {
    let Some(para) = ctx.paras.get(pi) else {
        return;
    };
    let mut attrs: Vec<Attr> = Vec::with_capacity(para.spans.len());
    for si in 0..para.spans.len() {
        let attr = span_attribution(ctx, pi, si, &attrs);
        span_candidates(para, (pi, si), &attr, out, order);
        attrs.push(attr);
    }
}

/// The text of chars `start..end`, white space collapsed and trimmed.
fn collapse(chars: &[char], start: usize, end: usize) -> String {
    let mut out = String::new();
    let mut space = false;
    for &c in chars.get(start..end).unwrap_or_default() {
        if c.is_whitespace() {
            space = !out.is_empty();
        } else {
            if space {
                out.push(' ');
                space = false;
            }
            out.push(c);
        }
    }
    out
}

fn token_text(para: &Para, first: usize, last: usize) -> String {
    match (para.tokens.get(first), para.tokens.get(last)) {
        (Some(a), Some(b)) => collapse(&para.chars, a.start, b.end),
        _ => String::new(),
    }
}

/// Drops a dangling comma (or colon, semicolon, dash); ends with an
/// ellipsis when the sentence goes on.
fn tidy_end(text: &str, ellipsis: bool) -> String {
    let trimmed = text.trim_end_matches(|c: char| {
        c.is_whitespace() || matches!(c, ',' | ';' | ':' | '—' | '–' | '-')
    });
    let mut out = trimmed.to_string();
    if ellipsis && !trimmed.is_empty() && !trimmed.ends_with('…') && !trimmed.ends_with("...") {
        out.push('…');
    }
    out
}

fn span_candidates(
    para: &Para,
    key: (usize, usize),
    attr: &Attr,
    out: &mut Vec<Candidate>,
    order: &mut usize,
) {
    let Some(span) = para.spans.get(key.1) else {
        return;
    };
    let toks = &para.tokens;
    let (lo, hi) = tokens_inside(toks, span);
    let total_words = (lo..hi)
        .filter(|&k| toks.get(k).is_some_and(|t| t.word))
        .count();
    if total_words < MIN_WORDS_COMPLETE {
        return;
    }
    let last_tok = hi.saturating_sub(1);

    // Does the sentence go on in the next quotation (“…,” she said, “and…”)?
    let goes_on = span.next.and_then(|n| para.spans.get(n)).is_some_and(|n| {
        let between_end = toks.partition_point(|t| t.start < n.open);
        let from = toks.partition_point(|t| t.start <= span.close);
        let no_stop = (from..between_end).all(|k| toks.get(k).is_none_or(|t| !t.ends_sentence));
        let (nlo, nhi) = tokens_inside(toks, n);
        let lower = (nlo..nhi)
            .find_map(|k| toks.get(k).filter(|t| t.word))
            .is_some_and(|t| !t.cap);
        no_stop && lower
    });

    let stray_marks =
        (span.open.saturating_add(1)..span.close).any(|i| is_quote_mark_at(&para.chars, i));
    if span.has_child || stray_marks {
        // Quotes within: take it whole or not at all.
        if total_words > MAX_WORDS || span.close.saturating_sub(span.open) > MAX_WINDOW_CHARS {
            return;
        }
        let raw = collapse(&para.chars, span.open.saturating_add(1), span.close);
        let piece = Piece {
            first: lo,
            last: last_tok,
            text: tidy_end(&raw, goes_on),
            dropped: 0,
            trimmed: goes_on,
            nested: true,
        };
        push_candidate(para, key, attr, piece, out, order);
        return;
    }

    // Sentences: (first token, last token, words).
    let mut sentences: Vec<(usize, usize, usize)> = Vec::new();
    let mut s0 = lo;
    let mut w = 0;
    for k in lo..hi {
        let Some(t) = toks.get(k) else {
            break;
        };
        if t.word {
            w += 1;
        }
        if t.ends_sentence || k == last_tok {
            sentences.push((s0, k, w));
            s0 = k.saturating_add(1);
            w = 0;
        }
    }
    let n = sentences.len();
    for i in 0..n.min(MAX_SENTENCES) {
        let Some(&(first, _, _)) = sentences.get(i) else {
            break;
        };
        let mut words = 0;
        for j in i..n {
            let Some(&(_, last, sw)) = sentences.get(j) else {
                break;
            };
            words += sw;
            let chars = toks
                .get(last)
                .map_or(0, |t| t.end)
                .saturating_sub(toks.get(first).map_or(0, |t| t.start));
            if words > MAX_WINDOW_WORDS
                || j.saturating_sub(i) >= MAX_WINDOW_SENTENCES
                || last.saturating_sub(first) > MAX_WINDOW_TOKENS
                || chars > MAX_WINDOW_CHARS
            {
                break;
            }
            if words < MIN_WORDS_COMPLETE {
                continue;
            }
            let dropped = n.saturating_sub(j.saturating_sub(i).saturating_add(1));
            if words <= MAX_WORDS {
                let ellipsis = j + 1 == n && goes_on;
                let text = tidy_end(&token_text(para, first, last), ellipsis);
                let piece = Piece {
                    first,
                    last,
                    text,
                    dropped,
                    trimmed: ellipsis,
                    nested: false,
                };
                push_candidate(para, key, attr, piece, out, order);
            }
            if words > IDEAL_MAX {
                if let Some(cut) = clause_cut(toks, first, last) {
                    let text = tidy_end(&token_text(para, first, cut), true);
                    let piece = Piece {
                        first,
                        last: cut,
                        text,
                        dropped,
                        trimmed: true,
                        nested: false,
                    };
                    push_candidate(para, key, attr, piece, out, order);
                }
            }
        }
    }
}

/// Where to cut a long stretch at a clause boundary: the last comma,
/// semicolon, colon or dash leaving a well-sized quote.
fn clause_cut(toks: &[Token], first: usize, last: usize) -> Option<usize> {
    let mut words = 0;
    let mut best = None;
    let mut fallback = None;
    for k in first..last {
        let t = toks.get(k)?;
        if t.word {
            words += 1;
        }
        let next_dash = toks
            .get(k.saturating_add(1))
            .is_some_and(|n| !n.word && n.ends_clause);
        if t.word && !t.ends_sentence && (t.ends_clause || next_dash) {
            if (IDEAL_MIN..=IDEAL_MAX).contains(&words) {
                best = Some(k);
            } else if (MIN_WORDS..=30).contains(&words) {
                fallback = Some(k);
            }
        }
        if words > 30 {
            break;
        }
    }
    best.or(fallback)
}

fn ends_terminal(text: &str) -> bool {
    text.chars()
        .rev()
        .find(|&c| !(is_quote_char(c) || matches!(c, ')' | ']') || c.is_whitespace()))
        .is_some_and(|c| matches!(c, '.' | '!' | '?' | '…'))
}

fn push_candidate(
    para: &Para,
    key: (usize, usize),
    attr: &Attr,
    piece: Piece,
    out: &mut Vec<Candidate>,
    order: &mut usize,
) {
    let toks = &para.tokens;
    let word_toks: Vec<&Token> = (piece.first..=piece.last)
        .filter_map(|k| toks.get(k))
        .filter(|t| t.word)
        .collect();
    let Some(score) = score(&word_toks, &piece, attr) else {
        return;
    };
    *order += 1;
    out.push(Candidate {
        block: para.block,
        span: key,
        order: *order,
        score,
        text: piece.text,
        speaker: attr.speaker.clone(),
        words: word_toks.iter().map(|t| t.lower.clone()).collect(),
    });
}

/// How good a pull-quote this is, or `None` when it is not one.
fn score(words: &[&Token], piece: &Piece, attr: &Attr) -> Option<i32> {
    let n = words.len();
    let complete = !piece.trimmed && ends_terminal(&piece.text);
    let first = words.first()?;
    let upper = first.cap || first.core.chars().next().is_some_and(|c| c.is_numeric());
    if !(MIN_WORDS_COMPLETE..=MAX_WORDS).contains(&n) {
        return None;
    }
    if n < MIN_WORDS && !(complete && attr.attributed) {
        return None;
    }
    // Unattributed, it must at least be a whole sentence; attributed, a
    // short piece of a sentence is still a fragment.
    let sentence = upper && complete;
    if !attr.attributed && !sentence {
        return None;
    }
    if !upper && !complete && n < IDEAL_MIN {
        return None;
    }
    // “… and here it ends,” he added: the tail of a longer quotation.
    let conjunction = listed(CONJUNCTIONS, &first.lower);
    if !upper && conjunction {
        return None;
    }
    // Titles of books, films, laws: mostly capitalised words.
    let caps = words.iter().filter(|t| t.cap).count();
    if n >= 4 && caps * 10 >= n * 7 {
        return None;
    }
    let n_i = i32::try_from(n).unwrap_or(i32::MAX);
    let mut s = match n {
        0..=5 => -25,
        6..=9 => -8,
        10..=25 => 0,
        _ => 25 - n_i,
    };
    if attr.attributed {
        s += 30;
    }
    if attr.speaker.is_some() {
        s += 15;
    }
    s += if upper { 8 } else { -8 };
    if complete {
        s += 8;
    }
    if conjunction {
        s -= 15;
    }
    if piece.nested {
        s -= 25;
    }
    s -= 3 * i32::try_from(piece.dropped).unwrap_or(100).min(100);
    if piece.trimmed {
        s -= 6;
    }
    Some(s)
}

// ---------------------------------------------------------------------------
// Choice.

/// Word-overlap similarity above 0.6, or one quote inside the other.
fn near_duplicate(a: &[String], b: &[String]) -> bool {
    if a.is_empty() || b.is_empty() {
        return false;
    }
    let sa: HashSet<&str> = a.iter().map(String::as_str).collect();
    let sb: HashSet<&str> = b.iter().map(String::as_str).collect();
    let inter = sa.intersection(&sb).count();
    let union = sa.union(&sb).count();
    if union > 0 && inter * 5 > union * 3 {
        return true;
    }
    let ja = format!(" {} ", a.join(" "));
    let jb = format!(" {} ", b.join(" "));
    ja.contains(&jb) || jb.contains(&ja)
}

fn placeable(
    body: &[Block],
    after: usize,
    chosen: &[(usize, Candidate)],
    occupied: &[usize],
) -> bool {
    after.saturating_add(1) < body.len()
        && !matches!(body.get(after), Some(Block::Heading { .. }))
        && chosen.iter().all(|(a, _)| a.abs_diff(after) >= 2)
        && occupied.iter().all(|o| o.abs_diff(after) >= 2)
}

// ---------------------------------------------------------------------------
// Matching explicit quotes against the body.

/// Lower case, quote marks and apostrophes dropped, white space collapsed,
/// "..." as "…".
fn normalise_for_match(text: &str) -> String {
    let text = text.replace("...", "…");
    let mut out = String::new();
    let mut space = false;
    for c in text.chars() {
        if is_quote_char(c) || matches!(c, '‛' | '‟' | '`' | '´') {
            continue;
        }
        if c.is_whitespace() {
            space = !out.is_empty();
            continue;
        }
        if space {
            out.push(' ');
            space = false;
        }
        out.extend(c.to_lowercase());
    }
    out
}

/// Do the words of `quote` stand in one of the (normalised) blocks? An
/// ellipsis in the quote may stand for any words left out.
fn occurs_in(haystacks: &[String], quote: &str) -> bool {
    let needle = normalise_for_match(quote);
    let segments: Vec<&str> = needle
        .split('…')
        .map(|s| {
            s.trim_matches(|c: char| {
                c.is_whitespace()
                    || matches!(c, ',' | ';' | ':' | '.' | '!' | '?' | '—' | '–' | '-')
            })
        })
        .filter(|s| !s.is_empty())
        .collect();
    if segments.is_empty() {
        return false;
    }
    haystacks.iter().any(|hay| {
        let mut rest: &str = hay;
        segments.iter().all(|seg| match rest.find(seg) {
            Some(at) => {
                rest = rest.get(at.saturating_add(seg.len())..).unwrap_or("");
                true
            }
            None => false,
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Inline;

    #[test]
    fn source_placed_pull_quotes_learn_whether_they_repeat_the_body() {
        let quote = |text: &str| Block::PullQuote {
            quote: PullQuote {
                text: text.into(),
                speaker: None,
                repeats_body: false,
            },
        };
        let mut body = vec![
            Block::Paragraph {
                content: vec![Inline::text(
                    "“La soberanía no se vende”, dijo la presidenta ante estudiantes.",
                )],
            },
            quote("La soberanía no se vende"),
            quote("Words that appear nowhere else"),
        ];
        mark_repeated_pull_quotes(&mut body);
        let flags: Vec<bool> = body
            .iter()
            .filter_map(|b| match b {
                Block::PullQuote { quote } => Some(quote.repeats_body),
                _ => None,
            })
            .collect();
        assert_eq!(flags, [true, false]);
    }

    /// (depth, content) of each closed quotation.
    fn quotes(text: &str) -> Vec<(usize, String)> {
        let chars: Vec<char> = text.chars().collect();
        let spans = scan_quotes(&chars);
        spans
            .iter()
            .map(|s| {
                let mut depth = 0;
                let mut p = s.parent;
                while let Some(i) = p {
                    depth += 1;
                    p = spans[i].parent;
                }
                (depth, chars[s.open + 1..s.close].iter().collect())
            })
            .collect()
    }

    fn q(depth: usize, text: &str) -> (usize, String) {
        (depth, text.to_string())
    }

    #[test]
    fn nested_quote_closed_with_a_straight_apostrophe() {
        let text = "Sheinbaum disclosed, “In one of the calls, (Trump) said, ‘How can we help you? I propose it.'” She then said “no.”";
        assert_eq!(
            quotes(text),
            vec![
                q(
                    0,
                    "In one of the calls, (Trump) said, ‘How can we help you? I propose it.'"
                ),
                q(1, "How can we help you? I propose it."),
                q(0, "no."),
            ]
        );
    }

    #[test]
    fn apostrophes_in_words_are_not_quote_marks() {
        assert!(
            quotes("Mexico’s president didn't say rock'n'roll, and the workers' union won’t.")
                .is_empty()
        );
        assert_eq!(
            quotes("“We don’t sell Mexico’s land,” she said in the ’90s."),
            vec![q(0, "We don’t sell Mexico’s land,")]
        );
        // An apostrophe ending a word never closes the quotation around it.
        assert_eq!(
            quotes("“The workers’ union will win,” he said."),
            vec![q(0, "The workers’ union will win,")]
        );
    }

    #[test]
    fn every_family_of_marks_pairs_up() {
        assert_eq!(
            quotes("«Dijo: “nunca ‘jamás’ lo haré”» y „Wir ‚schaffen‘ das“ und »Ja« ‹oui›."),
            vec![
                q(0, "Dijo: “nunca ‘jamás’ lo haré”"),
                q(1, "nunca ‘jamás’ lo haré"),
                q(2, "jamás"),
                q(0, "Wir ‚schaffen‘ das"),
                q(1, "schaffen"),
                q(0, "Ja"),
                q(0, "oui"),
            ]
        );
        assert_eq!(
            quotes("He said \"I told her 'never' and meant it\" twice."),
            vec![q(0, "I told her 'never' and meant it"), q(1, "never")]
        );
        // Straight-open, curly-close, as sloppy text has it.
        assert_eq!(quotes("He said “fine.\" Then left."), vec![q(0, "fine.")]);
    }

    #[test]
    fn stray_marks_do_not_swallow_real_quotations() {
        assert_eq!(
            quotes("A stray “ here, then “a real one” and 5'11\" tall."),
            vec![q(0, "a real one")]
        );
        assert!(quotes("“").is_empty());
        assert!(quotes("” ’ » › ‘ \" '").is_empty());
        // Deep nesting is capped, not recursed.
        let deep = "“".repeat(100) + "x" + &"”".repeat(100);
        assert!(quotes(&deep).len() <= MAX_DEPTH);
    }

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

    #[test]
    fn near_duplicates_by_overlap_or_containment() {
        let words = |s: &str| s.split(' ').map(str::to_string).collect::<Vec<_>>();
        let a = words("sovereignty is not for sale");
        let b = words(
            "no the territory is sacrosanct sovereignty is not for sale sovereignty is loved",
        );
        assert!(near_duplicate(&a, &b));
        let c = words("we will not go back to work until every worker is paid");
        let d = words("we will not go back to work until every single worker is paid a fair wage");
        assert!(near_duplicate(&c, &d));
        let e = words("the river will be dry within ten years");
        assert!(!near_duplicate(&c, &e));
        assert!(!near_duplicate(&[], &e));
    }

    #[test]
    fn matching_ignores_case_quote_marks_and_spacing() {
        let hay = vec![normalise_for_match(
            "She said: “Sovereignty is not\nfor sale,” and Mexico’s land is not either.",
        )];
        assert!(occurs_in(&hay, "sovereignty IS not for sale"));
        assert!(occurs_in(&hay, "\"Sovereignty is not for sale.\""));
        assert!(occurs_in(&hay, "Mexico's land"));
        assert!(occurs_in(&hay, "Sovereignty … Mexico's land..."));
        assert!(!occurs_in(&hay, "Mexico's land … sovereignty"));
        assert!(!occurs_in(&hay, "sovereignty is for sale"));
        assert!(!occurs_in(&hay, " … "));
    }

    #[test]
    fn tidy_end_drops_commas_and_marks_cuts() {
        assert_eq!(tidy_end("We will win,", false), "We will win");
        assert_eq!(tidy_end("We will win,", true), "We will win…");
        assert_eq!(tidy_end("We will win —", true), "We will win…");
        assert_eq!(tidy_end("We will win...", true), "We will win...");
        assert_eq!(tidy_end("We will win.", false), "We will win.");
    }
}
