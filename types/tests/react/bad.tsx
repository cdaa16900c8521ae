// JSX misuses that must not compile; see ../plain/bad.ts for the rules.
import type {} from "article-widget/react";

export function Story() {
  return (
    <>
      {/* @ts-expect-error TS2322 a theme that does not exist */}
      <article-widget theme="blue" />
      {/* @ts-expect-error TS2322 pull-quotes takes a number or auto/none */}
      <article-widget pull-quotes="many" />
      {/* @ts-expect-error TS2322 credentials is include or omit */}
      <article-widget credentials="all" />
      {/* @ts-expect-error TS2322 an attribute that does not exist */}
      <article-widget them="dark" />
      {/* @ts-expect-error TS2322 timeout is a number of ms */}
      <article-widget timeout="soon" />
    </>
  );
}
