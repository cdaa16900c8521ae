// One widget configured from the query string: ?src=...&timeout=...
(function () {
  var params = new URLSearchParams(location.search);
  var el = document.createElement("article-widget");
  el.id = "w";
  el.setAttribute("loading", "eager");
  params.forEach(function (value, key) { el.setAttribute(key, value); });
  document.body.appendChild(el);
})();
