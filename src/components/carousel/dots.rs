//! One dot per page. Keyboard and screen-reader users have Previous, Next
//! and the arrow keys, so the dots stay out of the tab order, but they keep
//! names for voice control.

use article_widget_core::carousel::Move;
use leptos::prelude::*;

use super::controller::Controller;
use super::SLIDES_ID;
use crate::components::use_strings;

/// The page dots under the slides; none for one page or too many pages.
#[component]
pub(super) fn Dots(
    /// The carousel the dots move.
    controller: Controller,
    /// How many slides there are.
    count: usize,
) -> impl IntoView {
    let strings = use_strings();
    let position = controller.position;
    // The first slide of each page: the dots are rebuilt only when the
    // pages change, not on every scroll.
    let pages = Memo::new(move |_| {
        position.with(|p| {
            (0..p.dots())
                .map(|page| p.page_first(page, count))
                .collect::<Vec<usize>>()
        })
    });
    let current = Memo::new(move |_| position.with(|p| p.page));
    view! {
        <div class="aw-carousel-dots">
            {move || {
                pages
                    .get()
                    .into_iter()
                    .enumerate()
                    .map(|(page, first)| {
                        view! {
                            <button
                                type="button"
                                class="aw-carousel-dot"
                                tabindex="-1"
                                aria-label=format!("{} {}", strings.go_to_slide, first + 1)
                                aria-controls=SLIDES_ID
                                aria-current=move || (current.get() == page).then_some("true")
                                on:click=move |_| controller.go(Move::Page(page))
                            ></button>
                        }
                    })
                    .collect_view()
            }}
        </div>
    }
}
