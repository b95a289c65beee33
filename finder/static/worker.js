/* Worker mode: refresh the results as filters change, without a full page load, keeping the
   basket of picks. Without JavaScript the same form posts and comes back with the basket in
   the link. */
(function () {
  "use strict";
  var form = document.getElementById("worker");
  var results = document.getElementById("results");
  var count = document.getElementById("basket-count");
  if (!form || !results || !window.fetch || !window.URLSearchParams) { return; }
  var timer = null;
  var latest = 0;
  var NOT_A_FILTER = { csrf_token: true, phone: true, action: true };

  function query() {
    var params = new URLSearchParams();
    new FormData(form).forEach(function (value, key) {
      if (value !== "" && !NOT_A_FILTER[key]) { params.append(key, value); }
    });
    return params.toString();
  }

  function remember() {
    var asked = query();
    history.replaceState(null, "", form.dataset.page + (asked ? "?" + asked : ""));
    count.textContent = form.querySelectorAll("input[name=service]:checked").length;
  }

  function refresh() {
    var asked = query();
    var ticket = latest += 1;
    fetch(form.dataset.results + (asked ? "?" + asked : ""), { credentials: "same-origin" })
      .then(function (response) { if (!response.ok) { throw new Error(response.status); } return response.text(); })
      .then(function (html) {
        if (ticket !== latest) { return; }  /* a newer request is on its way */
        results.innerHTML = html;
        remember();
      })
      .catch(function () { form.requestSubmit(document.getElementById("apply")); });
  }

  function soon(delay) {
    window.clearTimeout(timer);
    timer = window.setTimeout(refresh, delay);
  }

  form.addEventListener("change", function (event) {
    var name = event.target.name;
    if (name === "service") { remember(); } else if (!NOT_A_FILTER[name]) { soon(50); }
  });
  form.addEventListener("input", function (event) { if (event.target.id === "place") { soon(400); } });
  form.addEventListener("submit", function (event) {
    var button = event.submitter;
    if (button && button.value === "filter") { event.preventDefault(); soon(0); }
  });
}());
