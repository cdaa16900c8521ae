// Twenty widgets, every third one failing in a different way.
(function () {
  var broken = ["/bad/404", "/bad/html", "/bad/deep"];
  for (var i = 0; i < 20; i++) {
    var el = document.createElement("article-widget");
    el.id = "w" + i;
    el.setAttribute("loading", "eager");
    el.setAttribute("src", i % 3 === 2 ? broken[Math.floor(i / 3) % broken.length] : "/fixtures/sample-article.json");
    document.body.appendChild(el);
  }
})();
