// Calls made before the loader has run: they wait in the queue.
window.ArticleWidget = window.ArticleWidget || [];
window.ArticleWidget.push(function (api) {
  window.__queued = api.mount(document.getElementById("queued"), {
    src: "/fixtures/sample-article.json",
    loading: "eager",
    autoplay: true
  });
});
