"use strict";
// Draws the graph embedded as JSON in #graph-data with vis-network. All text
// reaches the page through textContent or canvas labels, never as HTML.
(function () {
  const data = JSON.parse(document.getElementById("graph-data").textContent);
  const hiddenGroups = new Set();

  function tooltip(heading, info) {
    const box = document.createElement("div");
    const title = document.createElement("strong");
    title.textContent = heading;
    box.append(title);
    for (const [name, values] of info) {
      const field = document.createElement("div");
      const label = document.createElement("span");
      label.className = "tip-label";
      label.textContent = name + ": ";
      field.append(label);
      if (values.length === 1) {
        field.append(values[0]);
      } else {
        const list = document.createElement("ul");
        for (const value of values) {
          const item = document.createElement("li");
          item.textContent = value;
          list.append(item);
        }
        field.append(list);
      }
      box.append(field);
    }
    return box;
  }

  const labels = new Map(data.nodes.map((node) => [node.id, node.label]));
  const nodes = new vis.DataSet(
    data.nodes.map((node) => ({
      id: node.id,
      label: node.label,
      group_name: node.group,
      size: node.size,
      x: node.x,
      y: node.y,
      color: {
        background: node.color,
        border: "#333333",
        highlight: { background: node.color, border: "#000000" },
        hover: { background: node.color, border: "#000000" },
      },
      title: tooltip(node.label, node.info),
    })),
  );
  const edges = new vis.DataSet(
    data.edges.map((edge, index) => ({
      id: "e" + index,
      from: edge.from,
      to: edge.to,
      width: edge.width,
      title: tooltip(labels.get(edge.from) + " \u2013 " + labels.get(edge.to), edge.info),
    })),
  );
  const visibleNodes = new vis.DataView(nodes, {
    filter: (node) => !hiddenGroups.has(node.group_name),
  });

  const network = new vis.Network(
    document.getElementById("network"),
    { nodes: visibleNodes, edges: edges },
    {
      nodes: { shape: "dot", borderWidth: 1, font: { size: 14 } },
      edges: {
        color: { color: "#a0a4a8", highlight: "#333333", hover: "#555555", inherit: false },
        smooth: data.physics ? { type: "continuous" } : false,
        arrows: { to: { enabled: data.directed } },
      },
      physics: data.physics
        ? {
            solver: "forceAtlas2Based",
            forceAtlas2Based: { gravitationalConstant: -120, springLength: 140, avoidOverlap: 0.6 },
            stabilization: { iterations: 400 },
          }
        : false,
      layout: { randomSeed: 42, improvedLayout: false },
      interaction: { hover: true, tooltipDelay: 150, hideEdgesOnDrag: !data.physics },
    },
  );

  // Tests and users wait for this: the first drawing after the layout has settled.
  let settled = !data.physics;
  network.once("stabilizationIterationsDone", () => {
    settled = true;
  });
  network.on("afterDrawing", function ready() {
    if (settled) {
      document.body.dataset.ready = "true";
      network.off("afterDrawing", ready);
    }
  });

  const search = document.getElementById("search");
  const status = document.getElementById("search-status");
  function find(text) {
    const query = text.trim().toLocaleLowerCase();
    const matches = query
      ? visibleNodes.get({ filter: (node) => node.label.toLocaleLowerCase().includes(query) })
      : [];
    if (matches.length === 0) {
      network.unselectAll();
      status.value = query ? "no match" : "";
      return;
    }
    const best = matches.find((node) => node.label.toLocaleLowerCase() === query) || matches[0];
    network.selectNodes([best.id]);
    network.focus(best.id, { scale: Math.max(network.getScale(), 1), animation: { duration: 400 } });
    status.value = matches.length === 1 ? "1 match" : matches.length + " matches";
  }
  search.addEventListener("input", () => find(search.value));
  document.getElementById("search-form").addEventListener("submit", (event) => {
    event.preventDefault();
    find(search.value);
  });

  for (const button of document.querySelectorAll("#legend button")) {
    button.addEventListener("click", () => {
      const group = button.dataset.group;
      const shown = hiddenGroups.has(group);
      if (shown) {
        hiddenGroups.delete(group);
      } else {
        hiddenGroups.add(group);
      }
      button.setAttribute("aria-pressed", String(shown));
      visibleNodes.refresh();
    });
  }

  window.network = network;
  window.nodes = nodes;
  window.edges = edges;
})();
