use leptos::prelude::*;

use super::privacy::{link_referrer_policy, link_rel};
use super::{Figure, PullQuoteAside};
use crate::model::{Block, Inline};

/// One body block as semantic HTML. Every string is rendered as text.
#[component]
pub fn BodyBlock(
    /// The block to render.
    block: Block,
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
        Block::Figure { image } => {
            view! { <Figure image=image class="aw-figure" lazy=true /> }.into_any()
        }
        Block::PullQuote { quote } => view! { <PullQuoteAside quote=quote /> }.into_any(),
        Block::Divider => view! { <hr class="aw-divider" /> }.into_any(),
        Block::Embed {
            url,
            title,
            provider,
        } => {
            let label = title.unwrap_or_else(|| url.clone());
            let rel = link_rel(&url);
            view! {
                <p class="aw-embed">
                    <a
                        class="aw-embed-link"
                        href=url
                        rel=rel
                        referrerpolicy=link_referrer_policy()
                    >
                        {provider.map(|p| view! { <span class="aw-embed-provider">{p}</span> })}
                        <span class="aw-embed-title">{label}</span>
                    </a>
                </p>
            }
            .into_any()
        }
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
                let rel = link_rel(&href);
                view! {
                    <a href=href rel=rel referrerpolicy=link_referrer_policy()>
                        {inlines(content)}
                    </a>
                }
                .into_any()
            }
            Inline::LineBreak => view! { <br /> }.into_any(),
        })
        .collect_view()
        .into_any()
}
