// Every CSP violation on the page, Trusted Types ones included.
window.__violations = [];
document.addEventListener("securitypolicyviolation", function (e) {
  window.__violations.push({ directive: e.violatedDirective, sample: e.sample, source: e.sourceFile + ":" + e.lineNumber });
});
// ?no-sanitizer plays a browser with Trusted Types but no Sanitizer API
// (Chrome from 83 until Document.parseHTML shipped).
if (/[?&]no-sanitizer/.test(location.search)) delete Document.parseHTML;
