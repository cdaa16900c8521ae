//! Word lists (lower case).

#[rustfmt::skip]
pub(super) const STOPWORDS: &[&str] = &[
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
pub(super) const TITLES: &[&str] = &[
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
pub(super) const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "st", "jr", "sr", "sra", "srta", "sen", "rep", "gov", "gen", "lt",
    "col", "capt", "sgt", "prof", "rev", "vs",
];

/// Lower-case words that may sit inside a name ("de la Fuente").
#[rustfmt::skip]
pub(super) const CONNECTORS: &[&str] = &[
    "de", "del", "la", "las", "los", "da", "das", "do", "dos", "di", "van", "von", "der", "den",
    "le", "du", "bin", "ben", "al",
];

/// Third-person pronouns resolved to the latest name before them.
pub(super) const PRONOUNS: &[&str] = &["he", "she", "él", "ella"];
/// First-person pronouns: inside a quote, the speaker of that quote.
pub(super) const FIRST_PERSON: &[&str] = &["i", "we", "yo", "nosotros", "nosotras"];

/// Words that may stand between a subject and its verb ("Sheinbaum also said").
#[rustfmt::skip]
pub(super) const SKIP_BEFORE_VERB: &[&str] = &[
    "also", "then", "later", "again", "previously", "recently", "once", "has", "had", "have", "was",
    "were", "is", "would", "will", "reportedly", "repeatedly", "further", "earlier", "simply",
    "himself", "herself", "ya", "también", "luego", "después", "además", "ha", "había", "lo", "le",
    "les", "se", "me", "nos",
];

/// Words that may stand between a verb and the name after it ("said the
/// president, Donald Trump").
#[rustfmt::skip]
pub(super) const ARTICLES: &[&str] = &[
    "the", "a", "an", "el", "la", "los", "las", "un", "una", "le", "les",
];

/// Verbs of saying whose subject may stand before or after them.
#[rustfmt::skip]
pub(super) const VERBS: &[&str] = &[
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
pub(super) const OBJECT_VERBS: &[&str] = &["told", "tells"];

/// Participles whose subject is the subject of the sentence ("She ...,
/// stating, “…”").
#[rustfmt::skip]
pub(super) const PARTICIPLES: &[&str] = &[
    "saying", "stating", "adding", "asking", "telling", "declaring", "insisting", "explaining",
    "warning", "noting", "writing", "emphasizing", "emphasising", "stressing", "arguing",
    "claiming", "recalling", "replying", "responding", "recounting", "disclosing", "diciendo",
    "afirmando", "señalando", "asegurando", "explicando", "añadiendo", "agregando", "advirtiendo",
    "declarando", "insistiendo", "subrayando", "destacando", "sosteniendo",
];

/// Words introducing the source after them ("according to X", "según X").
pub(super) const SOURCE_BEFORE: &[&str] = &["según", "selon", "laut"];

/// Words a quote should not start with to stand alone.
#[rustfmt::skip]
pub(super) const CONJUNCTIONS: &[&str] = &[
    "and", "but", "so", "or", "because", "y", "pero", "e", "mas", "et", "mais", "und", "aber",
];

pub(super) fn listed(list: &[&str], word: &str) -> bool {
    list.contains(&word)
}
