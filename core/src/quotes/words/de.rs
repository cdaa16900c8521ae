//! German words: so far only what German speech quoted in other languages
//! needs. The full set comes with German articles.

use super::Words;

#[rustfmt::skip]
pub(super) const WORDS: Words = Words {
    name_particles: &["von", "der", "den"],
    verbs: &["sagte", "erklärte", "betonte"],
    source_words: &["laut"],
    conjunctions: &["und", "aber"],
    ..Words::NONE
};
