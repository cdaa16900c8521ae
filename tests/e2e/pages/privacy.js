(function () {
  var params = new URLSearchParams(location.search);
  // A cookie the page's own host would hand to any request that allows it.
  document.cookie = "aw_session=reader-42; path=/";
  var el = document.createElement("article-widget");
  el.id = "w";
  el.setAttribute("loading", "eager");
  var article = new URLSearchParams();
  ["own", "images", "foreign"].forEach(function (key) { article.set(key, params.get(key)); });
  el.setAttribute("src", "/privacy-article/" + params.get("token") + ".json?" + article);
  if (params.get("policy")) el.setAttribute("referrer-policy", params.get("policy"));
  document.body.appendChild(el);
})();
