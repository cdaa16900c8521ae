//! Spanish words.

use super::Words;

#[rustfmt::skip]
pub(super) const WORDS: Words = Words {
    stopwords: "\
        el la los las un una unos unas en de del por para con sin desde durante según tras ante \
        pero y o e mientras cuando donde como si aunque porque este esta estos estas ese esa eso \
        esto su sus lo le les al sí también hoy ayer nos se ya además él ella ellos ellas yo \
        nosotros nosotras lunes martes miércoles jueves viernes sábado domingo enero febrero \
        marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    titles: "\
        presidente presidenta ministro ministra secretario secretaria gobernador gobernadora \
        alcalde alcaldesa juez jueza general canciller rey reina papa sr sra srta dr director \
        directora portavoz embajador embajadora mandatario mandataria diputado diputada senador \
        senadora líder consejero consejera fiscal abogado abogada vocero vocera dirigente \
        técnico entrenador entrenadora seleccionador jefe jefa comisario comisaria rector \
        rectora vicepresidente vicepresidenta concejal concejala obispo arzobispo doctor doctora \
        dra profesor profesora maestro maestra coordinador coordinadora delegado delegada \
        capitán coronel",
    abbreviations: "sr sra srta dr",
    name_particles: "de del la las los",
    pronouns: "él ella",
    first_person: "yo nosotros nosotras",
    before_verb: "ya también luego después además ha había lo le les se me nos",
    articles: "el la los las un una este esta ese esa",
    verbs: "\
        dijo dice afirmó afirma declaró declara señaló señala aseguró asegura explicó explica \
        añadió añade agregó agrega advirtió advierte sostuvo sostiene indicó indica manifestó \
        expresó comentó subrayó destacó apuntó insistió preguntó respondió reconoció precisó \
        enfatizó recalcó sentenció concluyó denunció escribió relató contó exclamó admitió \
        aclaró puntualizó reiteró respondieron dijeron afirmaron señalaron explicaron aseguraron \
        indicaron declararon advirtieron sostuvieron denunciaron relataron resumió recordó \
        lamentó criticó reclamó defendió contestó replicó agregaron añadieron confesó narró \
        opinó consideró estimó valoró remarcó anunció expuso argumentó exigió prometió alertó \
        bromeó informó recalca subraya apunta relata reconoce insiste responde",
    participles: "\
        diciendo afirmando señalando asegurando explicando añadiendo agregando advirtiendo \
        declarando insistiendo subrayando destacando sosteniendo",
    source_words: "según",
    conjunctions: "y pero e mas",
    organisations: "\
        hospital clínica ministerio secretaría oficina agencia consejo comité comisión autoridad \
        servicio sindicato asociación federación organización instituto fundación universidad \
        tribunal juzgado audiencia fiscalía policía partido gobierno ayuntamiento banco empresa \
        compañía corporación grupo fondo junta naciones club sala",
    company_nouns: "empresa compañía firma grupo aerolínea",
    ..Words::NONE
};
