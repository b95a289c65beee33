/* Worker mode: refresh the results as filters change, without a full page load.
   Without JavaScript the same form submits as a plain GET. */
(function () {
  "use strict";
  var form = document.getElementById("filters");
  var results = document.getElementById("results");
  if (!form || !results || !window.fetch || !window.URLSearchParams) { return; }
  var timer = null;
  var latest = 0;

  function query() {
    var params = new URLSearchParams();
    new FormData(form).forEach(function (value, key) { if (value !== "") { params.append(key, value); } });
    return params.toString();
  }

  function refresh() {
    var asked = query();
    var ticket = latest += 1;
    fetch(form.dataset.results + (asked ? "?" + asked : ""), { credentials: "same-origin" })
      .then(function (response) { if (!response.ok) { throw new Error(response.status); } return response.text(); })
      .then(function (html) {
        if (ticket !== latest) { return; }  /* a newer request is on its way */
        results.innerHTML = html;
        history.replaceState(null, "", form.action + (asked ? "?" + asked : ""));
      })
      .catch(function () { form.submit(); });
  }

  function soon(delay) {
    window.clearTimeout(timer);
    timer = window.setTimeout(refresh, delay);
  }

  form.addEventListener("change", function () { soon(50); });
  form.addEventListener("input", function (event) { if (event.target.type === "text") { soon(400); } });
  form.addEventListener("submit", function (event) { event.preventDefault(); soon(0); });
}());
