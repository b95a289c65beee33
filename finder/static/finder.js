/* Light enhancement only: every page works without this file. */
(function () {
  "use strict";
  var leave = document.getElementById("leave");
  if (leave) {
    leave.addEventListener("click", function (event) {
      /* Replace this page in the history too, so Back does not return to the finder. */
      event.preventDefault();
      try { history.replaceState(null, "", "/"); } catch (e) { /* keep going */ }
      document.body.hidden = true;
      window.location.replace(leave.href);
    });
  }
  var printers = document.querySelectorAll("[data-print]");
  for (var i = 0; i < printers.length; i += 1) {
    printers[i].hidden = false;
    printers[i].addEventListener("click", function () { window.print(); });
  }
}());
