// Misuses that must not compile. Each `@ts-expect-error` names the error it
// stands for; scripts/check-npm fails when a line below one compiles, or
// fails with another error.
import type { ArticleWidgetErrorCode, ArticleWidgetOptions } from "article-widget";

const host = document.querySelector("article-widget");
if (host) {
  // @ts-expect-error TS2769 a theme that does not exist
  host.setAttribute("theme", "blue");
  // @ts-expect-error TS2769 pull-quotes takes a number or auto/none
  host.setAttribute("pull-quotes", "many");
  // @ts-expect-error TS2322 the widget sets its state, of a closed set
  host.dataset.awState = "done";
  host.addEventListener("article-widget:rendered", (event) => {
    // @ts-expect-error TS2551 the detail has timing, not timings
    console.log(event.detail.timings);
  });
}

document.addEventListener("article-widget:error", (event) => {
  // @ts-expect-error TS2367 no such error code
  if (event.detail.code === "http-999") console.log("never");
  // @ts-expect-error TS2339 the error detail has no status
  console.log(event.detail.status);
});
document.addEventListener("article-widget:recommendation-click", (event) => {
  // @ts-expect-error TS2322 position is a number
  const position: string = event.detail.position;
  console.log(position);
});

// @ts-expect-error TS2322 not an error code
const code: ArticleWidgetErrorCode = "404";
console.log(code);

// @ts-expect-error TS2561 an option that does not exist
const typo: ArticleWidgetOptions = { them: "dark" };
// @ts-expect-error TS2322 timeout is a number of ms
const late: ArticleWidgetOptions = { timeout: "soon" };
// @ts-expect-error TS2322 a theme that does not exist
const blue: ArticleWidgetOptions = { theme: "blue" };
// @ts-expect-error TS2322 a referrer policy HTML does not know
const always: ArticleWidgetOptions = { referrerPolicy: "always" };
console.log(typo, late, blue, always);

(window.ArticleWidget ||= []).push((api) => {
  // @ts-expect-error TS2345 mount takes an element
  api.mount("#story");
  const handle = api.mount(document.body);
  // @ts-expect-error TS2339 the handle has unmount, not destroy
  handle.destroy();
});

const global = window.ArticleWidget;
if (global && !Array.isArray(global)) {
  // @ts-expect-error TS2722 mount may not be there before the wasm starts
  global.mount(document.body);
}
