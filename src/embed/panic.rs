//! The last line of defence. The release build aborts on panic, which stops
//! every widget on the page; should one ever happen, the hook says so once
//! on the console and marks each live widget as failed, visibly, before the
//! abort, instead of leaving them half-drawn.

use std::sync::atomic::{AtomicBool, Ordering};

use super::mount::mounted_hosts;
use crate::embedding::STATE_ATTRIBUTE;

static REPORTED: AtomicBool = AtomicBool::new(false);

pub fn install() {
    std::panic::set_hook(Box::new(|info| {
        if REPORTED.swap(true, Ordering::Relaxed) {
            return;
        }
        web_sys::console::error_1(
            &format!("article-widget: internal error, widgets stopped: {info}").into(),
        );
        for host in mounted_hosts() {
            let _ = host.set_attribute(STATE_ATTRIBUTE, "crashed");
        }
    }));
}
