//! The thin browser room: every web-sys call components need (focus,
//! scrolling, observers, `inert`, media queries) sits behind these small
//! functions, so components hold no DOM code of their own.
