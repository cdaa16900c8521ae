//! German words, for German articles and German speech quoted elsewhere.
//!
//! German writes nouns with a capital, so a role before a name ("Anwohnerin
//! Helga Brandl", "Verhandlungsführer Georg Lindner") looks like part of
//! the name: common roles are listed, and compounds ending in one
//! ("Personalvorständin", "Grünen-Abgeordnete") are found by their ending.
//! Bodies ("Verkehrsministerium", "Landgericht") are found the same way.

use super::Words;

#[rustfmt::skip]
pub(super) const WORDS: Words = Words {
    stopwords: "\
        der die das den dem des ein eine einen einem einer eines und oder aber doch denn im ins \
        am an auf aus bei beim mit nach von vom zu zum zur für über unter vor hinter neben \
        zwischen durch gegen ohne um bis seit wegen trotz während als wie wenn weil dass ob auch \
        noch schon nur nicht kein keine es er sie wir ich ihr man sein seine ihre dieser diese \
        dieses hier dort heute gestern morgen jetzt dann da laut zudem außerdem bereits zwar \
        also etwa rund mehr viele alle nun so wer was wo warum besonders darauf dabei deshalb \
        trotzdem dennoch zwischenzeitlich montag dienstag mittwoch donnerstag freitag samstag \
        sonntag januar jänner februar märz april mai juni juli august september oktober november \
        dezember",
    titles: "\
        herr frau dr prof kanzler kanzlerin bundeskanzler bundeskanzlerin minister ministerin \
        präsident präsidentin bürgermeister bürgermeisterin sprecher sprecherin richter \
        richterin staatsanwalt staatsanwältin verteidiger verteidigerin anwalt anwältin trainer \
        trainerin kapitän kapitänin direktor direktorin chef chefin vorsitzende vorsitzender \
        abgeordnete abgeordneter stadtrat stadträtin landrat landrätin senator senatorin \
        professor professorin pfarrer pfarrerin bischof papst könig königin kommissar \
        kommissarin arzt ärztin anwohner anwohnerin pendler pendlerin förster försterin landwirt \
        landwirtin lehrer lehrerin experte expertin inhaber inhaberin gründer gründerin \
        unternehmer unternehmerin rentner rentnerin schüler schülerin studentin polizist \
        polizistin zeuge zeugin autor autorin ökonom ökonomin mitarbeiter mitarbeiterin bewohner \
        bewohnerin",
    title_endings: "\
        kanzler kanzlerin minister ministerin präsident präsidentin meister meisterin sprecher \
        sprecherin richter richterin anwalt anwältin direktor direktorin vorstand vorständin \
        vorsitzende vorsitzender abgeordnete abgeordneter leiter leiterin führer führerin \
        verhandler verhandlerin trainer trainerin chef chefin rätin wohner wohnerin experte \
        expertin forscher forscherin sekretär sekretärin",
    abbreviations: "dr prof hr fr nr",
    name_particles: "von der den zu",
    pronouns: "er sie",
    first_person: "ich wir",
    before_verb: "auch noch dann später bereits schon zudem nun hat habe hatte",
    articles: "der die das den dem ein eine dieser diese",
    verbs: "\
        sagte sagt sagten erklärte erklärt betonte betont meinte meint warnte warnt kritisierte \
        kritisiert forderte fordert berichtete berichtet schrieb schreibt ergänzte ergänzt \
        erläuterte unterstrich bekräftigte versprach antwortete antwortet fragte fragt rief ruft \
        erzählte erzählt teilte räumte fügte stellte kündigte versicherte bestätigte mahnte \
        lobte klagte beklagte gab zeigte",
    source_words: "laut",
    trailer_sources: "so",
    conjunctions: "und aber oder denn",
    organisations: "\
        krankenhaus klinik klinikum ministerium amt behörde regierung kommission gewerkschaft \
        verband verein vereinigung organisation institut stiftung universität gericht polizei \
        partei bank unternehmen konzern gruppe bahn agentur verwaltung senat rat gmbh ag club \
        klub hilfswerk wetterdienst feuerwehr",
    organisation_endings: "\
        ministerium amt behörde regierung gericht polizei verband verwaltung kommission \
        gewerkschaft institut stiftung konzern dienst werk partei bank",
    company_nouns: "unternehmen konzern firma",
    epithet_endings: "-jährige -jähriger -jährigen",
    ..Words::NONE
};
