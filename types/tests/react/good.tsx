// JSX uses that must compile, in a React project with the React types.
import type {} from "article-widget/react";
import type { ArticleWidgetElement } from "article-widget";
import { useEffect, useRef } from "react";

export function Story({ id }: { id: string }) {
  const ref = useRef<ArticleWidgetElement>(null);
  useEffect(() => {
    const host = ref.current;
    if (!host) return;
    const rendered = (event: CustomEvent<{ timing: number }>) => console.log(event.detail.timing);
    host.addEventListener("article-widget:rendered", rendered);
    return () => host.removeEventListener("article-widget:rendered", rendered);
  }, []);
  return (
    <>
      <article-widget
        ref={ref}
        src={`https://api.example.com/articles/${id}.json`}
        recommendations="/recommended.json"
        theme="dark"
        pull-quotes={2}
        autoplay
        from-page={false}
        credentials="include"
        loading="eager"
        timeout={5000}
        max-bytes="1000000"
        lang="es"
        className="story"
        id="story"
      >
        <a href={`https://example.com/news/${id}`}>Read the article</a>
      </article-widget>
      <div data-article-widget="" data-src="/articles/1.json" data-theme="light" />
    </>
  );
}
