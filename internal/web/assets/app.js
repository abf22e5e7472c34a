// claimledger: pages work without this script; it links the marks in an
// article's text with the cards of their claims, both ways.
(function () {
  "use strict";
  function lit(id, on) {
    document.querySelectorAll('[data-claim="' + CSS.escape(id) + '"]').forEach(function (el) {
      el.classList.toggle("lit", on);
    });
  }
  document.addEventListener("mouseover", function (e) {
    var el = e.target.closest && e.target.closest("[data-claim]");
    if (el) lit(el.getAttribute("data-claim"), true);
  });
  document.addEventListener("mouseout", function (e) {
    var el = e.target.closest && e.target.closest("[data-claim]");
    if (el) lit(el.getAttribute("data-claim"), false);
  });
  document.addEventListener("click", function (e) {
    var a = e.target.closest && e.target.closest("a.m[data-claim]");
    if (!a) return;
    var card = document.getElementById("claim-" + a.getAttribute("data-claim"));
    if (!card) return;
    e.preventDefault();
    history.replaceState(null, "", "#claim-" + a.getAttribute("data-claim"));
    card.scrollIntoView({ block: "nearest", behavior: "smooth" });
    document.querySelectorAll(".card.lit").forEach(function (c) { c.classList.remove("lit"); });
    card.classList.add("lit");
  });
})();
