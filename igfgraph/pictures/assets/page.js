"use strict";
// Draws the graph embedded as JSON in #graph-data with vis-network. All text
// reaches the page through textContent or canvas labels, never as HTML. Filters
// (legend groups, year, role, ...) are vis DataViews over the node and edge sets.
(function () {
  const data = JSON.parse(document.getElementById("graph-data").textContent);
  const COMMUNITY_COLOURS = [
    "#1b9e77", "#d95f02", "#7570b3", "#e7298a", "#66a61e",
    "#e6ab02", "#a6761d", "#1f78b4", "#b2df8a", "#fb9a99",
  ];
  const DIMMED = 0.15;
  const hiddenGroups = new Set();
  const chosen = new Map(); // facet key -> the one value a node must have

  function colour(background) {
    return {
      background: background,
      border: "#333333",
      highlight: { background: background, border: "#000000" },
      hover: { background: background, border: "#000000" },
    };
  }

  const facts = new Map(data.nodes.map((node) => [node.id, node]));
  const name = (node) => node.full || node.label; // labels may be cut; the name is whole
  const nodes = new vis.DataSet(
    data.nodes.map((node) => ({
      id: node.id,
      label: node.label,
      full: node.full || node.label,
      shape: node.shape || "dot",
      group_name: node.group,
      size: node.sizes[0],
      x: node.x,
      y: node.y,
      color: colour(node.color),
      borderWidth: node.broker ? 4 : 1,
      title: tipBox(node.full || node.label, node.info),
    })),
  );
  const edges = new vis.DataSet(
    data.edges.map((edge, index) => ({
      id: "e" + index,
      from: edge.from,
      to: edge.to,
      width: edge.width,
      title: tipBox(
        name(facts.get(edge.from)) + " \u2013 " + name(facts.get(edge.to)),
        edge.info,
      ),
    })),
  );

  function nodeShown(node) {
    if (hiddenGroups.has(node.group_name)) return false;
    const facets = facts.get(node.id).facets;
    for (const [key, value] of chosen) {
      if (!(facets[key] || []).includes(value)) return false;
    }
    return true;
  }
  let shownIds = new Set(nodes.getIds());
  const visibleNodes = new vis.DataView(nodes, { filter: nodeShown });
  const visibleEdges = new vis.DataView(edges, {
    filter: (edge) => shownIds.has(edge.from) && shownIds.has(edge.to),
  });
  const shown = document.getElementById("shown");
  function refresh() {
    shownIds = new Set(nodes.getIds({ filter: nodeShown }));
    visibleNodes.refresh();
    visibleEdges.refresh();
    shown.value = hiddenGroups.size || chosen.size
      ? "showing " + visibleNodes.length + " of " + nodes.length + " nodes"
      : "";
  }

  const large = !data.physics && data.nodes.length > 0;
  const network = new vis.Network(
    document.getElementById("network"),
    { nodes: visibleNodes, edges: visibleEdges },
    {
      nodes: { shape: "dot", font: { size: 14 } },
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
      interaction: {
        hover: !large,
        tooltipDelay: 150,
        hideEdgesOnDrag: large,
        hideEdgesOnZoom: large,
      },
    },
  );

  // Labels wider than their node may still cover each other once the forces settle:
  // push apart the pairs of nodes whose boxes (node and label) overlap, then hold them.
  const LABEL_GAP = 4;
  function labelBoxes() {
    const boxes = new Map();
    const positions = network.getPositions();
    for (const id of nodes.getIds()) {
      const box = network.getBoundingBox(id);
      const at = positions[id];
      boxes.set(id, { x: at.x, y: at.y, left: box.left - at.x, right: box.right - at.x,
        top: box.top - at.y, bottom: box.bottom - at.y });
    }
    return boxes;
  }
  function overlap(a, b) {
    const x = Math.min(a.x + a.right, b.x + b.right) - Math.max(a.x + a.left, b.x + b.left);
    const y = Math.min(a.y + a.bottom, b.y + b.bottom) - Math.max(a.y + a.top, b.y + b.top);
    return x > -LABEL_GAP && y > -LABEL_GAP ? [x + LABEL_GAP, y + LABEL_GAP] : null;
  }
  function spreadLabels() {
    const boxes = [...labelBoxes().entries()];
    for (let round = 0; round < 100; round++) {
      let moved = false;
      for (let i = 0; i < boxes.length; i++) {
        for (let j = i + 1; j < boxes.length; j++) {
          const a = boxes[i][1], b = boxes[j][1];
          const found = overlap(a, b);
          if (!found) continue;
          const [x, y] = found;
          if (y <= x) {
            const step = (y / 2) * (a.y <= b.y ? 1 : -1);
            a.y -= step;
            b.y += step;
          } else {
            const step = (x / 2) * (a.x <= b.x ? 1 : -1);
            a.x -= step;
            b.x += step;
          }
          moved = true;
        }
      }
      if (!moved) break;
    }
    network.setOptions({ physics: false });
    for (const [id, box] of boxes) network.moveNode(id, box.x, box.y);
    network.fit();
  }

  // Tests and users wait for this: the first drawing after the layout has settled.
  // Label sizes are known once drawn: spread the labels after the first drawing.
  let settled = !data.physics;
  let spread = false;
  network.once("stabilizationIterationsDone", () => {
    spread = true;
  });
  network.on("afterDrawing", function ready() {
    if (spread) {
      spread = false;
      spreadLabels();
      settled = true;
    } else if (settled && data.centre !== null && !document.body.dataset.centred) {
      document.body.dataset.centred = "true";
      centre();
    } else if (settled) {
      document.body.dataset.ready = "true";
      network.off("afterDrawing", ready);
    }
  });

  // An ego picture: the person in the middle, every circle in view, also after a resize.
  let centring = false;
  function centre() {
    centring = true;
    network.setSize(); // the header may have changed the canvas's size since vis measured it
    centring = false;
    const middle = network.getPosition(data.centre);
    const reach = Math.max(
      1,
      ...Object.values(network.getPositions()).map((xy) =>
        Math.hypot(xy.x - middle.x, xy.y - middle.y),
      ),
    );
    const box = document.querySelector("#network canvas").getBoundingClientRect();
    network.moveTo({ position: middle, scale: Math.min(box.width, box.height) / (2 * reach + 120) });
  }
  network.on("resize", () => {
    if (document.body.dataset.centred && !centring) centre();
  });

  // Search: select and focus the best match among the nodes shown.
  const search = document.getElementById("search");
  const status = document.getElementById("search-status");
  function find(text) {
    const query = text.trim().toLocaleLowerCase();
    const matches = query
      ? visibleNodes.get({ filter: (node) => node.full.toLocaleLowerCase().includes(query) })
      : [];
    if (matches.length === 0) {
      network.unselectAll();
      status.value = query ? "no match" : "";
      return;
    }
    const best = matches.find((node) => node.full.toLocaleLowerCase() === query) || matches[0];
    network.selectNodes([best.id]);
    network.focus(best.id, { scale: Math.max(network.getScale(), 1), animation: { duration: 400 } });
    status.value = matches.length === 1 ? "1 match" : matches.length + " matches";
  }
  search.addEventListener("input", () => find(search.value));
  document.getElementById("search-form").addEventListener("submit", (event) => {
    event.preventDefault();
    find(search.value);
  });

  // Filters: legend buttons for stakeholder groups, one select per facet.
  for (const button of document.querySelectorAll("#legend button")) {
    button.addEventListener("click", () => {
      const group = button.dataset.group;
      const shownBefore = hiddenGroups.has(group);
      if (shownBefore) {
        hiddenGroups.delete(group);
      } else {
        hiddenGroups.add(group);
      }
      button.setAttribute("aria-pressed", String(shownBefore));
      refresh();
    });
  }
  function select(id, label, options) {
    const wrapper = document.createElement("label");
    wrapper.textContent = label + " ";
    const element = document.createElement("select");
    element.id = id;
    for (const [value, text] of options) {
      const option = document.createElement("option");
      option.value = value;
      option.textContent = text;
      element.append(option);
    }
    wrapper.append(element);
    return [wrapper, element];
  }
  const filters = document.getElementById("filters");
  for (const facet of data.filters) {
    const options = [["", "all"]].concat(facet.values.map((value) => [value, value]));
    const [wrapper, element] = select("filter-" + facet.key, facet.label, options);
    element.addEventListener("change", () => {
      if (element.value) {
        chosen.set(facet.key, element.value);
      } else {
        chosen.delete(facet.key);
      }
      refresh();
    });
    filters.append(wrapper);
  }

  // Size by a metric, colour by stakeholder group or community.
  const sizeBy = document.getElementById("size-by");
  data.metrics.forEach(([name, text], index) => {
    const option = document.createElement("option");
    option.value = String(index);
    option.textContent = text;
    sizeBy.append(option);
  });
  sizeBy.addEventListener("change", () => {
    const index = Number(sizeBy.value);
    nodes.update(data.nodes.map((node) => ({ id: node.id, size: node.sizes[index] })));
  });
  const colourBy = document.getElementById("colour-by");
  colourBy.addEventListener("change", () => {
    nodes.update(
      data.nodes.map((node) => ({
        id: node.id,
        color: colour(
          colourBy.value === "community"
            ? COMMUNITY_COLOURS[node.community % COMMUNITY_COLOURS.length]
            : node.color,
        ),
      })),
    );
  });

  // Click a node: its neighbourhood stays, the rest fades; click the background to undo.
  function highlight(id) {
    const keep = id === null ? null : new Set([id].concat(network.getConnectedNodes(id)));
    nodes.update(
      nodes.getIds().map((other) => ({
        id: other,
        opacity: keep === null || keep.has(other) ? 1 : DIMMED,
        font: { color: keep === null || keep.has(other) ? "#222222" : "rgba(0,0,0,0.15)" },
      })),
    );
    const touching = id === null ? null : new Set(network.getConnectedEdges(id));
    edges.update(
      edges.getIds().map((edge) => ({
        id: edge,
        color: { opacity: touching === null || touching.has(edge) ? 1 : DIMMED },
      })),
    );
    document.body.dataset.highlighted = id === null ? "" : id;
  }
  network.on("click", (event) => highlight(event.nodes.length ? event.nodes[0] : null));

  window.network = network;
  window.nodes = nodes;
  window.edges = edges;
  window.highlight = highlight;
})();
