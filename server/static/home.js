// The home page's pictures: the co-operation network (Cytoscape.js), the project timeline and
// organisations per country (Chart.js). Data from /api/*; everything is served from this site.
// window.innographHome holds the library objects; body[data-pictures] is "ready" once all are drawn.
(function () {
  "use strict";
  var root = document.body.dataset.root || "";
  var COLOURS = { project: "#1f77b4", organisation: "#e07b00", programme: "#2ca02c" };
  var MAX_BARS = 300;
  var home = (window.innographHome = {});

  function getJson(name) {
    return fetch(root + "/api/" + name, { headers: { Accept: "application/json" } }).then(function (answer) {
      if (!answer.ok) throw new Error("/api/" + name + " answered HTTP " + answer.status);
      return answer.json();
    });
  }

  function say(box, text) {
    box.classList.add("is-empty");
    box.textContent = "";
    var note = document.createElement("p");
    note.className = "empty";
    note.textContent = text;
    box.appendChild(note);
  }

  function open(path) {
    if (path) window.location.assign(root + path);
  }

  // ---- network ---------------------------------------------------------------------------
  function elements(data) {
    var nodes = data.nodes.map(function (n) {
      return { group: "nodes", data: { id: n.id, label: n.label, type: n.type, path: n.path || "" } };
    });
    var edges = data.edges.map(function (e, i) {
      return { group: "edges", data: { id: "e" + i, source: e.source, target: e.target, relation: e.relation } };
    });
    return nodes.concat(edges);
  }

  var NETWORK_STYLE = [
    { selector: "node", style: {
      "background-color": "#888", label: "data(label)", "font-size": 9, color: "#1d2433",
      "text-wrap": "ellipsis", "text-max-width": 140, "text-valign": "bottom", "text-margin-y": 3,
      width: 16, height: 16 } },
    { selector: "node[type = 'project']", style: { "background-color": COLOURS.project, shape: "round-rectangle", width: 22, height: 22 } },
    { selector: "node[type = 'organisation']", style: { "background-color": COLOURS.organisation } },
    { selector: "node[type = 'programme']", style: { "background-color": COLOURS.programme, shape: "diamond", width: 24, height: 24 } },
    { selector: "edge", style: { width: 1, "line-color": "#b8c2cc", "curve-style": "haystack" } },
    { selector: "edge[relation = 'coordinator']", style: { width: 2.5, "line-color": "#c0392b" } },
    { selector: "edge[relation = 'fundedBy'], edge[relation = 'partOf']", style: { "line-color": "#7fbf7f", "line-style": "dashed", "curve-style": "bezier" } },
    { selector: "node:selected", style: { "border-width": 3, "border-color": "#17324d" } },
  ];

  function drawNetwork(data) {
    var box = document.getElementById("network");
    if (!data.nodes.length) { say(box, box.dataset.empty); return null; }
    var cy = cytoscape({
      container: box, elements: elements(data), style: NETWORK_STYLE,
      layout: { name: "cose", animate: false, randomize: true, nodeRepulsion: 9000, idealEdgeLength: 60, padding: 20 },
    });
    cy.on("tap", "node", function (event) { open(event.target.data("path")); });
    cy.on("mouseover", "node", function () { box.style.cursor = "pointer"; });
    cy.on("mouseout", "node", function () { box.style.cursor = ""; });
    if (data.truncated) box.insertAdjacentHTML("afterend", '<p class="note">Only part of the graph is drawn.</p>');
    return cy;
  }

  // ---- timeline --------------------------------------------------------------------------
  function yearFraction(iso, endOfDay) {
    var parts = iso.split("-").map(Number);
    var start = Date.UTC(parts[0], 0, 1), next = Date.UTC(parts[0] + 1, 0, 1);
    var at = Date.UTC(parts[0], parts[1] - 1, parts[2] + (endOfDay ? 1 : 0));
    return parts[0] + (at - start) / (next - start);
  }

  function yearTicks(value) { return Number.isInteger(value) ? String(value) : ""; }

  function drawTimeline(data) {
    var box = document.getElementById("timeline-box");
    var projects = data.projects.slice(-MAX_BARS);  // the latest starts when there are too many to read
    if (!projects.length) { say(box, box.dataset.empty); return null; }
    if (data.projects.length > MAX_BARS) {
      box.insertAdjacentHTML("beforebegin", '<p class="note">The ' + MAX_BARS + " latest of " + data.projects.length + " projects.</p>");
    }
    box.style.height = Math.max(160, 26 * projects.length + 60) + "px";
    var spans = projects.map(function (p) { return [yearFraction(p.from, false), yearFraction(p.to, true)]; });
    var first = Math.floor(Math.min.apply(null, spans.map(function (s) { return s[0]; })));
    var last = Math.ceil(Math.max.apply(null, spans.map(function (s) { return s[1]; })));
    return new Chart(document.getElementById("timeline"), {
      type: "bar",
      data: {
        labels: projects.map(function (p) { return p.label; }),
        datasets: [{
          label: "project",
          data: spans,
          backgroundColor: projects.map(function (p) { return p.open ? "rgba(31,119,180,0.35)" : COLOURS.project; }),
          borderSkipped: false, barPercentage: 0.7,
        }],
      },
      options: {
        indexAxis: "y", responsive: true, maintainAspectRatio: false, animation: false,
        plugins: { legend: { display: false }, tooltip: { callbacks: { label: function (item) {
          var p = projects[item.dataIndex];
          return p.from + " – " + (p.open ? "end unknown" : p.to);
        } } } },
        scales: {
          x: { type: "linear", min: first, max: last, ticks: { stepSize: 1, callback: yearTicks } },
          y: { ticks: { callback: function (value) { return shorten(this.getLabelForValue(value)); } } },
        },
        onClick: function (event, bars) { if (bars.length) open(projects[bars[0].index].path); },
      },
    });
  }

  function shorten(text) { return text.length > 40 ? text.slice(0, 39) + "…" : text; }

  // ---- countries -------------------------------------------------------------------------
  function drawCountries(data) {
    var box = document.getElementById("countries-box");
    var rows = data.countries;
    if (!rows.length) { say(box, box.dataset.empty); return null; }
    box.style.height = Math.max(160, 24 * rows.length + 60) + "px";
    return new Chart(document.getElementById("countries"), {
      type: "bar",
      data: {
        labels: rows.map(function (c) { return c.label; }),
        datasets: [{ label: "organisations", data: rows.map(function (c) { return c.organisations; }),
                     backgroundColor: COLOURS.organisation }],
      },
      options: {
        indexAxis: "y", responsive: true, maintainAspectRatio: false, animation: false,
        plugins: { legend: { display: false } },
        scales: { x: { beginAtZero: true, ticks: { precision: 0 } } },
      },
    });
  }

  function picture(name, draw, key, boxId) {
    return getJson(name).then(function (data) { home[key] = draw(data); }, function (error) {
      console.warn(error);
      say(document.getElementById(boxId), "The " + key + " picture could not be loaded: " + error.message);
    });
  }

  Promise.all([
    picture("network", drawNetwork, "network", "network"),
    picture("timeline", drawTimeline, "timeline", "timeline-box"),
    picture("countries", drawCountries, "countries", "countries-box"),
  ]).then(function () { document.body.dataset.pictures = "ready"; });
})();
