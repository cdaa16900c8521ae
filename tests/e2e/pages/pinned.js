// What a publisher pastes, written by script only because the test needs
// the build's own file name and hash: the versioned loader with its SRI.
(function () {
  var params = new URLSearchParams(location.search);
  var base = params.get("base") || "/";
  if (params.get("old")) {
    // A browser without <link rel="modulepreload"> (Safari before 17).
    var supports = DOMTokenList.prototype.supports;
    DOMTokenList.prototype.supports = function (token) {
      return token === "modulepreload" ? false : supports.call(this, token);
    };
  }
  var request = new XMLHttpRequest();
  request.open("GET", "/integrity.json", false);
  request.send();
  var manifest = JSON.parse(request.responseText);
  var name = params.get("loader") === "stable" ? "embed.js" : manifest.loader;
  var script = document.createElement("script");
  script.async = true;
  script.src = base + name;
  if (name !== "embed.js") script.integrity = manifest.files[name];
  script.crossOrigin = "anonymous";
  script.onerror = function () { window.__awLoaderRefused = true; };
  document.head.appendChild(script);
})();
