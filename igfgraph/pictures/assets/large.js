"use strict";
// Draws the large graph embedded as JSON in #graph-data with sigma.js (WebGL) over a
// graphology graph. Positions are computed in Python; the page opens on the backbone
// (each node's strongest tie and the maximum spanning forest), a click on a node shows
// all of its ties; or on the communities, one node each, a click putting a community's
// members in its place. All text reaches the page through textContent or WebGL labels.
(function () {
  const data = JSON.parse(document.getElementById("graph-data").textContent);
  const DIMMED_NODE = "#e4e4e4";
  const DIMMED_EDGE = "#f0f0f0";
  const EDGE_COLOUR = "#c4c8cc";
  const count = data.ids.length;
  const graph = new graphology.Graph({ type: data.directed ? "directed" : "undirected" });
  const labelled = new Set(data.labelled);
  const squares = new Set(data.squares);
  let sizeIndex = 0;
  let colourBy = "community";
  let selected = null; // the clicked node's id
  let neighbours = new Set();
  let allTies = false;
  const hiddenGroups = new Set();

  function nodeColour(index) {
    if (colourBy === "group") return data.group_colours[data.groups[index]];
    return data.community_colours[String(data.communities[index])] || data.small_community_colour;
  }
  for (let i = 0; i < count; i += 1) {
    graph.addNode(data.ids[i], {
      index: i,
      x: data.x[i],
      y: data.y[i],
      size: data.sizes[0][i],
      label: data.labels[i],
      color: nodeColour(i),
      type: squares.has(i) ? "square" : "circle",
      forceLabel: labelled.has(i),
      zIndex: labelled.has(i) ? 1 : 0,
    });
  }
  // The communities view: a graph of its own, one node per community; expand() puts a
  // community's members and their ties in its place.
  const COMMUNITY = "community\u0000";
  const collapsed = data.collapsed;
  const membersOf = new Map();
  data.communities.forEach((number, i) => {
    if (!membersOf.has(number)) membersOf.set(number, []);
    membersOf.get(number).push(data.ids[i]);
  });
  function communityGraph() {
    const overview = new graphology.Graph({ type: "undirected" });
    collapsed.numbers.forEach((number, k) => {
      overview.addNode(COMMUNITY + number, {
        community: number,
        members: collapsed.members[k],
        x: collapsed.x[k],
        y: collapsed.y[k],
        size: collapsed.sizes[k],
        label: collapsed.heads[k] + " and " + (collapsed.members[k] - 1).toLocaleString("en") +
          " more",
        color: data.community_colours[String(number)] || data.small_community_colour,
        forceLabel: k < data.labelled.length,
      });
    });
    const ties = collapsed.ties;
    for (let t = 0; t < ties.length; t += 3) {
      overview.addEdgeWithKey("c" + t / 3, COMMUNITY + collapsed.numbers[ties[t]],
        COMMUNITY + collapsed.numbers[ties[t + 1]],
        { size: ties[t + 2], backbone: true, color: EDGE_COLOUR });
    }
    return overview;
  }
  let overview = communityGraph();
  let current = data.view === "communities" ? overview : graph; // the graph drawn

  const edges = data.edges;
  for (let e = 0; e < edges.length; e += 4) {
    graph.addEdgeWithKey("e" + e / 4, data.ids[edges[e]], data.ids[edges[e + 1]], {
      index: e / 4,
      size: edges[e + 2],
      backbone: edges[e + 3] === 1,
      color: EDGE_COLOUR,
    });
  }

  function nodeReducer(node, attrs) {
    const shown = { ...attrs };
    if (hiddenGroups.has(data.groups[attrs.index])) {
      shown.hidden = true;
      return shown;
    }
    if (selected !== null && node !== selected && !neighbours.has(node)) {
      shown.color = DIMMED_NODE;
      shown.forceLabel = false;
      shown.label = "";
      shown.zIndex = 0;
    } else if (selected !== null) {
      shown.forceLabel = true;
      shown.zIndex = 2;
      if (node === selected) shown.highlighted = true;
    }
    return shown;
  }
  function edgeReducer(edge, attrs) {
    const shown = { ...attrs };
    const [source, target] = current.extremities(edge);
    if (hiddenGroups.has(data.groups[current.getNodeAttribute(source, "index")]) ||
        hiddenGroups.has(data.groups[current.getNodeAttribute(target, "index")])) {
      shown.hidden = true;
      return shown;
    }
    if (selected !== null) {
      const touching = source === selected || target === selected;
      shown.hidden = !touching && !(attrs.backbone || allTies);
      shown.color = touching ? "#555555" : DIMMED_EDGE;
      shown.zIndex = touching ? 1 : 0;
    } else {
      shown.hidden = !(attrs.backbone || allTies);
    }
    return shown;
  }

  // Squares (organisations, sessions): sigma's point program filled to its corners.
  class NodeSquareProgram extends Sigma.rendering.NodePointProgram {
    getDefinition() {
      const fill = "precision mediump float;\nvarying vec4 v_color;\n" +
        "void main(void) { gl_FragColor = v_color; }\n";
      return { ...super.getDefinition(), FRAGMENT_SHADER_SOURCE: fill };
    }
  }

  const container = document.getElementById("network");
  const renderer = new Sigma(current, container, {
    nodeReducer: nodeReducer,
    edgeReducer: edgeReducer,
    zIndex: true,
    nodeProgramClasses: { square: NodeSquareProgram },
    labelRenderedSizeThreshold: 9,
    labelDensity: 0.5,
    labelFont: "system-ui, sans-serif",
    labelSize: 13,
    defaultEdgeColor: EDGE_COLOUR,
    hideEdgesOnMove: true,
    minCameraRatio: 0.02,
    maxCameraRatio: 4,
  });

  // Tests and users wait for this: the first drawing (the constructor drew already).
  renderer.once("afterRender", () => {
    document.body.dataset.ready = "true";
  });
  renderer.refresh();

  // Tooltip on hover, from the node's info, as text.
  const tip = document.getElementById("tip");
  function showTip(heading, info, event) {
    tip.replaceChildren(tipBox(heading, info));
    tip.style.left = event.x + 12 + "px";
    tip.style.top = event.y + 12 + "px";
    tip.style.visibility = "visible";
  }
  renderer.on("enterNode", ({ node, event }) => {
    const attrs = current.getNodeAttributes(node);
    if (attrs.index === undefined) {
      showTip(attrs.label, [["Members", [attrs.members.toLocaleString("en")]]], event);
    } else {
      showTip(data.labels[attrs.index], data.info[attrs.index], event);
    }
  });
  renderer.on("leaveNode", () => {
    tip.style.visibility = "hidden";
  });

  // Click a node: all its ties and its neighbourhood; the background: the backbone.
  function highlight(id) {
    selected = id;
    neighbours = id === null ? new Set() : new Set(graph.neighbors(id));
    document.body.dataset.highlighted = id === null ? "" : id;
    renderer.refresh();
  }
  function expand(number) {
    const key = COMMUNITY + number;
    if (current !== overview || !overview.hasNode(key)) return;
    overview.dropNode(key);
    const ids = membersOf.get(number);
    for (const id of ids) overview.addNode(id, { ...graph.getNodeAttributes(id) });
    for (const id of ids) {
      graph.forEachEdge(id, (edge, attrs, source, target) => {
        if (overview.hasNode(source) && overview.hasNode(target) && !overview.hasEdge(edge)) {
          overview.addEdgeWithKey(edge, source, target, { ...attrs });
        }
      });
    }
    renderer.refresh();
  }
  function showView(view) {
    highlight(null);
    overview = communityGraph();
    current = view === "communities" ? overview : graph;
    document.body.dataset.view = view;
    renderer.setGraph(current);
  }
  document.body.dataset.view = data.view;
  renderer.on("clickNode", ({ node }) => {
    const number = current.getNodeAttribute(node, "community");
    if (node === COMMUNITY + number) expand(number);
    else highlight(node);
  });
  renderer.on("clickStage", () => highlight(null));

  function focus(id) {
    const shown = renderer.getNodeDisplayData(id);
    renderer.getCamera().animate(
      { x: shown.x, y: shown.y, ratio: Math.min(renderer.getCamera().ratio, 0.25) },
      { duration: 400 },
    );
  }

  // Search: highlight and focus the best match among the nodes shown.
  const search = document.getElementById("search");
  const status = document.getElementById("search-status");
  const lowered = data.labels.map((label) => label.toLocaleLowerCase());
  function find(text) {
    const query = text.trim().toLocaleLowerCase();
    const matches = [];
    if (query) {
      for (let i = 0; i < count; i += 1) {
        if (lowered[i].includes(query) && !hiddenGroups.has(data.groups[i])) matches.push(i);
      }
    }
    if (matches.length === 0) {
      status.value = query ? "no match" : "";
      if (selected !== null) highlight(null);
      return;
    }
    const best = matches.find((i) => lowered[i] === query) ?? matches[0];
    if (current === overview) expand(data.communities[best]);
    highlight(data.ids[best]);
    focus(data.ids[best]);
    status.value = matches.length === 1 ? "1 match" : matches.length + " matches";
  }
  search.addEventListener("input", () => find(search.value));
  document.getElementById("search-form").addEventListener("submit", (event) => {
    event.preventDefault();
    find(search.value);
  });

  // Size by a metric; colour by community or stakeholder group; all ties or the backbone.
  const sizeBy = document.getElementById("size-by");
  data.metrics.forEach(([, text], index) => {
    const option = document.createElement("option");
    option.value = String(index);
    option.textContent = text;
    sizeBy.append(option);
  });
  sizeBy.addEventListener("change", () => {
    sizeIndex = Number(sizeBy.value);
    for (const shown of new Set([graph, current])) {
      shown.updateEachNodeAttributes((node, attrs) => attrs.index === undefined ? attrs : {
        ...attrs,
        size: data.sizes[sizeIndex][attrs.index],
      });
    }
  });
  const legend = document.getElementById("legend");
  for (const [community, members, head] of data.community_legend) {
    const item = document.createElement("li");
    const swatch = document.createElement("span");
    swatch.className = "swatch";
    swatch.style.background = data.community_colours[String(community)];
    item.append(swatch, head + " and " + (members - 1).toLocaleString("en") + " more");
    legend.append(item);
  }
  const groupLegend = document.getElementById("group-legend");
  document.getElementById("colour-by").addEventListener("change", (event) => {
    colourBy = event.target.value;
    legend.hidden = colourBy !== "community";
    groupLegend.hidden = colourBy !== "group";
    for (const shown of new Set([graph, current])) {
      shown.updateEachNodeAttributes((node, attrs) => attrs.index === undefined ? attrs : {
        ...attrs,
        color: nodeColour(attrs.index),
      });
    }
  });
  const shown = document.getElementById("shown");
  for (const button of groupLegend.querySelectorAll("button")) {
    button.addEventListener("click", () => {
      const group = button.dataset.group;
      const wasHidden = hiddenGroups.has(group);
      if (wasHidden) hiddenGroups.delete(group);
      else hiddenGroups.add(group);
      button.setAttribute("aria-pressed", String(wasHidden));
      const visible = data.groups.filter((name) => !hiddenGroups.has(name)).length;
      shown.value = hiddenGroups.size ? "showing " + visible + " of " + count + " nodes" : "";
      renderer.refresh();
    });
  }
  const viewSelect = document.getElementById("view");
  viewSelect.value = data.view;
  viewSelect.addEventListener("change", () => showView(viewSelect.value));
  document.getElementById("all-ties").addEventListener("change", (event) => {
    allTies = event.target.checked;
    renderer.refresh();
  });

  window.renderer = renderer;
  window.graph = graph;
  window.highlight = highlight;
  window.expand = expand;
  window.shownGraph = () => current;
})();
