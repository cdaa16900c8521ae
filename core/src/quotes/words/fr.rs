//! French words.
//!
//! French puts the pronoun after the verb in an attribution ("dit-il",
//! "a-t-elle déclaré"): those hyphenated forms are read in code from the
//! verbs and pronouns listed here.

use super::Words;

#[rustfmt::skip]
pub(super) const WORDS: Words = Words {
    stopwords: "\
        le la les un une des du de et ou mais en dans sur pour par avec sans sous chez vers \
        entre depuis pendant après avant selon il elle ils elles on nous vous je ce cette ces \
        son sa ses leur leurs qui que quand comme si puis ainsi alors aussi déjà encore plus \
        moins tout tous chaque hier demain lundi mardi mercredi jeudi vendredi samedi dimanche \
        janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    // "porte-parole": hyphenated titles are found by their parts.
    titles: "\
        président présidente ministre maire préfet préfète député députée sénateur sénatrice \
        juge procureur procureure avocat avocate directeur directrice secrétaire docteur \
        professeur professeure chef cheffe commissaire capitaine entraîneur entraîneuse \
        sélectionneur instituteur institutrice gérant gérante patron patronne pape roi reine mme \
        dr pr me abbé général médecin porte",
    abbreviations: "mme mlle mm dr pr me",
    name_particles: "de du des le la",
    pronouns: "il elle",
    first_person: "je nous",
    before_verb: "a ont avait aussi également encore ensuite alors déjà lui leur y en se s l",
    articles: "le les la un une sa son ce cet cette",
    verbs: "\
        dit déclare déclaré affirme affirmé ajoute ajouté explique expliqué souligne souligné \
        confie confié raconte raconté assure assuré précise précisé indique indiqué poursuit \
        poursuivi insiste insisté rappelle rappelé témoigne témoigné lance lancé martèle martelé \
        résume résumé reconnaît reconnu admet admis regrette regretté déplore déploré dénonce \
        dénoncé avoue avoué observe observé note noté conclut conclu répond répondu interroge \
        promet promis glisse glissé lâche lâché tranche tranché commente commenté estime estimé \
        écrit annonce annoncé avertit averti prévient confirme confirmé soutient \
        soutenu",
    source_words: "selon",
    conjunctions: "et mais ou car donc",
    organisations: "\
        hôpital clinique ministère bureau agence gouvernement conseil comité commission autorité \
        service syndicat association fédération organisation institut fondation université \
        tribunal cour parquet police gendarmerie parti mairie préfecture rectorat banque \
        entreprise société groupe fonds office nations club",
    company_nouns: "entreprise société groupe",
    ..Words::NONE
};
