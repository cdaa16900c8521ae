//! Portuguese words: so far only name particles and conjunctions. The full
//! set comes with Portuguese articles.

use super::Words;

#[rustfmt::skip]
pub(super) const WORDS: Words = Words {
    name_particles: &["da", "das", "do", "dos", "de"],
    conjunctions: &["e", "mas"],
    ..Words::NONE
};
