/* kgnews graph page. Data comes from inert JSON; every string from it reaches the DOM through
   textContent (never innerHTML) or the canvas, so nothing from an article can run. */
(function () {
  "use strict";
  var FOCUS_LIMIT = 400, RESULT_LIMIT = 20, EVIDENCE_IN_TOOLTIP = 3, RELATIONS_IN_PANEL = 200;
  var data = JSON.parse(document.getElementById("kg-data").textContent);
  var nodes = data.nodes, edges = data.edges, sentences = data.sentences;
  var types = {}, hiddenTypes = {}, incident = nodes.map(function () { return []; });
  data.types.forEach(function (t) { types[t.key] = t; });
  edges.forEach(function (e, k) {
    incident[e.from].push(k);
    if (e.to !== e.from) incident[e.to].push(k);
  });

  function $(id) { return document.getElementById(id); }
  function el(tag, text, cls) {
    var node = document.createElement(tag);
    if (text !== undefined && text !== null) node.textContent = String(text);
    if (cls) node.className = cls;
    return node;
  }
  function fold(text) {
    return String(text).replace(/đ/g, "d").replace(/Đ/g, "D").normalize("NFD")
      .replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/\s+/g, " ").trim();
  }
  function typeName(key) { return types[key] ? types[key].name : key; }
  function relationName(rel) {
    return data.relations[rel] ? rel + " (" + data.relations[rel] + ")" : rel;
  }
  function short(text, size) { return text.length > size ? text.slice(0, size - 1) + "…" : text; }
  function other(e, i) { return e.from === i ? e.to : e.from; }

  /* ---- the drawn view ---- */
  var visNodes = new vis.DataSet(), visEdges = new vis.DataSet();
  var view = { kind: "overview", centre: null, members: {} };
  var network = new vis.Network($("kg-network"), { nodes: visNodes, edges: visEdges }, {
    autoResize: true,
    physics: false,
    layout: { improvedLayout: false },
    interaction: { hover: true, hideEdgesOnDrag: true, keyboard: false, multiselect: false },
    nodes: {
      borderWidth: 1,
      font: { size: 14, face: "system-ui, 'Noto Sans', 'DejaVu Sans', sans-serif", strokeWidth: 3, strokeColor: "#ffffff" },
      scaling: { min: 8, max: 34, label: { enabled: false } }
    },
    edges: {
      arrows: { to: { enabled: true, scaleFactor: 0.5 } },
      color: { color: "#a0a8b0", highlight: "#333333", hover: "#333333" },
      font: { size: 10, align: "horizontal", color: "#555555", strokeWidth: 3, strokeColor: "#ffffff" },
      smooth: false, width: 1, selectionWidth: 2
    }
  });

  function visNode(i, x, y) {
    var n = nodes[i], t = types[n.type] || { color: "#bab0ac", shape: "dot" };
    return {
      id: i, label: short(n.label, 48), shape: t.shape, value: n.degree + 1, x: x, y: y,
      color: { background: t.color, border: "#444444", highlight: { background: t.color, border: "#000000" } },
      hidden: !!hiddenTypes[n.type]
    };
  }

  function show(kind, centre, placed) {
    var members = {}, items = [], links = [], parallel = {};
    placed.forEach(function (p) { members[p[0]] = true; items.push(visNode(p[0], p[1], p[2])); });
    edges.forEach(function (e, k) {
      if (!members[e.from] || !members[e.to]) return;
      var pair = Math.min(e.from, e.to) + ":" + Math.max(e.from, e.to), seen = parallel[pair] || 0;
      parallel[pair] = seen + 1;
      links.push({
        id: k, from: e.from, to: e.to, label: e.relation,
        smooth: seen ? { enabled: true, type: seen % 2 ? "curvedCW" : "curvedCCW", roundness: 0.15 * Math.ceil(seen / 2) } : false
      });
    });
    view = { kind: kind, centre: centre, members: members, truncated: false };
    hideTooltip();
    visEdges.clear(); visNodes.clear();
    visNodes.add(items); visEdges.add(links);
    network.setOptions({ interaction: { hideEdgesOnZoom: links.length > 1500 } });
    network.fit({ animation: false });
    updateStats();
  }

  function showOverview() {
    show("overview", null, data.overview.map(function (i) { return [i, nodes[i].x, nodes[i].y]; }));
  }

  /* Breadth-first around `centre`, best connected first, then rings by distance (no physics needed). */
  function showFocus(centre, hops) {
    var depth = {}, parent = {}, order = [centre], rings = [[centre]];
    depth[centre] = 0;
    for (var d = 0; d < hops && order.length < FOCUS_LIMIT; d++) {
      var next = [];
      rings[d].forEach(function (i) {
        var around = incident[i].map(function (k) { return other(edges[k], i); });
        around.sort(function (a, b) { return nodes[b].degree - nodes[a].degree || a - b; });
        around.forEach(function (j) {
          if (depth[j] !== undefined || order.length >= FOCUS_LIMIT) return;
          depth[j] = d + 1; parent[j] = i; order.push(j); next.push(j);
        });
      });
      if (!next.length) break;
      rings.push(next);
    }
    var angle = {}, placed = [[centre, 0, 0]], radius = 0;
    angle[centre] = 0;
    rings.slice(1).forEach(function (ring) {
      ring.sort(function (a, b) {
        return angle[parent[a]] - angle[parent[b]] || (nodes[a].type < nodes[b].type ? -1 : nodes[a].type > nodes[b].type ? 1 : a - b);
      });
      radius += 230;
      for (var done = 0, sub = 0; done < ring.length; sub++) {  /* a crowded hop level wraps onto more circles */
        var part = ring.slice(done, done + Math.max(8, Math.floor(2 * Math.PI * radius / 46)));
        part.forEach(function (j, n) {
          angle[j] = 2 * Math.PI * (n + (sub % 2) / 2) / part.length;
          placed.push([j, Math.round(radius * Math.cos(angle[j])), Math.round(radius * Math.sin(angle[j]))]);
        });
        done += part.length;
        if (done < ring.length) radius += 100;
      }
    });
    show("focus", centre, placed);
    view.truncated = order.length >= FOCUS_LIMIT;
    updateStats();
  }

  function updateStats() {
    var stats = $("kg-stats"), shown = visNodes.length;
    stats.dataset.totalNodes = String(nodes.length);
    stats.dataset.shownNodes = String(shown);
    stats.dataset.view = view.kind;
    var text = "Hiển thị " + shown + "/" + nodes.length + " nút, " + visEdges.length + "/" + edges.length + " cạnh";
    if (view.kind === "focus") {
      text += " — lân cận của “" + nodes[view.centre].label + "”";
      if (view.truncated) text += " (chỉ " + FOCUS_LIMIT + " nút gần nhất, nhiều liên kết nhất)";
    } else if (shown < nodes.length) {
      text += " — " + shown + " nút nhiều liên kết nhất; tìm kiếm hoặc bấm đúp một nút để xem phần còn lại";
    }
    if (!nodes.length) text = "Đồ thị trống: chưa có thực thể nào.";
    stats.textContent = text;
  }

  /* ---- selection, details and tooltips ---- */
  function select(i) {
    var n = nodes[i];
    if (hiddenTypes[n.type]) setTypeShown(n.type, true);
    if (!view.members[i]) showFocus(i, Number($("kg-hops").value));
    network.selectNodes([i]);
    network.focus(i, { scale: Math.max(network.getScale(), 1), animation: false });
    showDetails(i);
  }

  function evidenceItems(k, limit) {
    return edges[k].evidence.slice(0, limit).map(function (ev) { return [sentences[ev[0]], ev[1]]; });
  }

  function section(parent, title, values) {
    if (!values.length) return;
    parent.appendChild(el("h3", title));
    parent.appendChild(el("p", values.join(" · ")));
  }

  function showDetails(i) {
    var n = nodes[i], panel = $("kg-details");
    panel.replaceChildren();
    panel.dataset.node = n.id;
    panel.appendChild(el("h2", n.label));
    panel.appendChild(el("p", typeName(n.type), "kg-muted"));
    section(panel, "Tên khác", n.aliases);
    section(panel, "Chức vụ", n.posts);
    section(panel, "Ngày", n.dates);
    section(panel, "Bài báo (" + n.articles.length + ")", n.articles.slice(0, 12));
    var focus = el("button", "Xem lân cận");
    focus.type = "button";
    focus.addEventListener("click", function () { showFocus(i, Number($("kg-hops").value)); network.selectNodes([i]); });
    panel.appendChild(focus);
    var links = incident[i];
    panel.appendChild(el("h3", "Quan hệ (" + links.length + ")"));
    var list = el("ul");
    links.slice(0, RELATIONS_IN_PANEL).forEach(function (k) {
      var e = edges[k], item = el("li");
      var arrow = e.from === i ? "→ " : "← ";
      item.appendChild(el("span", arrow + relationName(e.relation) + " " + nodes[other(e, i)].label));
      evidenceItems(k, 5).forEach(function (ev) {
        if (ev[0]) item.appendChild(el("span", "“" + ev[0] + "”", "kg-evidence"));
        if (ev[1]) item.appendChild(el("span", ev[1], "kg-source"));
      });
      list.appendChild(item);
    });
    if (links.length > RELATIONS_IN_PANEL) list.appendChild(el("li", "… và " + (links.length - RELATIONS_IN_PANEL) + " quan hệ khác", "kg-muted"));
    panel.appendChild(list);
  }

  function clearDetails() {
    var panel = $("kg-details");
    panel.replaceChildren(el("p", "Chọn một nút để xem chi tiết và câu dẫn chứng.", "kg-hint"));
    delete panel.dataset.node;
  }

  function nodeTooltip(i) {
    var n = nodes[i], box = [el("b", n.label), el("p", typeName(n.type), "kg-muted")];
    if (n.posts.length) box.push(el("p", "Chức vụ: " + n.posts.slice(0, 3).join("; ")));
    if (n.dates.length) box.push(el("p", "Ngày: " + n.dates.join(", ")));
    if (n.articles.length) box.push(el("p", "Bài báo: " + n.articles.length, "kg-muted"));
    var shown = 0;
    incident[i].forEach(function (k) {
      evidenceItems(k, EVIDENCE_IN_TOOLTIP).forEach(function (ev) {
        if (ev[0] && shown++ < EVIDENCE_IN_TOOLTIP) box.push(el("p", "“" + short(ev[0], 240) + "”", "kg-evidence"));
      });
    });
    return box;
  }

  function edgeTooltip(k) {
    var e = edges[k], box = [el("b", relationName(e.relation)), el("p", nodes[e.from].label + " → " + nodes[e.to].label)];
    evidenceItems(k, EVIDENCE_IN_TOOLTIP).forEach(function (ev) {
      if (ev[0]) box.push(el("p", "“" + short(ev[0], 240) + "”", "kg-evidence"));
      if (ev[1]) box.push(el("p", ev[1], "kg-source"));
    });
    return box;
  }

  function showTooltip(children, pointer) {
    var tip = $("kg-tooltip"), area = $("kg-network").getBoundingClientRect();
    tip.replaceChildren.apply(tip, children);
    tip.hidden = false;
    tip.style.left = Math.min(area.left + pointer.x + 14, window.innerWidth - tip.offsetWidth - 4) + "px";
    tip.style.top = Math.min(area.top + pointer.y + 14, window.innerHeight - tip.offsetHeight - 4) + "px";
  }
  function hideTooltip() { $("kg-tooltip").hidden = true; }

  network.on("hoverNode", function (p) { showTooltip(nodeTooltip(p.node), p.pointer.DOM); });
  network.on("hoverEdge", function (p) { showTooltip(edgeTooltip(p.edge), p.pointer.DOM); });
  network.on("blurNode", hideTooltip);
  network.on("blurEdge", hideTooltip);
  network.on("dragStart", hideTooltip);
  network.on("zoom", hideTooltip);
  network.on("selectNode", function (p) { showDetails(p.nodes[0]); });
  network.on("deselectNode", function (p) { if (!p.nodes.length) clearDetails(); });
  network.on("doubleClick", function (p) { if (p.nodes.length) select(p.nodes[0]); });

  /* ---- search ---- */
  var names = nodes.map(function (n) { return [n.label].concat(n.aliases).map(fold); });
  var results = [], active = 0;

  function search(query) {
    var q = fold(query), found = [];
    if (!q) return found;
    names.forEach(function (list, i) {
      var best = 9;
      list.forEach(function (name, a) {
        var rank = name === q ? 0 : name.indexOf(q) === 0 ? 1 : (" " + name).indexOf(" " + q) >= 0 ? 2 : name.indexOf(q) >= 0 ? 3 : 9;
        if (rank < 9) best = Math.min(best, rank + (a ? 0.5 : 0));
      });
      if (best < 9) found.push([best, i]);
    });
    found.sort(function (a, b) {
      return a[0] - b[0] || nodes[b[1]].degree - nodes[a[1]].degree || nodes[a[1]].label.length - nodes[b[1]].label.length || a[1] - b[1];
    });
    return found.slice(0, RESULT_LIMIT).map(function (f) { return f[1]; });
  }

  function renderResults() {
    var list = $("kg-results");
    list.replaceChildren();
    results.forEach(function (i, n) {
      var item = el("li", nodes[i].label);
      item.setAttribute("role", "option");
      item.setAttribute("aria-selected", n === active ? "true" : "false");
      item.appendChild(el("span", typeName(nodes[i].type), "kg-type"));
      item.addEventListener("mousedown", function (ev) { ev.preventDefault(); choose(i); });
      list.appendChild(item);
    });
    list.hidden = !results.length;
  }

  function choose(i) {
    results = []; renderResults();
    $("kg-search").value = nodes[i].label;
    select(i);
  }

  $("kg-search").addEventListener("input", function (ev) { results = search(ev.target.value); active = 0; renderResults(); });
  $("kg-search").addEventListener("blur", function () { results = []; renderResults(); });
  $("kg-search").addEventListener("keydown", function (ev) {
    if (ev.key === "ArrowDown" || ev.key === "ArrowUp") {
      ev.preventDefault();
      active = (active + (ev.key === "ArrowDown" ? 1 : results.length - 1)) % Math.max(results.length, 1);
      renderResults();
    } else if (ev.key === "Enter") {
      var picked = results.length ? results[active] : search(ev.target.value)[0];
      if (picked !== undefined) choose(picked);
    } else if (ev.key === "Escape") {
      results = []; renderResults();
    }
  });

  /* ---- type filters ---- */
  function setTypeShown(key, shown) {
    hiddenTypes[key] = !shown;
    var box = document.querySelector('#kg-legend input[data-type="' + CSS.escape(key) + '"]');
    if (box) box.checked = shown;
    visNodes.update(visNodes.getIds().filter(function (i) { return nodes[i].type === key; })
      .map(function (i) { return { id: i, hidden: !shown }; }));
  }

  var counts = {};
  nodes.forEach(function (n) { counts[n.type] = (counts[n.type] || 0) + 1; });
  data.types.forEach(function (t) {
    var label = el("label"), box = el("input"), swatch = el("span", null, "kg-swatch " + t.shape);
    box.type = "checkbox"; box.checked = true; box.dataset.type = t.key;
    box.addEventListener("change", function () { setTypeShown(t.key, box.checked); });
    swatch.style.background = t.color;
    label.append(box, swatch, el("span", t.name + " (" + (counts[t.key] || 0) + ")"));
    $("kg-legend").appendChild(label);
  });

  $("kg-overview").addEventListener("click", function () { showOverview(); clearDetails(); });

  showOverview();
  if (typeof data.start === "number") select(data.start);
  window.kgnews = { network: network, data: data, search: search, select: select, focus: showFocus, overview: showOverview };
  document.documentElement.dataset.ready = "true";
})();
