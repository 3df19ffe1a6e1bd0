// The /sparql page: YASGUI against this endpoint, one tab per example query.
(function () {
  "use strict";
  var examples = JSON.parse(document.getElementById("innograph-examples").textContent);
  var endpoint = new URL(document.body.dataset.endpoint, window.location.href).href;
  // Read #example=NAME before YASGUI starts: it takes over the hash for its share links.
  var wanted = new URLSearchParams(window.location.hash.slice(1)).get("example");

  // Class and property completion asks a web service (LOV); keep the page offline.
  Yasgui.defaults.yasqe.autocompleters = ["prefixes", "variables"];

  var yasgui = new Yasgui(document.getElementById("yasgui"), {
    requestConfig: { endpoint: endpoint, method: "POST" },
    copyEndpointOnNewTab: true,
    autoAddOnInit: false,
    persistenceId: "innograph",
    endpointCatalogueOptions: { getData: function () { return [{ endpoint: endpoint }]; } },
  });

  function tabFor(example) {
    var ids = Object.keys(yasgui._tabs);
    for (var i = 0; i < ids.length; i++) {
      if (yasgui._tabs[ids[i]].getName() === example.title) return yasgui._tabs[ids[i]];
    }
    return null;
  }

  function open(example, active) {
    var tab = tabFor(example);
    if (tab === null) {
      tab = yasgui.addTab(active, {
        name: example.title,
        yasqe: { value: example.query },
        requestConfig: { endpoint: endpoint },
      });
    } else if (active) {
      yasgui.selectTabId(tab.getId());
    }
    return tab;
  }

  examples.forEach(function (example, i) { open(example, i === 0 && !yasgui.getTab()); });

  examples.forEach(function (example) { if (example.name === wanted) open(example, true); });

  document.querySelectorAll("button[data-example]").forEach(function (button) {
    button.addEventListener("click", function () {
      examples.forEach(function (example) {
        if (example.name === button.dataset.example) open(example, true);
      });
    });
  });
})();
