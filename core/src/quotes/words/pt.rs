//! Portuguese words, Brazilian and European.

use super::Words;

#[rustfmt::skip]
pub(super) const WORDS: Words = Words {
    stopwords: "\
        o a os as um uma de do da dos das em no na nos nas por pelo pela para com sem sob sobre \
        entre até desde após e ou mas que se como quando onde porque também já ainda mais muito \
        segundo este esta esse essa isso isto seu sua ele ela eles elas nós eu hoje ontem amanhã \
        nesta neste nessa nesse segunda terça quarta quinta sexta sábado domingo janeiro \
        fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
    // "porta-voz": hyphenated titles are found by their parts.
    titles: "\
        presidente presidenta ministro ministra governador governadora prefeito prefeita \
        deputado deputada senador senadora vereador vereadora juiz juíza desembargador \
        desembargadora promotor promotora procurador procuradora delegado delegada secretário \
        secretária diretor diretora técnico técnica treinador treinadora professor professora \
        doutor doutora dr dra sr sra padre papa rei rainha general coronel capitão comandante \
        coordenador coordenadora gerente chefe advogado advogada líder porta",
    abbreviations: "sr sra dr dra",
    name_particles: "da das do dos de",
    pronouns: "ele ela",
    first_person: "eu nós",
    before_verb: "também já ainda depois então lhe se nos me tinha havia",
    articles: "o a os as um uma este esta esse essa",
    verbs: "\
        disse diz afirmou afirma declarou declara explicou explica acrescentou acrescenta \
        ressaltou ressalta destacou destaca garantiu garante contou conta lembrou lembra \
        completou avaliou avalia defendeu criticou comentou observou alertou reconheceu admitiu \
        concluiu informou informa respondeu perguntou questionou relatou escreveu frisou \
        sublinhou referiu adiantou salientou reforçou pontuou argumentou comemorou desabafou \
        enfatizou insistiu prometeu anunciou disseram afirmaram informaram explicaram",
    source_words: "segundo conforme",
    source_phrases: "acordo com",
    conjunctions: "e mas ou porque",
    organisations: "\
        hospital clínica ministério secretaria agência governo conselho comitê comissão \
        autoridade serviço sindicato associação federação organização instituto fundação \
        universidade tribunal polícia partido prefeitura câmara banco empresa companhia grupo \
        fundo distribuidora concessionária construtora justiça",
    company_nouns: "empresa companhia distribuidora concessionária construtora",
    ..Words::NONE
};
