//! Previous, Next, where the carousel stands, and the rotation button.
//! Buttons stay focusable at the ends (`aria-disabled`, never `disabled`),
//! so focus is never dropped when a press reaches the end.

use article_widget_core::carousel::{Move, Position};
use leptos::prelude::*;

use super::controller::Controller;
use super::SLIDES_ID;
use crate::components::use_strings;

/// Named, not literal: see the skeleton's lines in states.rs.
const ICON: &str = "aw-carousel-icon";

/// The row of controls beside the heading; hidden while every slide fits.
#[component]
pub(super) fn Controls(
    /// The carousel these controls drive.
    controller: Controller,
    /// How many slides there are, for "3 of 8".
    count: usize,
    /// Show the rotation button, first in tab order so it can be reached
    /// before the moving slides.
    autoplay: bool,
) -> impl IntoView {
    let strings = use_strings();
    let position = controller.position;
    let fits = Memo::new(move |_| position.with(Position::fits));
    let rotation = autoplay.then(|| view! { <RotationButton controller=controller /> });
    view! {
        <div class="aw-carousel-controls" hidden=move || fits.get()>
            {rotation}
            <button
                type="button"
                class="aw-carousel-button aw-carousel-prev"
                aria-controls=SLIDES_ID
                aria-disabled=move || flag(position.with(|p| p.at_start))
                on:click=move |_| controller.go(Move::Previous)
            >
                <span class=ICON aria-hidden="true"></span>
                <span class="aw-visually-hidden">{strings.previous}</span>
            </button>
            <p class="aw-carousel-position">
                {move || format!("{} {} {count}", position.with(|p| p.first) + 1, strings.of)}
            </p>
            <button
                type="button"
                class="aw-carousel-button aw-carousel-next"
                aria-controls=SLIDES_ID
                aria-disabled=move || flag(position.with(|p| p.at_end))
                on:click=move |_| controller.go(Move::Next)
            >
                <span class=ICON aria-hidden="true"></span>
                <span class="aw-visually-hidden">{strings.next}</span>
            </button>
        </div>
    }
}

/// Stops and starts the rotation; its name says what a press will do.
#[component]
fn RotationButton(
    /// The carousel whose rotation it controls.
    controller: Controller,
) -> impl IntoView {
    let strings = use_strings();
    let playing = controller.playing;
    view! {
        <button
            type="button"
            class="aw-carousel-button aw-carousel-rotation"
            class:aw-playing=move || playing.get()
            aria-controls=SLIDES_ID
            on:click=move |_| controller.toggle_rotation()
        >
            <span class=ICON aria-hidden="true"></span>
            <span class="aw-visually-hidden">
                {move || if playing.get() { strings.stop_rotation } else { strings.start_rotation }}
            </span>
        </button>
    }
}

/// An ARIA boolean attribute's text.
fn flag(on: bool) -> &'static str {
    if on {
        "true"
    } else {
        "false"
    }
}
