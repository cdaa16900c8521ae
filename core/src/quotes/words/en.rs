//! English words.
//!
//! `name_particles` here also holds the particles of names from languages
//! without a file of their own, as English text spells them: Dutch "van",
//! Italian "di", Arabic "bin", "ben" and "al".

use super::Words;

#[rustfmt::skip]
pub(super) const WORDS: Words = Words {
    stopwords: "\
        a an the in on at of for from to by with during however but and or so yet after before \
        while when where as if although though because since following meanwhile earlier later \
        then now today tonight yesterday tomorrow this that these those there here it its they \
        we you i he she his her their our my your him them us me what who why how which no yes \
        not also still despite under over about among between into through without within last \
        next some many most all both each every other another such only just even more according \
        instead once until amid monday tuesday wednesday thursday friday saturday sunday january \
        february march april may june july august september october november december",
    titles: "\
        president vice prime minister secretary state senator sen rep representative congressman \
        congresswoman gov governor mayor judge justice general gen chancellor king queen pope \
        prince princess mr mrs ms dr prof professor lt col capt sgt chief ceo chairman \
        chairwoman director spokesman spokeswoman spokesperson ambassador sheikh lord lady sir \
        dame rev commissioner attorney coach leader premier chair chairperson deputy bishop \
        archbishop cardinal captain colonel sergeant lieutenant admiral detective inspector \
        officer superintendent sheriff councillor councilman councilwoman speaker emperor \
        headteacher headmaster headmistress principal coxswain skipper volunteer resident lawyer \
        prosecutor economist analyst researcher scientist activist campaigner founder executive \
        striker goalkeeper manager nurse doctor commander",
    abbreviations: "mr mrs ms dr st jr sr sen rep gov gen lt col capt sgt prof rev vs",
    name_particles: "van di bin ben al",
    pronouns: "he she",
    first_person: "i we",
    before_verb: "\
        also then later again previously recently once has had have was were is would will \
        reportedly repeatedly further earlier simply himself herself",
    articles: "the a an",
    verbs: "\
        said says say stated states added adds asked asks declared declares insisted insists \
        explained explains warned warns disclosed recounted noted notes wrote writes remarked \
        replied replies responded responds emphasized emphasised stressed argued argues claimed \
        claims recalled recalls announced continued acknowledged admitted conceded tweeted \
        observed commented concluded vowed pledged urged cautioned countered quipped shouted \
        exclaimed whispered testified confirmed revealed promised predicted complained joked \
        pleaded demanded suggested",
    object_verbs: "told tells",
    participles: "\
        saying stating adding asking telling declaring insisting explaining warning noting \
        writing emphasizing emphasising stressing arguing claiming recalling replying responding \
        recounting disclosing",
    source_phrases: "according to",
    conjunctions: "and but so or because",
    organisations: "\
        hospital clinic office ministry department agency council committee commission authority \
        service union association federation organisation organization institute foundation \
        university college court police party government administration bank company corporation \
        group fund board bureau nations programme program network society league inc ltd corp \
        plc operator firm",
    company_nouns: "company firm group operator corporation",
    non_name_endings: "ing ly",
    possessive_endings: "’s 's",
    epithet_endings: "-year-old",
    ..Words::NONE
};
