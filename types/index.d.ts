// Types for article-widget: the loader (embed.js) and the global it sets,
// the <article-widget> element, its events and the JavaScript API.
//
// Written by hand for the public interface. core/tests/typescript.rs fails
// when an option, an error code or an event is here and not in the Rust
// tables (core/src/options.rs, error.rs, embedding.rs), or the other way
// round; types/tests/ holds the uses that must compile and the misuses that
// must not.

/** `light`, `dark` or `auto` (follows the reader's system; the default). */
export type ArticleWidgetTheme = "light" | "dark" | "auto";

/**
 * Pull-quotes the widget chooses when the article places none: `auto` (the
 * default, up to 2), `none`, or at most this many.
 */
export type ArticleWidgetPullQuotes = "auto" | "none" | number;

/**
 * A policy for the `Referer` of the widget's images and links: the values
 * of HTML's `referrerpolicy`. Without one, images send none and links send
 * none once they leave the article's own site.
 */
export type ArticleWidgetReferrerPolicy =
  | "no-referrer"
  | "no-referrer-when-downgrade"
  | "origin"
  | "origin-when-cross-origin"
  | "same-origin"
  | "strict-origin"
  | "strict-origin-when-cross-origin"
  | "unsafe-url";

/**
 * Every `code` an `article-widget:error` event can carry. `http-4xx` and
 * `http-5xx` stand for statuses without a code of their own; `aborted` (a
 * load given up for a newer one) is never fired.
 */
export type ArticleWidgetErrorCode =
  | "timeout"
  | "network"
  | "offline"
  | "http-400"
  | "http-401"
  | "http-403"
  | "http-404"
  | "http-410"
  | "http-429"
  | "http-4xx"
  | "http-500"
  | "http-502"
  | "http-503"
  | "http-504"
  | "http-5xx"
  | "not-json"
  | "truncated"
  | "too-large"
  | "no-article"
  | "no-items"
  | "no-source"
  | "bad-url"
  | "unsupported"
  | "aborted"
  | "integrity"
  | "crashed"
  | "trusted-types";

/**
 * The host's `data-aw-state`: `unsupported` when the widget cannot run in
 * this browser (the fallback markup stays), `crashed` after an internal
 * error stopped every widget (never expected).
 */
export type ArticleWidgetState = "loading" | "rendered" | "error" | "unsupported" | "crashed";

/**
 * The options object of `ArticleWidget.mount` and `handle.update`. A key
 * left out (or `undefined`) keeps its value; `null` puts the default back.
 * A value an option cannot take, or an unknown key, makes the call throw
 * an `Error` that names the option.
 */
export interface ArticleWidgetOptions {
  /** URL of the article: our format, schema.org JSON-LD, a WordPress REST post or a JSON Feed. */
  src?: string | null | undefined;
  /** Read the page's own `<script type="application/ld+json">` instead of fetching `src`. */
  fromPage?: boolean | null | undefined;
  /** URL of a separate list (our list or a JSON Feed) for the carousel. */
  recommendations?: string | null | undefined;
  /** Interface language (`en`, `es`, ...); defaults to the article's. */
  lang?: string | null | undefined;
  theme?: ArticleWidgetTheme | null | undefined;
  pullQuotes?: ArticleWidgetPullQuotes | null | undefined;
  /** Advance the carousel by itself (off by default). */
  autoplay?: boolean | null | undefined;
  /** `include` sends cookies with the article request (off by default). */
  credentials?: "include" | "omit" | null | undefined;
  /** `eager` loads at once instead of when the widget nears the viewport. */
  loading?: "lazy" | "eager" | null | undefined;
  /** Give up on the article request after this many ms (default 10000, retries included). */
  timeout?: number | null | undefined;
  /** Refuse larger responses (default 5 MB). */
  maxBytes?: number | null | undefined;
  /** Referrer policy for the article's images and links (default: none to other hosts). */
  referrerPolicy?: ArticleWidgetReferrerPolicy | null | undefined;
}

/**
 * The attributes of `<article-widget>` (on any other element they take a
 * `data-` prefix: `data-src`, `data-theme`, ...), for JSX and templates.
 * Numbers and booleans are written as text. An on/off attribute is on when
 * present, unless it says `false`.
 */
export interface ArticleWidgetAttributes {
  src?: string | undefined;
  "from-page"?: boolean | "" | "true" | "false" | undefined;
  recommendations?: string | undefined;
  lang?: string | undefined;
  theme?: ArticleWidgetTheme | undefined;
  "pull-quotes"?: ArticleWidgetPullQuotes | `${number}` | undefined;
  autoplay?: boolean | "" | "true" | "false" | undefined;
  credentials?: "include" | "omit" | undefined;
  loading?: "lazy" | "eager" | undefined;
  timeout?: number | `${number}` | undefined;
  "max-bytes"?: number | `${number}` | undefined;
  "referrer-policy"?: ArticleWidgetReferrerPolicy | undefined;
}

/** The name of an option's attribute. */
export type ArticleWidgetAttributeName = keyof ArticleWidgetAttributes;

/** The text an attribute can be set to, for `setAttribute`. */
export type ArticleWidgetAttributeText<K extends ArticleWidgetAttributeName> = AsText<
  Exclude<ArticleWidgetAttributes[K], undefined>
>;

type AsText<T> = T extends number ? `${number}` : T extends boolean ? "" | "true" | "false" : T;

/** The `<article-widget>` element. */
export interface ArticleWidgetElement extends HTMLElement {
  /** `dataset.awState` is where the widget is (`data-aw-state`). */
  readonly dataset: DOMStringMap & { awState?: ArticleWidgetState };
  // Any other attribute takes any text; an option's attribute only the
  // text that option can read (last, so a wrong value is what tsc reports).
  setAttribute<N extends string>(
    qualifiedName: N extends ArticleWidgetAttributeName ? never : N,
    value: string,
  ): void;
  setAttribute<K extends ArticleWidgetAttributeName>(name: K, value: ArticleWidgetAttributeText<K>): void;
}

/** `detail` of `article-widget:ready`: the widget is set up (nothing else to say). */
export type ArticleWidgetReadyDetail = Record<string, never>;

/** `detail` of `article-widget:rendered`: the article is on screen. */
export interface ArticleWidgetRenderedDetail {
  /** The article's id, when the source gives one. */
  id: string | null;
  /** The article's canonical URL, when the source gives one. */
  url: string | null;
  /** Milliseconds since the widget was mounted. */
  timing: number;
  /** What was skipped while reading the source, each with where it was. */
  problems: string[];
}

/** `detail` of `article-widget:error`. */
export interface ArticleWidgetErrorDetail {
  code: ArticleWidgetErrorCode;
  /** For the developer, in English. */
  message: string;
  /** The article URL, `page` for the page's JSON-LD, or empty. */
  source: string;
}

/** `detail` of the two recommendation events. */
export interface ArticleWidgetRecommendationDetail {
  url: string;
  title: string;
  /** Place of the card in the carousel, from 1. */
  position: number;
}

/**
 * Every event a widget fires on its host element. All bubble and are
 * `composed`, so one listener on `document` hears every widget.
 */
export interface ArticleWidgetEventMap {
  "article-widget:ready": CustomEvent<ArticleWidgetReadyDetail>;
  "article-widget:rendered": CustomEvent<ArticleWidgetRenderedDetail>;
  "article-widget:error": CustomEvent<ArticleWidgetErrorDetail>;
  /** Cancelable: `preventDefault()` keeps the reader on the page. */
  "article-widget:recommendation-click": CustomEvent<ArticleWidgetRecommendationDetail>;
  /** A card was half visible for a second; once per card and mount. */
  "article-widget:recommendation-impression": CustomEvent<ArticleWidgetRecommendationDetail>;
}

/** A widget mounted with `ArticleWidget.mount`. */
export interface ArticleWidgetHandle {
  /** Changes some options and renders again; throws on a value an option cannot take. */
  update(options: ArticleWidgetOptions): void;
  /** Loads the article again. */
  refresh(): void;
  /** Removes the widget, its listeners, observers and pending work; the fallback markup stays. */
  unmount(): void;
  /** The host element. */
  readonly element: Element;
}

/** The API once the widget has started: what queued callbacks receive. */
export interface ArticleWidgetApi {
  /** Marks the loader's object (before the loader runs, the global may be a plain array). */
  readonly loader: true;
  /** The package version. */
  readonly version: string;
  /**
   * Renders a widget into `element` (any element: its shadow root holds the
   * widget). Its own attributes first, then `options`.
   */
  mount(element: Element, options?: ArticleWidgetOptions): ArticleWidgetHandle;
  /** Mounts `data-article-widget` elements added to the page since. */
  scan(): void;
  /** Runs `callback` now (it was queued until the widget started). */
  push(callback: ArticleWidgetCallback): void;
}

/** Queued with `ArticleWidget.push`; runs once the widget has started. */
export type ArticleWidgetCallback = (api: ArticleWidgetApi) => void;

/**
 * `window.ArticleWidget` once embed.js has run: `mount` and `scan` arrive
 * when the wasm has started; until then `push` queues.
 */
export interface ArticleWidgetLoader {
  readonly loader: true;
  readonly version: string;
  mount?: ArticleWidgetApi["mount"];
  scan?: ArticleWidgetApi["scan"];
  push(callback: ArticleWidgetCallback): void;
}

/** `window.ArticleWidget` set by the page before embed.js runs: the queue. */
export type ArticleWidgetQueue = ArticleWidgetCallback[];

declare global {
  interface HTMLElementTagNameMap {
    "article-widget": ArticleWidgetElement;
  }
  // The events bubble out of the shadow root, so every level hears them.
  interface HTMLElementEventMap extends ArticleWidgetEventMap {}
  interface DocumentEventMap extends ArticleWidgetEventMap {}
  interface WindowEventMap extends ArticleWidgetEventMap {}

  /**
   * The loader's object, or the page's queue before embed.js has run, or
   * nothing yet: `(window.ArticleWidget ||= []).push((api) => ...)` works
   * in every case.
   */
  var ArticleWidget: ArticleWidgetLoader | ArticleWidgetQueue | undefined;
}
