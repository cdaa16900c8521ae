// JSX checking of <article-widget> for React (@types/react 18 or 19):
// bring it in with `import type {} from "article-widget/react";` once in
// the project. Apart from the main types so that projects without React
// never need @types/react.

import type { DetailedHTMLProps, HTMLAttributes } from "react";
import type { ArticleWidgetAttributes, ArticleWidgetElement } from "./index.js";

declare module "react" {
  namespace JSX {
    interface IntrinsicElements {
      "article-widget": DetailedHTMLProps<HTMLAttributes<ArticleWidgetElement>, ArticleWidgetElement> &
        ArticleWidgetAttributes;
    }
  }
}
