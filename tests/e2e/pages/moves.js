// Where the paragraph after the widget is, before every frame the page
// paints, in any engine (layout-shift entries exist only in Chromium):
// every change of its position is a jump a reader would see.
window.__awMoves = [];
(function () {
  "use strict";
  var last = null;
  function sample() {
    var after = document.getElementById("after");
    if (after) {
      var y = after.getBoundingClientRect().top + window.scrollY;
      if (last !== null && Math.abs(y - last) > 0.5) {
        window.__awMoves.push({ from: last, to: y, at: performance.now() });
      }
      last = y;
    }
    requestAnimationFrame(sample);
  }
  requestAnimationFrame(sample);
})();
