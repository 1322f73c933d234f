/* Filters for generated lists (HS-code index, workshops). Runs in the page, with no server, so it
   works from file:// too. A .gcg-filter box names its list in data-target; every item of the list
   (table row or list item with data-gcg-item) is hidden unless it contains the typed words and
   matches every chosen select (data-filter="region" compares with the item's data-region). */
(function () {
  function apply(box) {
    var list = document.getElementById(box.dataset.target);
    if (!list) return;
    var input = box.querySelector("input[type=search]");
    var words = input ? input.value.toLocaleLowerCase().split(/\s+/).filter(Boolean) : [];
    var selects = box.querySelectorAll("select[data-filter]");
    list.querySelectorAll("tbody tr, [data-gcg-item]").forEach(function (item) {
      var text = item.textContent.toLocaleLowerCase();
      var show = words.every(function (w) { return text.indexOf(w) !== -1; });
      selects.forEach(function (select) {
        var wanted = select.value;
        var have = (item.dataset[select.dataset.filter] || "").split(" ");
        if (wanted && have.indexOf(wanted) === -1) show = false;
      });
      item.hidden = !show;
    });
  }
  function setup() {
    document.querySelectorAll(".gcg-filter").forEach(function (box) {
      box.addEventListener("input", function () { apply(box); });
      box.addEventListener("change", function () { apply(box); });
    });
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", setup);
  else setup();
})();
