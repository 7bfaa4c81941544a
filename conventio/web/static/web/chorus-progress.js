/* Chorus import page: refresh the progress bar from the job's JSON state every second, then reload
   the page when the import ends (to show the report). Without JavaScript the page reloads itself
   (<noscript> meta refresh). The live region only speaks when the step changes, not at every tick. */
(function () {
  "use strict";
  var box = document.getElementById("chorus-progress");
  if (!box || box.getAttribute("data-polling") !== "true" || !window.fetch) {
    return;
  }
  var url = box.getAttribute("data-state-url");
  var step = box.getAttribute("data-step");
  var bar = document.getElementById("chorus-progress-bar");
  var percent = document.getElementById("chorus-progress-percent");
  var message = document.getElementById("chorus-progress-message");
  var lastMessage = 0;

  function show(state) {
    var text = state.percent + "\u00a0%";
    bar.value = state.percent;
    bar.textContent = text;
    percent.textContent = text;
    var now = Date.now();
    var current = state.status + "-" + state.phase;
    if (current !== step || now - lastMessage > 10000) {
      message.textContent = state.message;
      step = current;
      lastMessage = now;
    }
  }

  function tick() {
    window.fetch(url, { headers: { Accept: "application/json" }, credentials: "same-origin", cache: "no-store" })
      .then(function (response) {
        if (!response.ok) {
          throw new Error("HTTP " + response.status);
        }
        return response.json();
      })
      .then(function (state) {
        show(state);
        if (state.finished || state.status === "interrupted") {
          window.setTimeout(function () { window.location.reload(); }, 300);
          return;
        }
        window.setTimeout(tick, 1000);
      })
      .catch(function () {
        window.setTimeout(tick, 5000);
      });
  }

  window.setTimeout(tick, 500);
})();
