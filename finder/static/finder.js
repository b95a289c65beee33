/* Light enhancement only: every page works without this file. */
(function () {
  "use strict";
  var leave = document.getElementById("leave");
  var SHIFT_PRESSES = 3;
  var SHIFT_WINDOW = 5000;  /* milliseconds, as GOV.UK's "Exit this page" */

  function leaveNow() {
    /* Hide the page at once, make this history entry neutral, then replace it with the
       neutral site: Back does not return to the finder. */
    document.documentElement.style.visibility = "hidden";
    try { history.replaceState(null, "", "/"); } catch (e) { /* keep going */ }
    window.location.replace(leave.href);
  }

  if (leave) {
    leave.addEventListener("click", function (event) {
      event.preventDefault();
      leaveNow();
    });
    var presses = 0;
    var timer = null;
    document.addEventListener("keyup", function (event) {
      if (event.key !== "Shift") { presses = 0; return; }
      presses += 1;
      window.clearTimeout(timer);
      timer = window.setTimeout(function () { presses = 0; }, SHIFT_WINDOW);
      if (presses >= SHIFT_PRESSES) { leaveNow(); }
    });
  }

  var summary = document.querySelector("[data-error-summary]");
  if (summary) {
    summary.focus();
    summary.addEventListener("click", function (event) {
      /* Move to the field itself (as GOV.UK does), its label in view above it. */
      var link = event.target.closest("a[href^='#']");
      var field = link && document.getElementById(link.getAttribute("href").slice(1));
      if (!field) { return; }
      event.preventDefault();
      field.focus();
    });
  }

  var printers = document.querySelectorAll("[data-print]");
  for (var i = 0; i < printers.length; i += 1) {
    printers[i].hidden = false;
    printers[i].addEventListener("click", function () { window.print(); });
  }
}());
