//! Quote marks and the quotation scanner.
//!
//! Apostrophes, and the marks of several languages, share characters, so
//! each mark is decided from its neighbours and from the quotations open
//! at that point, never from the character alone. A paragraph of dialogue
//! opened by a dash, as Spanish writes it ("—Vamos… —dijo la alcaldesa."),
//! is a quotation too, up to the dash before the narrator's words.

use std::collections::VecDeque;

/// Nesting kept by the quote scanner.
const MAX_DEPTH: usize = 6;

pub(super) fn is_quote_char(c: char) -> bool {
    matches!(
        c,
        '"' | '“' | '”' | '„' | '«' | '»' | '‹' | '›' | '\'' | '‘' | '’' | '‚'
    )
}

fn is_single_quote(c: char) -> bool {
    matches!(c, '\'' | '‘' | '’' | '‚')
}

pub(super) fn is_alnum(c: Option<char>) -> bool {
    c.is_some_and(char::is_alphanumeric)
}

fn is_blank(c: Option<char>) -> bool {
    c.is_none_or(char::is_whitespace)
}

/// Is the char at `i` a quote mark (and not an apostrophe inside a word)?
pub(super) fn is_quote_mark_at(chars: &[char], i: usize) -> bool {
    let Some(&c) = chars.get(i) else {
        return false;
    };
    if !is_quote_char(c) {
        return false;
    }
    if is_single_quote(c) {
        let prev = i.checked_sub(1).and_then(|j| chars.get(j)).copied();
        let next = chars.get(i.saturating_add(1)).copied();
        return !(is_alnum(prev) && is_alnum(next));
    }
    true
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Mark {
    /// “
    Curly,
    /// „
    Low,
    /// "
    Straight,
    /// « (French, Spanish)
    GuilleLeft,
    /// » opening (German)
    GuilleRight,
    /// ‹
    AngleLeft,
    /// › opening
    AngleRight,
    /// — opening a paragraph of dialogue
    Dash,
    /// ‘
    SingleCurly,
    /// ‚
    SingleLow,
    /// '
    SingleStraight,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Family {
    Double,
    Guillemet,
    Angle,
    Single,
    Dash,
}

impl Mark {
    fn family(self) -> Family {
        match self {
            Mark::Curly | Mark::Low | Mark::Straight => Family::Double,
            Mark::GuilleLeft | Mark::GuilleRight => Family::Guillemet,
            Mark::AngleLeft | Mark::AngleRight => Family::Angle,
            Mark::SingleCurly | Mark::SingleLow | Mark::SingleStraight => Family::Single,
            Mark::Dash => Family::Dash,
        }
    }
}

/// An opening mark met by the scanner.
struct Open {
    at: usize,
    mark: Mark,
    parent: Option<usize>,
    close: Option<usize>,
}

enum Act {
    Open(Mark),
    /// Close the entry at this stack position (and drop those above it).
    Close(usize),
    Ignore,
}

/// A closed quotation: the marks at `open` and `close`.
#[derive(Debug)]
pub(super) struct Span {
    pub(super) open: usize,
    pub(super) close: usize,
    /// The closed quotation this one stands in.
    pub(super) parent: Option<usize>,
    /// Neighbouring quotations with the same parent.
    pub(super) prev: Option<usize>,
    pub(super) next: Option<usize>,
    pub(super) has_child: bool,
}

/// Decides what the quote mark `c` at a position does.
fn decide(
    c: char,
    prev: Option<char>,
    next: Option<char>,
    stack: &VecDeque<usize>,
    opens: &[Open],
) -> Act {
    let mark_at = |pos: usize| stack.get(pos).and_then(|&id| opens.get(id)).map(|o| o.mark);
    let innermost = |family: Family| {
        stack
            .iter()
            .rposition(|&id| opens.get(id).is_some_and(|o| o.mark.family() == family))
    };
    let can_close = !is_blank(prev);
    let can_open = !is_blank(next);
    let top = stack.len().checked_sub(1);
    match c {
        '“' => match innermost(Family::Double) {
            Some(p) if mark_at(p) == Some(Mark::Low) && can_close => Act::Close(p),
            _ if can_open => Act::Open(Mark::Curly),
            _ => Act::Ignore,
        },
        '”' => innermost(Family::Double).map_or(Act::Ignore, Act::Close),
        '"' => match innermost(Family::Double) {
            Some(p) if can_close && (mark_at(p) == Some(Mark::Straight) || !is_alnum(next)) => {
                Act::Close(p)
            }
            _ if can_open && !is_alnum(prev) => Act::Open(Mark::Straight),
            _ => Act::Ignore,
        },
        '„' if can_open => Act::Open(Mark::Low),
        '«' => match innermost(Family::Guillemet) {
            Some(p) if mark_at(p) == Some(Mark::GuilleRight) => Act::Close(p),
            _ if next.is_some() => Act::Open(Mark::GuilleLeft),
            _ => Act::Ignore,
        },
        '»' => match innermost(Family::Guillemet) {
            Some(p) if mark_at(p) == Some(Mark::GuilleLeft) => Act::Close(p),
            _ if can_open && !is_alnum(prev) => Act::Open(Mark::GuilleRight),
            _ => Act::Ignore,
        },
        '‹' => match innermost(Family::Angle) {
            Some(p) if mark_at(p) == Some(Mark::AngleRight) => Act::Close(p),
            _ if next.is_some() => Act::Open(Mark::AngleLeft),
            _ => Act::Ignore,
        },
        '›' => match innermost(Family::Angle) {
            Some(p) if mark_at(p) == Some(Mark::AngleLeft) => Act::Close(p),
            _ if can_open && !is_alnum(prev) => Act::Open(Mark::AngleRight),
            _ => Act::Ignore,
        },
        '‚' if can_open && !is_alnum(prev) => Act::Open(Mark::SingleLow),
        '‘' => match top {
            Some(t) if mark_at(t) == Some(Mark::SingleLow) && can_close => Act::Close(t),
            _ if can_open => Act::Open(Mark::SingleCurly),
            _ => Act::Ignore,
        },
        '’' | '\'' => {
            // Single closers only close the innermost quotation, so an
            // apostrophe ending a word ("the workers’ union") cannot break
            // the double quotation around it.
            let top_single =
                top.filter(|&t| mark_at(t).is_some_and(|m| m.family() == Family::Single));
            match top_single {
                Some(t) if can_close && !is_alnum(next) => Act::Close(t),
                _ if c == '\''
                    && can_open
                    && !is_alnum(prev)
                    && !next.is_some_and(|n| n.is_ascii_digit()) =>
                {
                    Act::Open(Mark::SingleStraight)
                }
                _ => Act::Ignore,
            }
        }
        _ => Act::Ignore,
    }
}

fn is_dash(c: Option<&char>) -> bool {
    matches!(c, Some('—' | '–'))
}

/// A paragraph of dialogue: the dash that opens it and the one before the
/// narrator's words (" —dijo"), or the paragraph's end when the speech
/// runs to it.
pub(super) fn dialogue(chars: &[char]) -> Option<(usize, usize)> {
    let open = chars.iter().position(|c| !c.is_whitespace())?;
    let first = chars.get(open.saturating_add(1))?;
    if !is_dash(chars.get(open)) || !(first.is_alphanumeric() || matches!(first, '¿' | '¡')) {
        return None;
    }
    let close = (open.saturating_add(2)..chars.len())
        .find(|&i| {
            is_dash(chars.get(i))
                && i.checked_sub(1)
                    .and_then(|p| chars.get(p))
                    .is_some_and(|c| c.is_whitespace())
                && chars
                    .get(i.saturating_add(1))
                    .is_some_and(|c| c.is_alphabetic())
        })
        .unwrap_or(chars.len());
    Some((open, close))
}

/// Finds the closed quotations of a paragraph, nested ones included, in
/// the order they open.
pub(super) fn scan_quotes(chars: &[char]) -> Vec<Span> {
    let mut opens: Vec<Open> = Vec::new();
    let mut stack: VecDeque<usize> = VecDeque::new();
    let dash = dialogue(chars);
    for (i, &c) in chars.iter().enumerate() {
        if dash.is_some_and(|(open, _)| open == i) {
            opens.push(Open {
                at: i,
                mark: Mark::Dash,
                parent: None,
                close: None,
            });
            stack.push_back(0);
            continue;
        }
        if dash.is_some_and(|(_, close)| close == i) {
            if let Some(pos) = stack.iter().position(|&id| id == 0) {
                if let Some(o) = opens.get_mut(0) {
                    o.close = Some(i);
                }
                stack.truncate(pos);
            }
            continue;
        }
        if !is_quote_mark_at(chars, i) {
            continue;
        }
        let prev = i.checked_sub(1).and_then(|j| chars.get(j)).copied();
        let next = chars.get(i.saturating_add(1)).copied();
        match decide(c, prev, next, &stack, &opens) {
            Act::Close(pos) => {
                if let Some(o) = stack.get(pos).and_then(|&id| opens.get_mut(id)) {
                    o.close = Some(i);
                }
                stack.truncate(pos);
            }
            Act::Open(mark) => {
                if stack.len() >= MAX_DEPTH {
                    stack.pop_front();
                }
                let id = opens.len();
                opens.push(Open {
                    at: i,
                    mark,
                    parent: stack.back().copied(),
                    close: None,
                });
                stack.push_back(id);
            }
            Act::Ignore => {}
        }
    }

    // Speech that runs to the paragraph's end.
    if let Some(o) = opens
        .first_mut()
        .filter(|o| o.mark == Mark::Dash && o.close.is_none())
    {
        o.close = Some(chars.len());
    }

    let mut span_of: Vec<Option<usize>> = vec![None; opens.len()];
    let mut spans: Vec<Span> = Vec::new();
    for (id, o) in opens.iter().enumerate() {
        let Some(close) = o.close else {
            continue;
        };
        // The nearest enclosing mark that was closed too.
        let mut parent = None;
        let mut cur = o.parent;
        let mut steps = 0;
        while let Some(pid) = cur {
            if steps > 2 * MAX_DEPTH {
                break;
            }
            steps += 1;
            if let Some(s) = span_of.get(pid).copied().flatten() {
                parent = Some(s);
                break;
            }
            cur = opens.get(pid).and_then(|p| p.parent);
        }
        if let Some(slot) = span_of.get_mut(id) {
            *slot = Some(spans.len());
        }
        spans.push(Span {
            open: o.at,
            close,
            parent,
            prev: None,
            next: None,
            has_child: false,
        });
    }

    // Siblings: quotations with the same parent, in order.
    let mut last: Vec<Option<usize>> = vec![None; spans.len().saturating_add(1)];
    for s in 0..spans.len() {
        let parent = spans.get(s).and_then(|x| x.parent);
        let key = parent.map_or(0, |p| p.saturating_add(1));
        if let Some(p) = parent.and_then(|p| spans.get_mut(p)) {
            p.has_child = true;
        }
        let prev = last.get(key).copied().flatten();
        if let Some(pv) = prev.and_then(|pv| spans.get_mut(pv)) {
            pv.next = Some(s);
        }
        if let Some(x) = spans.get_mut(s) {
            x.prev = prev;
        }
        if let Some(slot) = last.get_mut(key) {
            *slot = Some(s);
        }
    }
    spans
}

#[cfg(test)]
mod tests {
    use super::*;

    /// (depth, content) of each closed quotation.
    fn quotes(text: &str) -> Vec<(usize, String)> {
        let chars: Vec<char> = text.chars().collect();
        let spans = scan_quotes(&chars);
        spans
            .iter()
            .map(|s| {
                let mut depth = 0;
                let mut p = s.parent;
                while let Some(i) = p {
                    depth += 1;
                    p = spans[i].parent;
                }
                (depth, chars[s.open + 1..s.close].iter().collect())
            })
            .collect()
    }

    fn q(depth: usize, text: &str) -> (usize, String) {
        (depth, text.to_string())
    }

    #[test]
    fn nested_quote_closed_with_a_straight_apostrophe() {
        let text = "Sheinbaum disclosed, “In one of the calls, (Trump) said, ‘How can we help you? I propose it.'” She then said “no.”";
        assert_eq!(
            quotes(text),
            vec![
                q(
                    0,
                    "In one of the calls, (Trump) said, ‘How can we help you? I propose it.'"
                ),
                q(1, "How can we help you? I propose it."),
                q(0, "no."),
            ]
        );
    }

    #[test]
    fn apostrophes_in_words_are_not_quote_marks() {
        assert!(
            quotes("Mexico’s president didn't say rock'n'roll, and the workers' union won’t.")
                .is_empty()
        );
        assert_eq!(
            quotes("“We don’t sell Mexico’s land,” she said in the ’90s."),
            vec![q(0, "We don’t sell Mexico’s land,")]
        );
        // An apostrophe ending a word never closes the quotation around it.
        assert_eq!(
            quotes("“The workers’ union will win,” he said."),
            vec![q(0, "The workers’ union will win,")]
        );
    }

    #[test]
    fn every_family_of_marks_pairs_up() {
        assert_eq!(
            quotes("«Dijo: “nunca ‘jamás’ lo haré”» y „Wir ‚schaffen‘ das“ und »Ja« ‹oui›."),
            vec![
                q(0, "Dijo: “nunca ‘jamás’ lo haré”"),
                q(1, "nunca ‘jamás’ lo haré"),
                q(2, "jamás"),
                q(0, "Wir ‚schaffen‘ das"),
                q(1, "schaffen"),
                q(0, "Ja"),
                q(0, "oui"),
            ]
        );
        assert_eq!(
            quotes("He said \"I told her 'never' and meant it\" twice."),
            vec![q(0, "I told her 'never' and meant it"), q(1, "never")]
        );
        // Straight-open, curly-close, as sloppy text has it.
        assert_eq!(quotes("He said “fine.\" Then left."), vec![q(0, "fine.")]);
    }

    #[test]
    fn a_paragraph_of_dialogue_is_a_quotation_up_to_the_narrator() {
        assert_eq!(
            quotes("—Vamos a «volver» a casa —dijo la alcaldesa—. Luego se fue."),
            vec![q(0, "Vamos a «volver» a casa "), q(1, "volver")]
        );
        assert_eq!(
            quotes("  –¿Quién lo sabe? Nadie."),
            vec![q(0, "¿Quién lo sabe? Nadie.")]
        );
        // A dash inside a sentence, or a lone one, opens nothing.
        assert!(quotes("El plan —dijo— es bueno.").is_empty());
        assert!(quotes("— ").is_empty());
        assert!(quotes("—").is_empty());
    }

    #[test]
    fn stray_marks_do_not_swallow_real_quotations() {
        assert_eq!(
            quotes("A stray “ here, then “a real one” and 5'11\" tall."),
            vec![q(0, "a real one")]
        );
        assert!(quotes("“").is_empty());
        assert!(quotes("” ’ » › ‘ \" '").is_empty());
        // Deep nesting is capped, not recursed.
        let deep = "“".repeat(100) + "x" + &"”".repeat(100);
        assert!(quotes(&deep).len() <= MAX_DEPTH);
    }
}
