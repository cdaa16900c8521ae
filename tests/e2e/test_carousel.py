"""The "Recommended news" carousel driven with real keys through WebDriver,
in every browser of the suite: arrow keys move focus between cards and the
carousel follows, Previous and Next keep focus, and only the cards in view
can be reached (the others are `inert`). The browser suite checks the same
with synthetic events; real Tab and arrow presses are what only a driver
can send, and where engines differ (Firefox stops on the scrolling row,
WebKit's MiniBrowser wraps focus round the page)."""

import time

from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.keys import Keys

SAMPLE = "/fixtures/sample-article.json"

# Geometry, read in the page: how much of each slide lies inside the
# scroller, whether it is inert, and what holds focus in the shadow root.
STATE = """
const root = document.getElementById('w').shadowRoot;
const scroller = root.querySelector('.aw-cards');
const view = scroller.getBoundingClientRect();
const slides = [...root.querySelectorAll('.aw-cards > .aw-slide')];
const active = root.activeElement;
return {
  slides: slides.map(s => {
    const r = s.getBoundingClientRect();
    const overlap = Math.max(0, Math.min(r.right, view.right) - Math.max(r.left, view.left));
    return {seen: overlap / r.width, inert: s.hasAttribute('inert')};
  }),
  focused: active ? slides.findIndex(s => s.contains(active)) : null,
  inRow: !!active && scroller.contains(active),
  focusedClass: active ? active.className : null,
  position: root.querySelector('.aw-carousel-position')?.textContent.trim() ?? null,
  nextDisabled: root.querySelector('button.aw-carousel-next').getAttribute('aria-disabled') === 'true',
  prevDisabled: root.querySelector('button.aw-carousel-prev').getAttribute('aria-disabled') === 'true',
  scrollLeft: scroller.scrollLeft,
};
"""


def state(p):
    return p.js(STATE)


def visible(s):
    return [i for i, slide in enumerate(s["slides"]) if slide["seen"] >= 0.5]


def assert_inert_matches_view(s, when):
    for i, slide in enumerate(s["slides"]):
        if slide["seen"] > 0.52:
            assert not slide["inert"], f"{when}: slide {i} is {slide['seen']:.2f} visible but inert"
        elif slide["seen"] < 0.48:
            assert slide["inert"], f"{when}: slide {i} is {slide['seen']:.2f} visible and not inert"


def settled(p, timeout=5.0):
    """Waits until the scroller has stopped moving and the carousel has
    caught up with it (two frames after the last scroll)."""
    deadline = time.monotonic() + timeout
    last = None
    while time.monotonic() < deadline:
        now = p.js("return document.getElementById('w').shadowRoot.querySelector('.aw-cards').scrollLeft")
        if now == last:
            break
        last = now
        time.sleep(0.15)
    p.js("return new Promise(r => requestAnimationFrame(() => requestAnimationFrame(() => r(true))))")
    return state(p)


def until(p, what, check, timeout=5.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        s = state(p)
        if check(s):
            return s
        time.sleep(0.05)
    raise AssertionError(f"timed out waiting until {what}: {state(p)}")


def carousel(page):
    p = page(f"one.html?src={SAMPLE}")
    p.wait_rendered("w")
    p.js("document.getElementById('w').shadowRoot.querySelector('section.aw-recommended').scrollIntoView()")
    until(p, "the carousel measured itself", lambda s: any(slide["inert"] for slide in s["slides"]))
    return p


def keys(p, *pressed):
    ActionChains(p.driver).send_keys(*pressed).perform()


def focus_card(p, index):
    p.js(
        "document.getElementById('w').shadowRoot"
        ".querySelectorAll('.aw-cards > .aw-slide')[arguments[0]].querySelector('a[href]').focus()",
        index,
    )


def focus_control(p, name):
    p.js(f"document.getElementById('w').shadowRoot.querySelector('button.aw-carousel-{name}').focus()")


def test_arrow_keys_move_focus_between_cards_and_the_carousel_follows(page):
    p = carousel(page)
    s = state(p)
    assert len(s["slides"]) == 8
    assert_inert_matches_view(s, "at the start")
    focus_card(p, 0)
    assert state(p)["focused"] == 0
    keys(p, Keys.ARROW_RIGHT)
    assert state(p)["focused"] == 1, "ArrowRight moves focus to the next card"

    # From the last card in view, the next one scrolls in and takes focus.
    last = visible(s)[-1]
    focus_card(p, last)
    keys(p, Keys.ARROW_RIGHT)
    s = until(p, "the carousel followed", lambda s: s["focused"] == last + 1 and last + 1 in visible(s))
    assert not s["slides"][last + 1]["inert"]
    s = until(p, "the position moved on", lambda s: s["position"] == "2 of 8")
    s = settled(p)
    assert s["focused"] == last + 1, "focus stayed on the card that scrolled in"
    assert visible(s)[0] == 1
    assert_inert_matches_view(s, "after the arrow key")

    keys(p, Keys.ARROW_LEFT)
    assert state(p)["focused"] == last
    # The page did not scroll sideways instead: the key was the carousel's.
    assert p.js("return window.scrollX") == 0


def test_previous_and_next_by_keyboard_keep_focus_to_the_end(page):
    p = carousel(page)
    s = state(p)
    assert s["prevDisabled"] and not s["nextDisabled"]
    focus_control(p, "next")
    for _ in range(8):
        if state(p)["nextDisabled"]:
            break
        before = state(p)["position"]
        keys(p, Keys.ENTER)
        until(p, "Next moved", lambda s: s["position"] != before)
        s = settled(p)
        assert s["focusedClass"] and "aw-carousel-next" in s["focusedClass"], "focus stays on Next"
        assert_inert_matches_view(s, f"after Next to {s['position']}")
    s = until(p, "the end", lambda s: s["nextDisabled"] and not s["prevDisabled"])
    assert visible(s)[-1] == 7, "the last card is in view"
    assert "aw-carousel-next" in s["focusedClass"], "a button that reaches its end keeps focus"

    focus_control(p, "prev")
    keys(p, " ")
    until(p, "Previous moved", lambda s: not s["nextDisabled"])
    s = settled(p)
    assert "aw-carousel-prev" in s["focusedClass"]
    assert_inert_matches_view(s, "after Previous")

    # From a control, the arrow keys move the carousel one card.
    before = visible(s)[0]
    keys(p, Keys.ARROW_LEFT)
    s = until(p, "one card back", lambda s: visible(s)[0] == before - 1)
    assert "aw-carousel-prev" in s["focusedClass"]


def test_tab_reaches_only_the_cards_in_view(page):
    p = carousel(page)
    s = settled(p)
    shown = visible(s)
    assert 0 < len(shown) < 8
    # An inert card cannot take focus, even from script.
    hidden = next(i for i, slide in enumerate(s["slides"]) if slide["inert"])
    focus_card(p, hidden)
    assert state(p)["focused"] != hidden, "an inert card took focus"

    # Tab from the last control before the cards until focus leaves the
    # row: it visits exactly the cards in view, in order. (Firefox also
    # stops on the scrolling row itself; WebKit's MiniBrowser, having no
    # browser interface to go to, wraps round to the page's first control.)
    p.js(
        "const c = document.getElementById('w').shadowRoot.querySelectorAll('.aw-carousel-head button');"
        "c[c.length - 1].focus()"
    )
    reached = []
    for _ in range(len(s["slides"]) + 3):
        keys(p, Keys.TAB)
        now = state(p)
        if not now["inRow"]:
            break
        if now["focused"] >= 0:
            reached.append(now["focused"])
    assert reached == shown, f"Tab reached cards {reached}, in view: {shown}"
    s = state(p)
    assert s["scrollLeft"] == 0, "tabbing did not scroll hidden cards into view"
