use leptos::prelude::*;

use super::use_strings;
use crate::model::Author;

/// "By A, B and C", names linked when the source gives a profile. Renders
/// nothing at all when no author is named.
#[component]
pub fn Byline(
    /// Credited authors; may be empty.
    authors: Vec<Author>,
) -> impl IntoView {
    let strings = use_strings();
    let count = authors.len();
    (count > 0).then(|| {
        let names = authors
            .into_iter()
            .enumerate()
            .map(|(i, author)| {
                let separator = match (i, count - i) {
                    (0, _) => "",
                    (_, 1) => " ",
                    _ => ", ",
                };
                let joiner = (i > 0 && count - i == 1).then_some(strings.and);
                let name = match author.url {
                    Some(url) => {
                        view! { <a class="aw-author" href=url rel="author">{author.name}</a> }
                            .into_any()
                    }
                    None => view! { <span class="aw-author">{author.name}</span> }.into_any(),
                };
                view! { {separator} {joiner.map(|j| format!("{j} "))} {name} }
            })
            .collect_view();
        view! { <p class="aw-byline" part="byline">{strings.by} " " {names}</p> }
    })
}
