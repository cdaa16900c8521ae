//! The words the chooser knows, one file per language, and the lookups it
//! makes.
//!
//! Every lookup asks all languages at once. Articles mix languages (an
//! English report quotes a Spanish speaker; names keep their particles
//! whatever language surrounds them) and many sources do not say which
//! language they are in. The price: a new language's words count in every
//! article, so none of them may be an ordinary word of another language in
//! the same role (a German "die" among the stopwords is harmless, among
//! the verbs it would not be).
//!
//! To add a language: write `xx.rs` with a `WORDS` constant (fields it
//! leaves out default to none through `..Words::NONE`), declare `mod xx;`
//! and list `&xx::WORDS` in [`LANGUAGES`].
//!
//! The chooser runs on every article in the reader's browser, and the lists
//! are data in its wasm: each list is one string of words separated by
//! spaces (no per-word pointer and length to store); each list of all
//! languages is sorted into one index the first time it is asked for.

use std::sync::OnceLock;

mod de;
mod en;
mod es;
mod fr;
mod pt;

/// Every language's words, asked together (their order does not matter).
const LANGUAGES: &[&Words] = &[&en::WORDS, &es::WORDS, &fr::WORDS, &de::WORDS, &pt::WORDS];

/// The words of one language, lower case as [`super::tokens::Token`]'s
/// `lower` has them, each list one string of words separated by single
/// spaces.
pub(super) struct Words {
    /// Function words, weekdays and months: capitalised at the start of a
    /// sentence or in a date, but never a name.
    pub(super) stopwords: &'static str,
    /// Words that stand before a name without being part of it
    /// ("President", "presidenta"), and that name a person on their own
    /// ("the president said"): titles, and roles that stand before a name
    /// with a capital ("Headteacher Grace Okonkwo").
    pub(super) titles: &'static str,
    /// Endings that make a compound a title ("Personalvorständin"), for
    /// languages that write compounds as one word.
    pub(super) title_endings: &'static str,
    /// Abbreviations whose full stop does not end a sentence ("Mr.").
    pub(super) abbreviations: &'static str,
    /// Lower-case words that may sit inside a name ("de la" in "Juan Ramón
    /// de la Fuente").
    pub(super) name_particles: &'static str,
    /// Third-person pronouns: the person named last before them.
    pub(super) pronouns: &'static str,
    /// First-person pronouns: inside a quotation, its speaker.
    pub(super) first_person: &'static str,
    /// Words that may stand between a subject and its verb ("Sheinbaum also
    /// said", "lo ha dicho").
    pub(super) before_verb: &'static str,
    /// Articles, possessive and demonstrative determiners that may stand
    /// between a verb and the name after it ("said the president, Donald
    /// Trump"; "a expliqué cette mère de famille").
    pub(super) articles: &'static str,
    /// Verbs of saying whose subject stands before or after them ("said",
    /// "dijo").
    pub(super) verbs: &'static str,
    /// Verbs of saying whose object follows them ("told Reuters"): the
    /// subject stands before them only.
    pub(super) object_verbs: &'static str,
    /// Participles whose subject is the sentence's ("She …, stating, “…”").
    pub(super) participles: &'static str,
    /// Words introducing the source after them ("según X").
    pub(super) source_words: &'static str,
    /// Two-word source phrases ("according to X"), separated by `|`.
    pub(super) source_phrases: &'static str,
    /// Source words that only attribute right after a quotation („…“, so
    /// X): elsewhere they are ordinary words.
    pub(super) trailer_sources: &'static str,
    /// Words a quotation should not start with to stand alone ("and").
    pub(super) conjunctions: &'static str,
    /// Endings of words that are no names when they start a sentence
    /// capitalised: gerunds and adverbs ("Speaking", "Recently").
    pub(super) non_name_endings: &'static str,
    /// Possessive endings ("Mexico’s"): a possessive is no subject, and
    /// a name drops the ending.
    pub(super) possessive_endings: &'static str,
    /// Nouns that name bodies ("ministry", "Ministerium"): a name holding
    /// one is an organisation, never the person a pronoun stands for; an
    /// organisation speaks only when the sentence says so ("the ministry
    /// said").
    pub(super) organisations: &'static str,
    /// Endings that make a compound an organisation ("Verkehrsministerium").
    pub(super) organisation_endings: &'static str,
    /// Endings of a number-led word that stands for a person named before
    /// ("the 63-year-old", "die 63-Jährige"), like a pronoun.
    pub(super) epithet_endings: &'static str,
    /// Organisation nouns that stand for any company ("the company said"
    /// after "the grid operator Nordline").
    pub(super) company_nouns: &'static str,
}

impl Words {
    /// No words at all: what a language file leaves out.
    pub(super) const NONE: Words = Words {
        stopwords: "",
        titles: "",
        title_endings: "",
        abbreviations: "",
        name_particles: "",
        pronouns: "",
        first_person: "",
        before_verb: "",
        articles: "",
        verbs: "",
        object_verbs: "",
        participles: "",
        source_words: "",
        source_phrases: "",
        trailer_sources: "",
        conjunctions: "",
        non_name_endings: "",
        possessive_endings: "",
        organisations: "",
        organisation_endings: "",
        epithet_endings: "",
        company_nouns: "",
    };
}

/// The lists [`listed`] looks words up in (fields of [`Words`]).
#[derive(Clone, Copy)]
enum List {
    Abbreviations,
    Articles,
    BeforeVerb,
    CompanyNouns,
    Conjunctions,
    EpithetEndings,
    FirstPerson,
    NameParticles,
    NonNameEndings,
    ObjectVerbs,
    OrganisationEndings,
    Organisations,
    Participles,
    PossessiveEndings,
    Pronouns,
    SourceWords,
    Stopwords,
    TitleEndings,
    Titles,
    TrailerSources,
    Verbs,
}

/// How many [`List`]s there are.
const LISTS: usize = 21;

impl List {
    fn of(self, words: &Words) -> &'static str {
        match self {
            Self::Abbreviations => words.abbreviations,
            Self::Articles => words.articles,
            Self::BeforeVerb => words.before_verb,
            Self::CompanyNouns => words.company_nouns,
            Self::Conjunctions => words.conjunctions,
            Self::EpithetEndings => words.epithet_endings,
            Self::FirstPerson => words.first_person,
            Self::NameParticles => words.name_particles,
            Self::NonNameEndings => words.non_name_endings,
            Self::ObjectVerbs => words.object_verbs,
            Self::OrganisationEndings => words.organisation_endings,
            Self::Organisations => words.organisations,
            Self::Participles => words.participles,
            Self::PossessiveEndings => words.possessive_endings,
            Self::Pronouns => words.pronouns,
            Self::SourceWords => words.source_words,
            Self::Stopwords => words.stopwords,
            Self::TitleEndings => words.title_endings,
            Self::Titles => words.titles,
            Self::TrailerSources => words.trailer_sources,
            Self::Verbs => words.verbs,
        }
    }
}

/// Every language's words of `list`, sorted the first time they are asked
/// for. The chooser looks up several words of every token of an article;
/// scanning the lists' strings for each made a long article's preparation
/// take a third of a second (2,000 paragraphs, natively), a binary search
/// takes microseconds. The lists stay compact strings in the wasm.
fn index(list: List) -> &'static [&'static str] {
    static INDEX: [OnceLock<Vec<&'static str>>; LISTS] = [const { OnceLock::new() }; LISTS];
    INDEX.get(list as usize).map_or(&[], |cell| {
        cell.get_or_init(|| {
            let mut words: Vec<&'static str> = LANGUAGES
                .iter()
                .flat_map(|l| list.of(l).split_whitespace())
                .collect();
            words.sort_unstable();
            words.dedup();
            words
        })
    })
}

/// Is `word` in `list`, in any language?
fn listed(word: &str, list: List) -> bool {
    index(list).binary_search(&word).is_ok()
}

/// Does `word` end with one of the endings of `list`, in any language, with
/// at least `head` letters before it?
fn ends_listed(word: &str, head: usize, list: List) -> bool {
    let endings = index(list);
    word.char_indices().enumerate().any(|(before, (at, _))| {
        before >= head
            && word
                .get(at..)
                .is_some_and(|ending| endings.binary_search(&ending).is_ok())
    })
}

// The lookups: is `word` in that list (a field of [`Words`]) of any
// language?

pub(super) fn is_stopword(word: &str) -> bool {
    listed(word, List::Stopwords)
}

/// Fewest letters a compound has before a title or organisation ending,
/// so that the ending alone is no compound ("Samt" is no "Amt").
const MIN_COMPOUND_HEAD: usize = 2;

/// `word` without a French elided article or pronoun ("l’université",
/// "s’interroge").
fn bare(word: &str) -> &str {
    let mut chars = word.char_indices();
    match (chars.next(), chars.next(), chars.next()) {
        (Some((_, c)), Some((_, '’' | '\'')), Some((rest, _))) if "ldsnjmc".contains(c) => {
            word.get(rest..).unwrap_or(word)
        }
        _ => word,
    }
}

/// A title, a compound ending in one ("Bundeskanzlerin"), or a hyphenated
/// word with one for a part ("Grünen-Abgeordnete", "porte-parole").
pub(super) fn is_title(word: &str) -> bool {
    let word = bare(word);
    listed(word, List::Titles)
        || ends_listed(word, MIN_COMPOUND_HEAD, List::TitleEndings)
        || (word.contains('-') && word.split('-').any(|part| listed(part, List::Titles)))
}

pub(super) fn is_abbreviation(word: &str) -> bool {
    listed(word, List::Abbreviations)
}

pub(super) fn is_name_particle(word: &str) -> bool {
    listed(word, List::NameParticles)
}

pub(super) fn is_pronoun(word: &str) -> bool {
    listed(word, List::Pronouns)
}

pub(super) fn is_first_person(word: &str) -> bool {
    listed(word, List::FirstPerson)
}

pub(super) fn may_precede_verb(word: &str) -> bool {
    listed(word, List::BeforeVerb)
}

pub(super) fn is_article(word: &str) -> bool {
    listed(word, List::Articles)
}

pub(super) fn is_verb(word: &str) -> bool {
    listed(bare(word), List::Verbs)
}

pub(super) fn is_object_verb(word: &str) -> bool {
    listed(word, List::ObjectVerbs)
}

pub(super) fn is_participle(word: &str) -> bool {
    listed(word, List::Participles)
}

pub(super) fn is_source_word(word: &str) -> bool {
    listed(word, List::SourceWords)
}

/// Do `first` and `second` make a two-word source phrase?
pub(super) fn is_source_phrase(first: &str, second: &str) -> bool {
    LANGUAGES.iter().any(|l| {
        l.source_phrases
            .split('|')
            .any(|p| p.split_once(' ') == Some((first, second)))
    })
}

/// Is `word` the second word of a source phrase ("to")? Skipped on the way
/// to the name after a verb.
pub(super) fn ends_source_phrase(word: &str) -> bool {
    LANGUAGES.iter().any(|l| {
        l.source_phrases
            .split('|')
            .any(|p| p.split_once(' ').is_some_and(|(_, second)| second == word))
    })
}

/// The title a compound title ends with ("finanzminister" → "minister").
pub(super) fn title_base(word: &str) -> Option<&'static str> {
    LANGUAGES.iter().find_map(|l| {
        l.title_endings.split(' ').find(|e| {
            !e.is_empty()
                && word
                    .strip_suffix(e)
                    .is_some_and(|head| head.chars().count() >= MIN_COMPOUND_HEAD)
        })
    })
}

pub(super) fn is_trailer_source(word: &str) -> bool {
    listed(word, List::TrailerSources)
}

/// A noun naming a body, or a compound ending in one.
pub(super) fn is_organisation(word: &str) -> bool {
    let word = bare(word);
    listed(word, List::Organisations)
        || ends_listed(word, MIN_COMPOUND_HEAD, List::OrganisationEndings)
}

/// A word such as "63-year-old": a number, then an epithet ending.
pub(super) fn is_epithet(word: &str) -> bool {
    word.starts_with(|c: char| c.is_ascii_digit())
        && word.contains('-')
        && ends_listed(word, 1, List::EpithetEndings)
}

pub(super) fn is_company_noun(word: &str) -> bool {
    listed(word, List::CompanyNouns)
}

/// The verb (or auxiliary) of an inverted attribution ("dit-il" gives
/// "dit", "a-t-elle" gives "a"), when the word ends with a pronoun.
pub(super) fn inverted(word: &str) -> Option<&str> {
    let (head, tail) = word.split_once('-')?;
    let tail = tail.strip_prefix("t-").unwrap_or(tail);
    (!head.is_empty() && is_pronoun(tail)).then_some(head)
}

pub(super) fn is_conjunction(word: &str) -> bool {
    listed(word, List::Conjunctions)
}

pub(super) fn has_non_name_ending(word: &str) -> bool {
    ends_listed(word, 0, List::NonNameEndings)
}

pub(super) fn is_possessive(word: &str) -> bool {
    ends_listed(word, 0, List::PossessiveEndings)
}

/// `word` without its possessive ending, if it has one.
pub(super) fn strip_possessive(word: &str) -> &str {
    LANGUAGES
        .iter()
        .flat_map(|l| l.possessive_endings.split(' '))
        .filter(|e| !e.is_empty())
        .find_map(|e| word.strip_suffix(e))
        .unwrap_or(word)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Lookups compare with a token's lower-case form, so a word with a
    /// capital, a full stop or a doubled space in a list could never match.
    #[test]
    fn every_listed_word_is_one_lower_case_word() {
        for lang in LANGUAGES {
            let lists = [
                lang.stopwords,
                lang.titles,
                lang.title_endings,
                lang.abbreviations,
                lang.name_particles,
                lang.pronouns,
                lang.first_person,
                lang.before_verb,
                lang.articles,
                lang.verbs,
                lang.object_verbs,
                lang.participles,
                lang.source_words,
                lang.trailer_sources,
                lang.conjunctions,
                lang.organisations,
                lang.organisation_endings,
                lang.company_nouns,
            ];
            let phrases = lang.source_phrases.split('|').flat_map(|p| p.split(' '));
            for list in lists {
                assert!(!list.starts_with(' ') && !list.ends_with(' '), "{list:?}");
            }
            let words = lists
                .iter()
                .flat_map(|l| l.split(' '))
                .filter(|w| !w.is_empty());
            for word in words.chain(phrases.filter(|w| !w.is_empty())) {
                assert_eq!(word, word.to_lowercase(), "{word:?} is not lower case");
                assert!(
                    word.chars().all(char::is_alphabetic),
                    "{word:?} is not one word"
                );
            }
        }
    }

    #[test]
    fn a_word_is_found_only_whole() {
        assert!(is_verb("says") && is_verb("said") && is_object_verb("told"));
        assert!(!is_verb("sai") && !is_verb("ays") && !is_verb("said says") && !is_verb(""));
        assert!(is_verb("dit") && is_verb("déclaré") && !is_verb("clar"));
    }

    #[test]
    fn lookups_ask_every_language() {
        assert!(is_verb("said") && is_verb("dijo") && is_verb("dit") && is_verb("sagte"));
        assert!(is_source_word("según") && is_source_phrase("according", "to"));
        assert!(is_name_particle("von") && is_name_particle("dos"));
        assert!(!is_verb("Said") && !is_source_phrase("to", "according"));
        assert_eq!(strip_possessive("Mexico’s"), "Mexico");
        assert_eq!(strip_possessive("Trump's"), "Trump");
        assert_eq!(strip_possessive("Paris"), "Paris");
    }

    #[test]
    fn compounds_and_inversions() {
        assert!(is_title("personalvorständin") && is_title("grünen-abgeordnete"));
        assert!(is_title("porte-parole") && !is_title("jean-pierre"));
        assert!(
            !is_title("in") && !is_title("rat"),
            "an ending alone is no title"
        );
        assert!(is_organisation("verkehrsministerium") && is_organisation("ministry"));
        assert!(is_organisation("amt") && !is_organisation("samt"));
        assert_eq!(inverted("dit-il"), Some("dit"));
        assert_eq!(inverted("a-t-elle"), Some("a"));
        assert_eq!(inverted("saint-julien"), None);
        assert!(is_organisation("l’université") && is_verb("s’interroge"));
        assert!(!is_organisation("l’") && bare("l’") == "l’");
    }
}
