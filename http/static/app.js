// Live updates: a page marked data-live listens to /api/v1/events and, when
// its story (or any story, on the list) changes, fetches itself again and
// swaps in the new <main>. The HTML comes from this server, already escaped.
(function () {
  "use strict";
  var live = document.body.getAttribute("data-live");
  if (!live || !window.EventSource) return;
  var storyID = live.indexOf("story:") === 0 ? live.slice(6) : "";
  var url = "/api/v1/events" + (storyID ? "?story=" + encodeURIComponent(storyID) : "");
  var status = document.getElementById("live-status");
  var pending = null;

  function refresh() {
    pending = null;
    fetch(location.href, { headers: { Accept: "text/html" }, credentials: "same-origin" })
      .then(function (r) { return r.ok ? r.text() : Promise.reject(r.status); })
      .then(function (html) {
        var doc = new DOMParser().parseFromString(html, "text/html");
        var next = doc.getElementById("main");
        var cur = document.getElementById("main");
        if (!next || !cur) return;
        cur.replaceWith(document.importNode(next, true));
        if (status) {
          status.textContent = "Updated " + new Date().toLocaleTimeString();
          status.hidden = false;
        }
        document.body.setAttribute("data-updated", String(Date.now()));
      })
      .catch(function () {});
  }

  function onEvent(e) {
    var data;
    try { data = JSON.parse(e.data); } catch (err) { return; }
    if (storyID && data.story_id !== storyID) return;
    // Several stories often change in one ingest: refresh once.
    if (!pending) pending = setTimeout(refresh, 300);
  }

  var es = new EventSource(url);
  es.addEventListener("story.created", onEvent);
  es.addEventListener("story.updated", onEvent);
})();
