// Uses of the types that must compile, without React in the project.
import type {
  ArticleWidgetApi,
  ArticleWidgetErrorCode,
  ArticleWidgetHandle,
  ArticleWidgetOptions,
  ArticleWidgetState,
} from "article-widget";

// The element from the DOM, typed by tag name.
const host = document.querySelector("article-widget");
if (host) {
  host.setAttribute("theme", "dark");
  host.setAttribute("pull-quotes", "3");
  host.setAttribute("from-page", "");
  host.setAttribute("class", "story");
  host.setAttribute("data-anything", "at all");
  const state: ArticleWidgetState | undefined = host.dataset.awState;
  console.log(state);
  host.addEventListener("article-widget:rendered", (event) => {
    const { id, url, timing, problems } = event.detail;
    console.log(id?.length, url, timing.toFixed(0), problems.join("; "));
  });
  host.addEventListener("article-widget:ready", (event) => console.log(event.type));
}

// Every widget on the page, from one listener.
document.addEventListener("article-widget:error", (event) => {
  const code: ArticleWidgetErrorCode = event.detail.code;
  if (code === "http-404" || code === "unsupported") console.warn(event.detail.message, event.detail.source);
});
document.addEventListener("article-widget:recommendation-click", (event) => {
  if (event.detail.position === 1 && event.detail.url.startsWith("https:")) event.preventDefault();
});
window.addEventListener("article-widget:recommendation-impression", (event) => {
  console.log(event.detail.title, event.detail.position);
});

// The JavaScript API through the queue, before or after embed.js runs.
const options: ArticleWidgetOptions = {
  src: "https://api.example.com/articles/123.json",
  theme: "auto",
  pullQuotes: 2,
  autoplay: false,
  credentials: "include",
  loading: "eager",
  timeout: 5000,
  maxBytes: 1_000_000,
  referrerPolicy: "strict-origin-when-cross-origin",
  lang: null,
  recommendations: undefined,
  fromPage: false,
};
let handle: ArticleWidgetHandle | undefined;
(window.ArticleWidget ||= []).push((api: ArticleWidgetApi) => {
  const target = document.getElementById("story");
  if (!target) return;
  handle = api.mount(target, options);
  handle.update({ theme: "dark", pullQuotes: "none" });
  handle.refresh();
  console.log(handle.element.tagName, api.version);
  api.scan();
});
handle?.unmount();

// After load, mount and scan may be there; the loader says so.
const global = window.ArticleWidget;
if (global && !Array.isArray(global) && global.mount) {
  global.mount(document.body, { fromPage: true });
}
