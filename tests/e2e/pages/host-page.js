// The publisher's own script: must keep working whatever the widgets do.
document.addEventListener("DOMContentLoaded", function () {
  var clicks = 0;
  document.getElementById("host-button").addEventListener("click", function () {
    clicks += 1;
    window.__hostClicks = clicks;
  });
  window.__hostReady = true;
});
