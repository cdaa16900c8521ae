//! Pull-quote choice. Pure.
