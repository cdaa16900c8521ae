# Sourced by every script: where builds and tools live, and which Rust
# toolchain builds for wasm32. Prints nothing.

AW_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
AW_CACHE="${AW_CACHE:-$HOME/.cache/article-widget}"
# Build output stays outside the clone so CI reuses it on the same machine;
# nothing depends on it being there.
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$AW_CACHE/target}"
AW_TOOLS="$AW_CACHE/tools"
AW_PYTHON="$AW_CACHE/venv/bin/python"
export PATH="$AW_TOOLS/node_modules/.bin:$HOME/.cargo/bin:$PATH"
export TRUNK_SKIP_VERSION_CHECK=true

# Pinned tool versions. wasm-bindgen-cli must equal the wasm-bindgen crate
# in Cargo.lock; it is read from there.
AW_TRUNK_VERSION="0.21.14"
AW_BINARYEN_VERSION="132"
AW_GECKODRIVER_VERSION="0.37.1"
aw_wasm_bindgen_version() {
  awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' "$AW_ROOT/Cargo.lock"
}

# The ordinary path is rustup's own wasm32 target; where it cannot be
# downloaded, scripts/setup builds std for wasm32 with Debian's rustc and
# links that toolchain as "debian".
aw_has_rustup_wasm() {
  rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown
}
aw_has_debian_wasm() {
  compgen -G "/usr/lib/rustlib/wasm32-unknown-unknown/lib/libstd-*.rlib" >/dev/null &&
    rustup toolchain list 2>/dev/null | grep -q '^debian'
}
if [ -z "${RUSTUP_TOOLCHAIN:-}" ] && ! aw_has_rustup_wasm && aw_has_debian_wasm; then
  export RUSTUP_TOOLCHAIN=debian
fi

export CHROMEDRIVER="${CHROMEDRIVER:-/usr/bin/chromedriver}"
export GECKODRIVER="${GECKODRIVER:-$HOME/.cargo/bin/geckodriver}"
# WebKit's driver for both suites. Never exported as SAFARIDRIVER here:
# wasm-bindgen-test-runner prefers that to CHROMEDRIVER, so the Chrome run
# of the browser suite would go to WebKit; scripts/test sets it for one run.
export WEBKITDRIVER="${WEBKITDRIVER:-/usr/bin/WebKitWebDriver}"
