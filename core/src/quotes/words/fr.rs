//! French words: so far only what French speech quoted in other languages
//! needs. The full set comes with French articles.

use super::Words;

#[rustfmt::skip]
pub(super) const WORDS: Words = Words {
    name_particles: &["de", "du", "le", "la"],
    articles: &["le", "les", "la", "un"],
    verbs: &["dit", "déclaré", "affirmé", "ajouté", "expliqué", "souligné"],
    source_words: &["selon"],
    conjunctions: &["et", "mais"],
    ..Words::NONE
};
