// Keeps what reaches console.error and the page's uncaught errors.
(function () {
  var logged = (window.__consoleErrors = []);
  var uncaught = (window.__pageErrors = []);
  var error = console.error;
  console.error = function () {
    logged.push([].map.call(arguments, String).join(" "));
    return error.apply(console, arguments);
  };
  window.addEventListener("error", function (e) { uncaught.push(String(e.message)); });
})();
