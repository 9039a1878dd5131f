"""Networks from query rows and the pictures of them, one module per family of functions.

The networks take rows or a graph and give a graph or plain data; none talks to a store,
and only :mod:`.export` writes files:

- :mod:`.build`: networks from query rows (who spoke with whom, organisation ties, ...)
- :mod:`.filters`: facets (node attributes from rows) and the subgraph that matches them
- :mod:`.ties`: a graph's ties as arrays, read once for all its measures
- :mod:`.measures`: weighted degree, betweenness, eigenvector centrality
- :mod:`.communities`: communities, brokers between stakeholder groups, group mixing
- :mod:`.layout`: seeded force-directed positions
- :mod:`.export`: GEXF, GraphML and CSV edge lists

The pictures of them:

- :mod:`.named`: the pictures users ask for by name, which queries feed them
- :mod:`.render`: one self-contained HTML page (its parts in ``assets/``) or a PNG/SVG
- :mod:`.notebook`: the page inline in a notebook

Nothing is imported here, so the networks load without the store.
"""
