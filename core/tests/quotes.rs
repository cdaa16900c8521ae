#![cfg(not(target_arch = "wasm32"))]
//! The pull-quote chooser on whole article bodies.

use article_widget_core::model::{Article, Block, Inline, PlacedPullQuote, PullQuote};
use article_widget_core::quotes::{
    choose_pull_quotes, pull_quotes_for, PullQuoteSetting, MAX_PULL_QUOTES,
};
use proptest::prelude::*;

/// The body paragraphs of the sample article (seed 000_1c25d6400646215d),
/// text exactly as given.
const SAMPLE: [&str; 6] = [
    r#"Mexican President Claudia Sheinbaum stated on Saturday that U.S. President Donald Trump had suggested deploying U.S. troops to Mexico for the purpose of combating drug trafficking. However, Sheinbaum declined the offer, emphasizing that “sovereignty is not for sale.” Her remarks came following a report in the Wall Street Journal from May 2, which indicated that Trump was pressuring Mexico to permit increased U.S. military involvement against drug cartels along the shared border."#,
    r#"During a university event near the capital, Sheinbaum disclosed, “In one of the calls, (Trump) said, ‘How can we help you fight drug trafficking? I propose that the U.S. Army come in to help you.'” She then recounted her response to Trump, stating, “And you know what I told him? No, President Trump, the territory is sacrosanct, sovereignty is sacrosanct, sovereignty is not for sale, sovereignty is loved and defended.” She reiterated that while collaboration between the two countries is possible, the presence of U.S. military forces in Mexico would not be accepted."#,
    r#"Following these developments, the White House did not provide an immediate response to a Reuters inquiry for comment. Trump has previously indicated that the U.S. would take unilateral military action should Mexico not address the issue of drug cartels adequately. The two leaders have engaged in multiple discussions in recent months concerning security, trade, and immigration."#,
    r#"Sheinbaum also highlighted her request to Trump for assistance in preventing weapons from crossing into Mexico from the United States, which contribute to violence and trafficking. She emphasized the potential for cooperation while underscoring the importance of respecting each nation’s sovereignty."#,
    r#"A recent report in the Wall Street Journal suggested that tensions between the leaders escalated towards the end of an April 16 phone call when Trump advocated for a more prominent role for U.S. armed forces in addressing Mexican drug gangs responsible for producing and smuggling fentanyl into the U.S. In February, the U.S. classified the Sinaloa Cartel and other Mexican drug organizations as global terrorist entities, raising concerns about potential military intervention."#,
    r#"The U.S. military has ramped up airborne surveillance of Mexican drug cartels as part of efforts to gather intelligence for countering their operations. In response, Sheinbaum has proposed a constitutional reform to enhance protections for Mexico’s national sovereignty."#,
];

fn para(text: &str) -> Block {
    Block::Paragraph {
        content: vec![Inline::text(text)],
    }
}

fn body(paras: &[&str]) -> Vec<Block> {
    paras.iter().map(|p| para(p)).collect()
}

/// An article with this body and these explicit pull-quotes, under a
/// headline that no quote repeats.
fn article(body: &[Block], explicit: &[PlacedPullQuote]) -> Article {
    Article {
        headline: "Headline".into(),
        body: body.to_vec(),
        pull_quotes: explicit.to_vec(),
        ..Article::default()
    }
}

/// (after, text, speaker) of each pull-quote.
fn summary(quotes: &[PlacedPullQuote]) -> Vec<(usize, String, Option<String>)> {
    quotes
        .iter()
        .map(|q| (q.after, q.quote.text.clone(), q.quote.speaker.clone()))
        .collect()
}

fn expect(after: usize, text: &str, speaker: Option<&str>) -> (usize, String, Option<String>) {
    (after, text.to_string(), speaker.map(str::to_string))
}

/// The invariants every automatic choice keeps.
fn check_invariants(body: &[Block], quotes: &[PlacedPullQuote], max: usize) {
    assert!(
        quotes.len() <= max.min(MAX_PULL_QUOTES),
        "too many: {quotes:?}"
    );
    let first_para = body
        .iter()
        .position(|b| matches!(b, Block::Paragraph { .. }));
    for (i, q) in quotes.iter().enumerate() {
        assert!(q.after >= 1, "after block 0: {q:?}");
        assert!(
            first_para.is_some_and(|f| q.after > f),
            "from the lede: {q:?}"
        );
        assert!(q.after + 1 < body.len(), "after the last block: {q:?}");
        assert!(
            !matches!(body.get(q.after), Some(Block::Heading { .. })),
            "after a heading: {q:?}"
        );
        assert!(!q.quote.text.trim().is_empty());
        assert!(q.quote.repeats_body);
        // 8 to 35 words, counted so that the chooser's count lies between.
        let text = &q.quote.text;
        let is_mark = |c: char| "“”„‟«»‹›\"'‘’‚".contains(c);
        let at_least = text
            .split(|c: char| c.is_whitespace() || is_mark(c))
            .filter(|w| w.chars().any(char::is_alphanumeric))
            .count();
        let at_most = text
            .split_whitespace()
            .filter(|w| w.chars().any(char::is_alphanumeric))
            .count();
        assert!(at_least >= 8 && at_most <= 35, "{at_most} words: {q:?}");
        let end = text.trim_end_matches(|c: char| is_mark(c) || c.is_whitespace());
        assert!(
            !end.ends_with('…') && !end.ends_with(".."),
            "trails off: {q:?}"
        );
        for other in quotes.iter().skip(i + 1) {
            assert!(
                other.after >= q.after + 2,
                "adjacent or unordered: {quotes:?}"
            );
        }
    }
}

const TRUMP_LINE: &str =
    "How can we help you fight drug trafficking? I propose that the U.S. Army come in to help you.";
const SOVEREIGNTY_LINE: &str = "No, President Trump, the territory is sacrosanct, sovereignty is sacrosanct, sovereignty is not for sale, sovereignty is loved and defended.";

#[test]
fn sample_article_picks_memorable_lines_with_their_speakers() {
    let body = body(&SAMPLE);
    let chosen = pull_quotes_for(&article(&body, &[]), &PullQuoteSetting::Auto);
    assert_eq!(
        summary(&chosen),
        vec![
            expect(1, TRUMP_LINE, Some("Trump")),
            expect(3, SOVEREIGNTY_LINE, Some("Sheinbaum")),
        ]
    );
    assert!(chosen.iter().all(|q| q.quote.repeats_body));
    check_invariants(&body, &chosen, 2);
}

#[test]
fn sample_article_has_no_more_good_quotes_and_sovereignty_only_once() {
    let body = body(&SAMPLE);
    let chosen = choose_pull_quotes(&body, MAX_PULL_QUOTES);
    assert_eq!(chosen.len(), 2, "{chosen:?}");
    let with_sale = chosen
        .iter()
        .filter(|q| q.quote.text.contains("not for sale"))
        .count();
    assert_eq!(with_sale, 1);
    // Never the fragment from the lede, never the framing outer quote.
    assert!(chosen
        .iter()
        .all(|q| !q.quote.text.contains("In one of the calls")));
    check_invariants(&body, &chosen, MAX_PULL_QUOTES);
}

#[test]
fn sample_article_with_one_quote_takes_the_best() {
    let chosen = choose_pull_quotes(&body(&SAMPLE), 1);
    assert_eq!(summary(&chosen), vec![expect(1, TRUMP_LINE, Some("Trump"))]);
}

#[test]
fn article_without_quotes_gets_none() {
    let body = body(&[
        "The council met on Tuesday to discuss the budget.",
        "Members debated the proposal for three hours before voting.",
        "Mexico’s government didn’t respond, and the officials' comments weren't clear.",
        "The measure passed by a narrow margin of seven to six.",
        "A second vote is expected next month.",
    ]);
    assert!(choose_pull_quotes(&body, 5).is_empty());
}

#[test]
fn scare_quotes_and_fragments_are_rejected() {
    let body = body(&[
        "The reform was announced on Monday.",
        "The so-called “reform” was called “a joke” by critics and “dead on arrival” by others.",
        "Supporters described it as a \"historic step\" while the opposition spoke of 'chaos'.",
        "The bill, titled “The Clean Rivers And Safe Harbors Act”, goes to the Senate.",
        "Some called it «una farsa» and others «un paso atrás».",
        "Debate continues.",
    ]);
    assert!(choose_pull_quotes(&body, 5).is_empty());
}

#[test]
fn spanish_quotes_with_guillemets_and_curly_marks() {
    let body = body(&[
        "La presidenta Claudia Sheinbaum habló este lunes en Palacio Nacional sobre la relación con Estados Unidos.",
        "«La soberanía de México no está en venta y nunca lo estará, ni con este gobierno ni con ningún otro», dijo Sheinbaum durante la conferencia matutina.",
        "La mandataria también se refirió a los aranceles anunciados por Washington la semana pasada.",
        "El canciller Juan Ramón de la Fuente afirmó: “Vamos a defender a nuestros connacionales en cada uno de los consulados del país vecino”.",
        "La reunión terminó al mediodía.",
    ]);
    assert_eq!(
        summary(&choose_pull_quotes(&body, 2)),
        vec![
            expect(
                1,
                "La soberanía de México no está en venta y nunca lo estará, ni con este gobierno ni con ningún otro",
                Some("Sheinbaum"),
            ),
            expect(
                3,
                "Vamos a defender a nuestros connacionales en cada uno de los consulados del país vecino",
                Some("Juan Ramón de la Fuente"),
            ),
        ]
    );
}

#[test]
fn spanish_verb_without_subject_takes_the_last_person_named() {
    let body = body(&[
        "El gobierno presentó su plan de seguridad.",
        // "Llovió" starts a sentence and is capitalised only for that: no name.
        "Llovió toda la noche. «No podemos seguir viviendo así, sin agua y sin luz desde hace muchos días», aseguró.",
        "Más tarde llegó el canciller Marcelo Ebrard a Palacio Nacional.",
        "Ebrard habló después. «No vamos a aceptar ninguna intervención militar extranjera en nuestro territorio», aseguró.",
        "El plan se votará en junio.",
        "Fin.",
    ]);
    assert_eq!(
        summary(&choose_pull_quotes(&body, 2)),
        vec![
            expect(
                1,
                "No podemos seguir viviendo así, sin agua y sin luz desde hace muchos días",
                None,
            ),
            expect(
                3,
                "No vamos a aceptar ninguna intervención militar extranjera en nuestro territorio",
                Some("Ebrard"),
            ),
        ]
    );
}

#[test]
fn pronouns_and_titles_refer_to_people_not_places() {
    let body = body(&[
        "CIUDAD DE MÉXICO.- La presidenta Claudia Sheinbaum rechazó este martes las declaraciones del gobierno estadounidense.",
        "En su conferencia matutina, la mandataria afirmó que México no aceptará presiones. “Nosotros no somos colonia de nadie, somos un país libre, independiente y soberano”, dijo.",
        "La jefa del Ejecutivo también se refirió a la migración.",
        "«Vamos a seguir atendiendo las causas de la migración, porque es la única forma de resolver el problema de fondo», sostuvo la presidenta.",
        "La reunión con empresarios está prevista para el jueves.",
    ]);
    assert_eq!(
        summary(&choose_pull_quotes(&body, 2)),
        vec![
            expect(
                1,
                "Nosotros no somos colonia de nadie, somos un país libre, independiente y soberano",
                Some("Claudia Sheinbaum"),
            ),
            expect(
                3,
                "Vamos a seguir atendiendo las causas de la migración, porque es la única forma de resolver el problema de fondo",
                Some("Claudia Sheinbaum"),
            ),
        ]
    );
}

#[test]
fn a_quote_going_on_after_its_attribution_keeps_the_speaker() {
    let body = body(&[
        "The village has had no running water since March.",
        "\"My grandmother walked four miles every day to get water,\" said Amina Yusuf, 34. \"Now I do the same, and one day my daughter will too. That is what we are trying to stop.\"",
        "Local officials blamed the drought.",
        "The charity WaterFirst plans to drill three wells next year.",
        "\"Every well we drill changes the lives of about five hundred people, and we want to drill hundreds,\" its director, Mark O'Neill, said.",
        "Work begins in January.",
    ]);
    assert_eq!(
        summary(&choose_pull_quotes(&body, 2)),
        vec![
            expect(
                1,
                "Now I do the same, and one day my daughter will too. That is what we are trying to stop.",
                Some("Amina Yusuf"),
            ),
            expect(
                4,
                "Every well we drill changes the lives of about five hundred people, and we want to drill hundreds",
                Some("Mark O'Neill"),
            ),
        ]
    );
}

#[test]
fn english_attributions_name_the_speaker() {
    let body = body(&[
        "The storm hit the coast on Monday night.",
        "Governor Maria Lopez spoke to reporters on Tuesday. “We will rebuild every home that the storm destroyed, no matter how long it takes,” she said.",
        "Roads remained closed across the region.",
        "“The water came up faster than anyone had expected, and we lost everything,” said Tom Becker, a fisherman.",
        "Power was restored to most homes.",
        "Emergency official Dana Reyes told Reuters: “We have never seen a storm surge like this one in forty years of records.”",
        "Schools will reopen next week.",
        "President Donald Trump said: “The federal government will cover the full cost of the cleanup for every county.”",
        "More rain is expected.",
    ]);
    assert_eq!(
        summary(&choose_pull_quotes(&body, 4)),
        vec![
            expect(
                1,
                "We will rebuild every home that the storm destroyed, no matter how long it takes",
                Some("Maria Lopez"),
            ),
            expect(
                3,
                "The water came up faster than anyone had expected, and we lost everything",
                Some("Tom Becker"),
            ),
            expect(
                5,
                "We have never seen a storm surge like this one in forty years of records.",
                Some("Dana Reyes"),
            ),
            expect(
                7,
                "The federal government will cover the full cost of the cleanup for every county.",
                Some("Donald Trump"),
            ),
        ]
    );
}

#[test]
fn straight_and_german_marks_work_too() {
    let body = body(&[
        "The river has been shrinking for years.",
        "Smith said, \"I never thought I would see the day when the river ran completely dry.\"",
        "Farmers are worried.",
        "Angela Merkel sagte: „Wir werden diese Krise gemeinsam und mit aller Kraft überwinden.“",
        "Die Lage bleibt angespannt.",
        "Olaf Scholz erklärte: »Wir stehen fest an der Seite unserer Partner in Europa und in der Welt.«",
        "Mehr dazu morgen.",
    ]);
    assert_eq!(
        summary(&choose_pull_quotes(&body, 3)),
        vec![
            expect(
                1,
                "I never thought I would see the day when the river ran completely dry.",
                Some("Smith"),
            ),
            expect(
                3,
                "Wir werden diese Krise gemeinsam und mit aller Kraft überwinden.",
                Some("Angela Merkel"),
            ),
            expect(
                5,
                "Wir stehen fest an der Seite unserer Partner in Europa und in der Welt.",
                Some("Olaf Scholz"),
            ),
        ]
    );
}

#[test]
fn apostrophes_inside_a_quote_are_not_quote_marks() {
    let body = body(&[
        "The mayor spoke on Friday.",
        "“We don’t want Mexico’s future decided in Washington’s offices, not now and not ever,” Mayor Ana Ruiz said.",
        "The crowd applauded.",
        "Nothing else was said.",
    ]);
    assert_eq!(
        summary(&choose_pull_quotes(&body, 2)),
        vec![expect(
            1,
            "We don’t want Mexico’s future decided in Washington’s offices, not now and not ever",
            Some("Ana Ruiz"),
        )]
    );
}

#[test]
fn quote_cut_off_by_its_attribution_stops_there_without_an_ellipsis() {
    let body = body(&[
        "The mayor spoke on Friday.",
        "“We are not going to give up on this city or on its people,” the mayor said, “not now.”",
        "The crowd applauded.",
        "Nothing else was said.",
    ]);
    let chosen = choose_pull_quotes(&body, 2);
    assert_eq!(
        summary(&chosen),
        vec![expect(
            1,
            "We are not going to give up on this city or on its people",
            None
        )]
    );
}

#[test]
fn long_quote_with_no_whole_sentence_that_fits_is_cut_at_a_clause_without_an_ellipsis() {
    let body = body(&[
        "The minister presented the plan.",
        "“We have spent the last ten years building roads, schools and hospitals across the whole region, and we will spend the next ten years making sure that every family in every village has clean water, reliable power and a decent job close to home,” the minister said.",
        "The opposition was not convinced.",
        "A vote is due in May.",
    ]);
    assert_eq!(
        summary(&choose_pull_quotes(&body, 2)),
        vec![expect(
            1,
            "We have spent the last ten years building roads, schools and hospitals across the whole region",
            None
        )]
    );
}

#[test]
fn quotes_only_in_the_first_paragraph_give_none() {
    let body = body(&[
        "“We will never surrender our freedom to anyone, whatever the price may be,” President Lina Marsh said on Sunday.",
        "The speech lasted an hour.",
        "It was broadcast nationally.",
        "Reactions were mixed.",
    ]);
    assert!(choose_pull_quotes(&body, 5).is_empty());
    // The lede is the first paragraph, even after a heading or figure.
    let mut with_heading = vec![Block::Heading {
        level: 2,
        text: "Speech".into(),
    }];
    with_heading.extend(body);
    assert!(choose_pull_quotes(&with_heading, 5).is_empty());
}

#[test]
fn strong_quotes_in_adjacent_paragraphs_are_kept_apart() {
    let paras = [
        "The summit opened in Geneva.",
        "“This is the most important agreement our two countries have signed in a generation,” said Foreign Minister Ana Costa.",
        "“We have finally found a way to share the river without fighting over every drop of it,” said Minister Paul Okafor.",
        "Both ministers signed the deal.",
    ];
    // Four blocks: the second quote could only go right after the first or
    // after the last block, so it is left out.
    let chosen = choose_pull_quotes(&body(&paras), 2);
    assert_eq!(chosen.len(), 1, "{chosen:?}");
    assert_eq!(chosen[0].after, 1);
    assert_eq!(chosen[0].quote.speaker.as_deref(), Some("Ana Costa"));

    // With room after them, both fit, two blocks apart.
    let mut longer = paras.to_vec();
    longer.extend(["Observers welcomed it.", "Details follow."]);
    let body = body(&longer);
    let chosen = choose_pull_quotes(&body, 2);
    assert_eq!(
        chosen.iter().map(|q| q.after).collect::<Vec<_>>(),
        vec![1, 3]
    );
    assert_eq!(chosen[1].quote.speaker.as_deref(), Some("Paul Okafor"));
    check_invariants(&body, &chosen, 2);
}

#[test]
fn near_duplicates_are_chosen_once() {
    let body = body(&[
        "The strike entered its second week.",
        "“We will not go back to work until every worker in this factory is paid a fair wage,” union leader Rosa Diaz said.",
        "Management declined to comment.",
        "On Friday Diaz repeated: “We will not go back to work until every worker in this factory is paid a fair wage.”",
        "Talks resume on Monday.",
        "“We will not go back to work until every single worker is paid a fair wage,” Diaz told reporters.",
        "The factory remains closed.",
        "Workers gathered outside.",
    ]);
    let chosen = choose_pull_quotes(&body, 5);
    assert_eq!(chosen.len(), 1, "{chosen:?}");
    assert_eq!(chosen[0].after, 1);
    assert_eq!(chosen[0].quote.speaker.as_deref(), Some("Rosa Diaz"));
}

#[test]
fn setting_parses_the_attribute() {
    assert_eq!(PullQuoteSetting::parse(None), PullQuoteSetting::Auto);
    assert_eq!(
        PullQuoteSetting::parse(Some("auto")),
        PullQuoteSetting::Auto
    );
    assert_eq!(
        PullQuoteSetting::parse(Some(" AUTO ")),
        PullQuoteSetting::Auto
    );
    assert_eq!(PullQuoteSetting::parse(Some("")), PullQuoteSetting::Auto);
    assert_eq!(
        PullQuoteSetting::parse(Some("none")),
        PullQuoteSetting::None
    );
    assert_eq!(PullQuoteSetting::parse(Some("off")), PullQuoteSetting::None);
    assert_eq!(PullQuoteSetting::parse(Some("0")), PullQuoteSetting::None);
    assert_eq!(
        PullQuoteSetting::parse(Some("3")),
        PullQuoteSetting::Count(3)
    );
    assert_eq!(
        PullQuoteSetting::parse(Some("999999999999999999999999")),
        PullQuoteSetting::Count(MAX_PULL_QUOTES)
    );
    assert_eq!(
        PullQuoteSetting::parse(Some("garbage")),
        PullQuoteSetting::Auto
    );
    assert_eq!(PullQuoteSetting::parse(Some("-1")), PullQuoteSetting::Auto);
    assert_eq!(PullQuoteSetting::parse(Some("2.5")), PullQuoteSetting::Auto);

    assert_eq!(PullQuoteSetting::Auto.max(), 2);
    assert_eq!(PullQuoteSetting::None.max(), 0);
    assert_eq!(PullQuoteSetting::Count(3).max(), 3);
    assert_eq!(PullQuoteSetting::Count(500).max(), MAX_PULL_QUOTES);
    assert_eq!(PullQuoteSetting::default(), PullQuoteSetting::Auto);
}

#[test]
fn setting_limits_the_automatic_choice() {
    let body = body(&SAMPLE);
    assert!(pull_quotes_for(&article(&body, &[]), &PullQuoteSetting::None).is_empty());
    assert!(pull_quotes_for(&article(&body, &[]), &PullQuoteSetting::Count(0)).is_empty());
    assert_eq!(
        pull_quotes_for(&article(&body, &[]), &PullQuoteSetting::Count(1)).len(),
        1
    );
    assert_eq!(
        pull_quotes_for(&article(&body, &[]), &PullQuoteSetting::Count(3)).len(),
        2
    );
}

fn explicit(after: usize, text: &str, speaker: Option<&str>) -> PlacedPullQuote {
    PlacedPullQuote {
        after,
        quote: PullQuote {
            text: text.into(),
            speaker: speaker.map(str::to_string),
            repeats_body: false,
        },
    }
}

#[test]
fn explicit_quotes_win_and_know_whether_they_repeat_the_body() {
    let body = body(&SAMPLE);
    let given = vec![
        explicit(4, "A line the editor wrote that the body never says.", None),
        // Other case, other quote marks, other spacing, trailing full stop.
        explicit(
            2,
            "\"SOVEREIGNTY is not   for sale\".",
            Some("Claudia Sheinbaum"),
        ),
        // An ellipsis stands for words left out.
        explicit(
            3,
            "the territory is sacrosanct ... sovereignty is loved and defended",
            None,
        ),
        // Curly apostrophe in the body, straight one here.
        explicit(1, "respecting each nation's sovereignty", None),
    ];
    let chosen = pull_quotes_for(&article(&body, &given), &PullQuoteSetting::Auto);
    let got: Vec<(usize, bool)> = chosen
        .iter()
        .map(|q| (q.after, q.quote.repeats_body))
        .collect();
    assert_eq!(got, vec![(1, true), (2, true), (3, true), (4, false)]);
    assert_eq!(
        chosen[1].quote.speaker.as_deref(),
        Some("Claudia Sheinbaum")
    );
    assert_eq!(chosen[1].quote.text, "\"SOVEREIGNTY is not   for sale\".");

    // Segments out of order do not match.
    let reversed = [explicit(
        2,
        "sovereignty is loved and defended … the territory is sacrosanct",
        None,
    )];
    let chosen = pull_quotes_for(&article(&body, &reversed), &PullQuoteSetting::Auto);
    assert!(!chosen[0].quote.repeats_body);

    // Explicit quotes show even when automatic ones are off.
    let chosen = pull_quotes_for(&article(&body, &given[..1]), &PullQuoteSetting::None);
    assert_eq!(chosen.len(), 1);
}

#[test]
fn unusable_explicit_quotes_fall_back_to_the_body() {
    let body = body(&SAMPLE);
    let given = [
        explicit(99, "Placed after a block that does not exist.", None),
        explicit(2, "   ", None),
    ];
    assert_eq!(
        pull_quotes_for(&article(&body, &given), &PullQuoteSetting::Auto),
        choose_pull_quotes(&body, 2)
    );
}

#[test]
fn body_with_its_own_pull_quotes_gets_no_automatic_ones() {
    let mut body = body(&SAMPLE);
    body.insert(
        3,
        Block::PullQuote {
            quote: PullQuote {
                text: "Sovereignty is not for sale.".into(),
                speaker: Some("Claudia Sheinbaum".into()),
                repeats_body: false,
            },
        },
    );
    assert!(pull_quotes_for(&article(&body, &[]), &PullQuoteSetting::Auto).is_empty());
    // Chosen directly, automatic ones keep away from it.
    let chosen = choose_pull_quotes(&body, 5);
    assert!(!chosen.is_empty());
    assert!(
        chosen.iter().all(|q| q.after.abs_diff(3) >= 2),
        "{chosen:?}"
    );
}

#[test]
fn markup_inside_a_paragraph_is_read_through() {
    let mut body = body(&SAMPLE);
    body[1] = Block::Paragraph {
        content: vec![
            Inline::text("During a university event near the capital, "),
            Inline::Strong {
                content: vec![Inline::text("Sheinbaum")],
            },
            Inline::text(" disclosed, “In one of the calls, (Trump) said, ‘How can we help you "),
            Inline::Emphasis {
                content: vec![Inline::text("fight drug trafficking?")],
            },
            Inline::LineBreak,
            Inline::text("I propose that the U.S. Army come in to help you.'”"),
        ],
    };
    let chosen = choose_pull_quotes(&body, 1);
    assert_eq!(summary(&chosen), vec![expect(1, TRUMP_LINE, Some("Trump"))]);
}

#[test]
fn a_long_article_is_handled_quickly() {
    let mut paras = Vec::new();
    for i in 0..2000 {
        paras.push(match i % 4 {
            0 => format!(
                "“We have counted {i} boats in the harbour this morning and more are coming in every hour,” harbour master Jon Berg said."
            ),
            1 => format!("Paragraph {i} describes the harbour, Mexico’s busiest, in plain words."),
            2 => format!(
                "Officials said “the situation {i} is under control” while the “crisis” deepened, according to Reuters."
            ),
            _ => "She added: \"We're doing everything we can for the families who live along the coast.\""
                .to_string(),
        });
    }
    let refs: Vec<&str> = paras.iter().map(String::as_str).collect();
    let body = body(&refs);
    let started = std::time::Instant::now();
    let chosen = choose_pull_quotes(&body, MAX_PULL_QUOTES);
    let took = started.elapsed();
    check_invariants(&body, &chosen, MAX_PULL_QUOTES);
    assert!(!chosen.is_empty());
    assert!(took.as_secs() < 10, "took {took:?}");
    // Huge odd paragraphs: quote marks, one endless quotation of empty
    // sentences, of white space, of capitalised words and titles.
    let odd = [
        "“Yes,” ‘no’ «maybe» „so“ \"a\" 'b' “".repeat(5000),
        format!("“{}”", ". ".repeat(50_000)),
        format!("“We {} said it,” she said.", " ".repeat(100_000)),
        format!("“{}”", "Ab President ".repeat(20_000)),
        format!("He said, “{}” she said.", "— word ".repeat(20_000)),
    ];
    for huge in &odd {
        let blocks = vec![
            para("Lede."),
            para(huge),
            para("End."),
            para("Really the end."),
        ];
        let started = std::time::Instant::now();
        let chosen = choose_pull_quotes(&blocks, MAX_PULL_QUOTES);
        let took = started.elapsed();
        assert!(took.as_secs() < 5, "took {took:?}");
        check_invariants(&blocks, &chosen, MAX_PULL_QUOTES);
    }
}

/// Paragraph text rich in quote marks, apostrophes and multi-byte chars.
fn paragraph_text() -> impl Strategy<Value = String> {
    prop_oneof![
        "[a-zA-Z0-9 ,.?!;:()—–-“”‘’'\"«»‹›„‚éñÜ日本語😀\\n]{0,120}",
        "([A-Z][a-z]{1,8} |said |told |dijo |she |he |“|”|‘|’|'|\"|«|»|„|‚|, |\\. |, she said\\. |…){0,60}",
        any::<String>(),
    ]
}

fn block() -> impl Strategy<Value = Block> {
    prop_oneof![
        8 => paragraph_text().prop_map(|t| para(&t)),
        1 => "[a-zA-Z “”]{0,20}".prop_map(|text| Block::Heading { level: 2, text }),
        1 => Just(Block::Divider),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn no_input_panics_and_invariants_hold(
        blocks in prop::collection::vec(block(), 0..14),
        max in 0usize..8,
    ) {
        let chosen = choose_pull_quotes(&blocks, max);
        check_invariants(&blocks, &chosen, max);
    }

    #[test]
    fn quoted_speech_anywhere_keeps_the_invariants(
        texts in prop::collection::vec(
            "(“[A-Za-z ,’']{0,80}[.,?]?”,? (she|Smith|Ana López) (said|told Reuters|dijo)\\.? ?){0,3}",
            0..10,
        ),
        max in 0usize..5,
    ) {
        let refs: Vec<&str> = texts.iter().map(String::as_str).collect();
        let blocks = body(&refs);
        let chosen = choose_pull_quotes(&blocks, max);
        check_invariants(&blocks, &chosen, max);
    }

    #[test]
    fn explicit_quotes_never_panic(
        blocks in prop::collection::vec(block(), 0..8),
        texts in prop::collection::vec((0usize..10, paragraph_text()), 0..4),
    ) {
        let given: Vec<PlacedPullQuote> =
            texts.iter().map(|(a, t)| explicit(*a, t, None)).collect();
        let chosen = pull_quotes_for(&article(&blocks, &given), &PullQuoteSetting::Auto);
        prop_assert!(chosen.iter().all(|q| q.after < blocks.len()));
        prop_assert!(chosen.windows(2).all(|w| w[0].after <= w[1].after));
    }
}

#[test]
fn a_quote_that_repeats_the_headline_is_not_chosen() {
    let body = body(&[
        "The new chief executive of Arden Motors said on Tuesday that the oldest factory would stay open.",
        "“We will not close this plant. Not this year, and not while I am running this company,” Priya Raman told workers.",
        "The plant employs about 3,000 people.",
        "“The people who built our cars for sixty years will build the next sixty years of them,” she said.",
        "Shares rose 2 percent.",
        "Results are due in March.",
    ]);
    let article = |headline: &str| Article {
        headline: headline.into(),
        body: body.clone(),
        ..Article::default()
    };
    let texts = |headline: &str| -> Vec<String> {
        pull_quotes_for(&article(headline), &PullQuoteSetting::Count(2))
            .into_iter()
            .map(|q| q.quote.text)
            .collect()
    };
    assert!(texts("Arden keeps its oldest plant")
        .iter()
        .any(|t| t.starts_with("We will not close this plant")));
    let under_quote = texts("“We will not close this plant,” says carmaker’s new chief");
    assert!(
        under_quote.iter().all(|t| !t.contains("close this plant")),
        "{under_quote:?}"
    );
    assert!(under_quote
        .iter()
        .any(|t| t.starts_with("The people who built our cars")));
}

#[test]
fn questions_alone_and_speech_that_trails_off_are_no_pull_quotes() {
    let body = body(&[
        "The union welcomed the pledge but asked for guarantees.",
        "“What happens when the next chief executive arrives? Do we start again from nothing?” union representative Gary Holt asked.",
        "Workers have heard similar promises before.",
        "“We all know very well how those promises ended for the people in this town…” Holt said.",
        "Shares rose in afternoon trading.",
        "“We will hold the company to every word of this promise, in writing, before Christmas,” Holt said.",
        "Talks resume on Monday.",
    ]);
    let chosen = choose_pull_quotes(&body, 5);
    assert_eq!(
        summary(&chosen),
        vec![expect(
            5,
            "We will hold the company to every word of this promise, in writing, before Christmas",
            Some("Holt")
        )]
    );
}

#[test]
fn quotes_shorter_than_eight_words_are_left_out() {
    let body = body(&[
        "The minister spoke on Monday.",
        "“We will never give up,” said minister Ana Ruiz.",
        "The crowd cheered.",
        "“We will never give up on this city,” Ruiz said.",
        "The rally ended at noon.",
    ]);
    assert_eq!(
        summary(&choose_pull_quotes(&body, 2)),
        vec![expect(
            3,
            "We will never give up on this city",
            Some("Ruiz")
        )]
    );
}

#[test]
fn a_sentence_beside_a_quotation_within_is_offered_on_its_own() {
    let body = body(&[
        "Farmers said on Friday that the water deal ignores them.",
        "Grower Luis Ortega described a call with an official. \"He told me, 'The river belongs to everyone, so it cannot belong to you.' I have farmed this land for forty years and I still do not know what that means,\" Ortega said.",
        "The agreement sets quotas for ten years.",
        "The commission meets again in July.",
    ]);
    assert_eq!(
        summary(&choose_pull_quotes(&body, 1)),
        vec![expect(
            1,
            "I have farmed this land for forty years and I still do not know what that means",
            Some("Ortega")
        )]
    );
}

#[test]
fn a_paragraph_of_dialogue_is_quoted_speech() {
    let body = body(&[
        "Los vecinos comenzaron este domingo a regresar a sus casas.",
        "La alcaldesa Lucía Ferrer recorrió las calles afectadas.",
        "—Vamos a reconstruir cada casa y cada comercio de este barrio, cueste lo que cueste —dijo la alcaldesa ante los vecinos.",
        "Muchos pasaron la semana en un polideportivo.",
        "Las ayudas se podrán pedir el lunes.",
    ]);
    assert_eq!(
        summary(&choose_pull_quotes(&body, 1)),
        vec![expect(
            2,
            "Vamos a reconstruir cada casa y cada comercio de este barrio, cueste lo que cueste",
            Some("Lucía Ferrer")
        )]
    );
}

#[test]
fn a_pronoun_stands_for_the_nearest_person_never_an_organisation() {
    let body = body(&[
        "The only clinic still open in the district treated 400 patients last week.",
        "The United Nations Office for the Coordination of Humanitarian Affairs said on Thursday that roads had been cut for nine days.",
        "A doctor at the clinic, who asked not to be named, described the wards. “We have enough antibiotics for three more days, and after that we will choose who is treated,” he says.",
        "Amira Saleh, a mother of four, waited outside. “Nobody has told us when the water will go down or when the food will come,” she said.",
        "Aid agencies say a bridge could be ready soon.",
        "The rains are expected to ease.",
    ]);
    let chosen = choose_pull_quotes(&body, 2);
    let speakers: Vec<Option<&str>> = chosen.iter().map(|q| q.quote.speaker.as_deref()).collect();
    assert_eq!(speakers, [None, Some("Amira Saleh")], "{chosen:?}");
}

#[test]
fn an_organisation_speaks_only_when_the_sentence_says_so() {
    let body = body(&[
        "Authorities extended a heat warning on Sunday.",
        "The Ministry of Health said hospitals were full. “Anyone over seventy should stay indoors in the afternoon and check on their neighbours twice a day,” the ministry said.",
        "Power cuts hit several districts.",
        "Das Verkehrsministerium in Potsdam kritisierte die Entscheidung. »Wer Verbindungen streicht, treibt die Menschen zurück ins Auto, und das kann nicht das Ziel sein«, teilte das Ministerium mit.",
        "Fahrgastverbände fordern nun mehr Ausbildung.",
        "Die neuen Fahrpläne kommen im November.",
    ]);
    let speakers: Vec<Option<String>> = choose_pull_quotes(&body, 2)
        .into_iter()
        .map(|q| q.quote.speaker)
        .collect();
    assert_eq!(
        speakers,
        [
            Some("Ministry of Health".to_string()),
            Some("Verkehrsministerium".to_string())
        ]
    );
}
