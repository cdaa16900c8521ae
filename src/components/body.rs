use leptos::prelude::*;

use super::PullQuoteAside;
use crate::i18n::Strings;
use crate::model::{Block, Image, Inline};

/// One body block as semantic HTML. Every string is rendered as text.
#[component]
pub fn BodyBlock(
    /// The block to render.
    block: Block,
    /// Interface strings (a source-placed pull-quote's label).
    strings: &'static Strings,
) -> impl IntoView {
    match block {
        Block::Paragraph { content } => view! { <p>{inlines(content)}</p> }.into_any(),
        Block::Heading { level, text } => match level {
            2 => view! { <h2 class="aw-subheading">{text}</h2> }.into_any(),
            3 => view! { <h3 class="aw-subheading">{text}</h3> }.into_any(),
            _ => view! { <h4 class="aw-subheading">{text}</h4> }.into_any(),
        },
        Block::List { ordered, items } => {
            let items = items
                .into_iter()
                .map(|item| view! { <li>{inlines(item)}</li> })
                .collect_view();
            if ordered {
                view! { <ol class="aw-list">{items}</ol> }.into_any()
            } else {
                view! { <ul class="aw-list">{items}</ul> }.into_any()
            }
        }
        Block::BlockQuote { content, cite } => view! {
            <blockquote class="aw-block-quote">
                <p>{inlines(content)}</p>
                {cite.map(|c| view! { <footer><cite>{c}</cite></footer> })}
            </blockquote>
        }
        .into_any(),
        Block::Figure { image } => view! { <BodyFigure image=image /> }.into_any(),
        Block::PullQuote { quote } => {
            view! { <PullQuoteAside quote=quote strings=strings /> }.into_any()
        }
        Block::Divider => view! { <hr class="aw-divider" /> }.into_any(),
        Block::Embed {
            url,
            title,
            provider,
        } => {
            let label = title.unwrap_or_else(|| url.clone());
            view! {
                <p class="aw-embed">
                    <a class="aw-embed-link" href=url rel="noopener noreferrer">
                        {provider.map(|p| view! { <span class="aw-embed-provider">{p}</span> })}
                        <span class="aw-embed-title">{label}</span>
                    </a>
                </p>
            }
            .into_any()
        }
    }
}

/// An image in the body: lazily loaded, its box reserved by width/height.
#[component]
fn BodyFigure(
    /// The image.
    image: Image,
) -> impl IntoView {
    view! {
        <figure class="aw-figure">
            <img
                src=image.src
                srcset=image.srcset
                sizes="(min-width: 48rem) 48rem, 100vw"
                width=image.width
                height=image.height
                alt=image.alt.unwrap_or_default()
                loading="lazy"
                decoding="async"
            />
            {(image.caption.is_some() || image.credit.is_some())
                .then(|| {
                    view! {
                        <figcaption>
                            {image.caption}
                            {image.credit.map(|c| view! { <span class="aw-credit">{c}</span> })}
                        </figcaption>
                    }
                })}
        </figure>
    }
}

/// Inline content as text, emphasis and safe links.
fn inlines(content: Vec<Inline>) -> AnyView {
    content
        .into_iter()
        .map(|inline| match inline {
            Inline::Text { text } => text.into_any(),
            Inline::Emphasis { content } => view! { <em>{inlines(content)}</em> }.into_any(),
            Inline::Strong { content } => view! { <strong>{inlines(content)}</strong> }.into_any(),
            Inline::Link { href, content } => {
                view! { <a href=href rel="noopener">{inlines(content)}</a> }.into_any()
            }
            Inline::LineBreak => view! { <br /> }.into_any(),
        })
        .collect_view()
        .into_any()
}
