// The offline page's two controls: "Leave quickly" (and Escape pressed three times), and
// "Try again", which reloads the page the person asked for.
(function () {
  var leave = document.getElementById("leave");
  var exitUrl = leave && leave.getAttribute("data-exit-url");
  function go() {
    document.documentElement.style.visibility = "hidden";
    window.location.replace(exitUrl);
  }
  if (leave && exitUrl) {
    leave.addEventListener("click", go);
    var presses = [];
    window.addEventListener(
      "keydown",
      function (event) {
        if (event.key !== "Escape") return;
        var now = event.timeStamp;
        presses = presses.filter(function (at) {
          return now - at < 2000;
        });
        presses.push(now);
        if (presses.length >= 3) go();
      },
      true,
    );
  }
  var retry = document.getElementById("retry");
  if (retry)
    retry.addEventListener("click", function (event) {
      event.preventDefault();
      window.location.reload();
    });
})();
