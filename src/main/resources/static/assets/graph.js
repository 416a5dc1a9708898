// The graph view: Cytoscape.js draws the neighbourhoods the API answers as {nodes, edges}; choosing a node adds
// its own neighbourhood. A plain list of the same nodes makes the graph usable from the keyboard and readable by
// screen readers.

import { el, goldsteinColour, humanize } from './scale.js';

const KINDS = ['Event', 'Actor', 'Measure', 'Place', 'Topic', 'Observation', 'Source', 'Claim'];

const STYLE = [
  { selector: 'node', style: {
    'background-color': '#8a94a6', label: 'data(label)', 'font-size': 9, 'text-wrap': 'ellipsis', 'text-max-width': 110,
    'text-valign': 'bottom', 'text-margin-y': 3, color: '#1d2433', width: 22, height: 22, 'min-zoomed-font-size': 6,
    'text-background-color': '#fbfcfd', 'text-background-opacity': 0.7, 'text-background-padding': 1,
    'border-width': 1, 'border-color': '#ffffff',
  } },
  { selector: 'node[kind = "Actor"]', style: { 'background-color': '#6a3d9a', shape: 'ellipse', width: 28, height: 28 } },
  { selector: 'node[kind = "Event"]', style: { 'background-color': 'data(colour)', shape: 'round-rectangle' } },
  { selector: 'node[kind = "Measure"]', style: { 'background-color': '#e08214', shape: 'diamond', width: 26, height: 26 } },
  { selector: 'node[kind = "Place"]', style: { 'background-color': '#1b7837', shape: 'triangle' } },
  { selector: 'node[kind = "Topic"]', style: { 'background-color': '#35978f', shape: 'hexagon' } },
  { selector: 'node[kind = "Source"]', style: { 'background-color': '#bababa', shape: 'rectangle', width: 14, height: 18 } },
  { selector: 'node[kind = "Claim"]', style: { 'background-color': '#dfc27d', shape: 'tag' } },
  { selector: 'node.focus', style: { 'border-width': 4, 'border-color': '#111827', 'font-weight': 'bold', 'font-size': 11 } },
  { selector: 'edge', style: {
    width: 1.2, 'line-color': '#b8bfcc', 'target-arrow-color': '#b8bfcc', 'target-arrow-shape': 'triangle',
    'curve-style': 'bezier', 'arrow-scale': 0.7, label: 'data(type)', 'font-size': 7, color: '#5b6475',
    'text-rotation': 'autorotate', 'text-background-color': '#ffffff', 'text-background-opacity': 0.8,
    'text-background-padding': 1, 'min-zoomed-font-size': 12,
  } },
  { selector: 'edge[type = "CAUSED"], edge[type = "RESPONDS_TO"]', style: { 'line-color': '#b2182b', 'target-arrow-color': '#b2182b' } },
  { selector: 'edge[type = "CHANGED"]', style: { 'line-color': '#e08214', 'target-arrow-color': '#e08214' } },
];

/** The fact kind of a node from its labels (`["Fact", "Actor", "Person"]` → `Actor`). */
export const kindOf = (labels) => KINDS.find((k) => labels.includes(k)) ?? labels.find((l) => l !== 'Fact') ?? 'Fact';

/** What a node is called: its name, its title, or its id. */
export const nameOf = (node) => node.properties?.name ?? node.properties?.title ?? node.id;

export class GraphView {
  /**
   * @param container  the element Cytoscape draws in
   * @param list       the <ul> that lists the same nodes as buttons
   * @param onChoose   called with a node's id when it is clicked or chosen from the list
   */
  constructor(container, list, onChoose) {
    this.list = list;
    this.onChoose = onChoose;
    this.nodes = new Map();
    this.cy = window.cytoscape({
      container, style: STYLE, minZoom: 0.2, maxZoom: 3, wheelSensitivity: 0.3,
      // The canvas is not keyboard-operable; the node list is the accessible twin of this view.
      boxSelectionEnabled: false,
    });
    this.cy.on('tap', 'node', (event) => this.onChoose(event.target.id()));
  }

  /** Adds a neighbourhood (`{nodes, edges}`) to the view, marks `focusId`, and lays the graph out again. */
  add(view, focusId) {
    const cy = this.cy;
    const added = [];
    cy.batch(() => {
      for (const node of view.nodes) {
        this.nodes.set(node.id, node);
        if (cy.getElementById(node.id).nonempty()) continue;
        const kind = kindOf(node.labels);
        added.push(cy.add({ group: 'nodes', data: {
          id: node.id, label: truncate(nameOf(node), 30), kind,
          colour: goldsteinColour(node.properties?.goldstein ?? null) ?? '#ffffff',
        } }));
      }
      for (const edge of view.edges) {
        if (cy.getElementById(edge.id).nonempty()) continue;
        cy.add({ group: 'edges', data: { id: edge.id, source: edge.source, target: edge.target, type: edge.type } });
      }
      cy.nodes().removeClass('focus');
      cy.getElementById(focusId).addClass('focus');
    });
    this.layout(added.length > 0, focusId);
    this.renderList(focusId);
    return added.length;
  }

  clear() {
    this.cy.elements().remove();
    this.nodes.clear();
    this.renderList(null);
  }

  fit() {
    this.cy.fit(undefined, 24);
  }

  /**
   * Rings around the chosen node: its neighbours on the first, theirs on the next, and so on (kinds together, then
   * by name). Unlike a force layout this has no randomness, so the same choices always give the same picture.
   */
  layout(changed, focusId) {
    const cy = this.cy;
    if (!changed) {
      cy.animate({ center: { eles: cy.$('node.focus') } }, { duration: 200 });
      return;
    }
    const hops = new Map();
    cy.elements().bfs({ roots: cy.getElementById(focusId), directed: false,
      visit: (node, edge, previous, i, depth) => { hops.set(node.id(), depth); } });
    const farthest = Math.max(0, ...hops.values()) + 1;
    const nodes = cy.nodes().sort((a, b) => (hops.get(a.id()) ?? farthest) - (hops.get(b.id()) ?? farthest)
      || KINDS.indexOf(a.data('kind')) - KINDS.indexOf(b.data('kind'))
      || a.data('label').localeCompare(b.data('label')));
    nodes.layout({
      name: 'concentric', animate: false, fit: true, padding: 24, minNodeSpacing: 28, startAngle: -Math.PI / 2,
      concentric: (node) => farthest - (hops.get(node.id()) ?? farthest), levelWidth: () => 1,
    }).run();
  }

  renderList(focusId) {
    const nodes = [...this.nodes.values()].sort((a, b) =>
      (a.id === focusId ? -1 : b.id === focusId ? 1 : 0)
      || KINDS.indexOf(kindOf(a.labels)) - KINDS.indexOf(kindOf(b.labels))
      || nameOf(a).localeCompare(nameOf(b)));
    this.list.replaceChildren(...nodes.map((node) => el('li', {},
      el('button', {
        type: 'button', class: 'node-button', dataset: { id: node.id },
        'aria-current': node.id === focusId ? 'true' : null,
        onclick: () => this.onChoose(node.id),
      }, el('span', { class: 'kind' }, humanize(kindOf(node.labels).toLowerCase())), ' ', nameOf(node)))));
  }

  counts() {
    return { nodes: this.cy.nodes().length, edges: this.cy.edges().length };
  }
}

function truncate(text, length) {
  return text.length > length ? `${text.slice(0, length - 1)}…` : text;
}
