"""Names the command line shows before it loads any stage: environment variables, output
formats and pictures. Importing this module imports nothing else, so ``igfgraph --help``
starts at once; the stages take the names from here."""

from __future__ import annotations

STORE_ENV = "IGFGRAPH_STORE"
DEFAULT_STORE = ".igfgraph"
MAX_BYTES_ENV = "IGFGRAPH_MAX_BYTES"
EXPORT_FORMATS = ("turtle", "trig", "jsonld", "nt", "nquads")
"""Whole-graph exports (``igfgraph export``)."""
NETWORK_FORMATS = ("gexf", "graphml", "csv")
"""Network exports: GEXF (Gephi), GraphML (Cytoscape, yEd) and a CSV edge list."""
PICTURE_NAMES = ("co-speakers", "ego", "org-ties", "person-org", "civil-society-map", "topics")
"""The pictures users ask for by name (``igfgraph viz``), in the order they are listed."""
CHART_NAMES = ("balance",)
"""The static charts users ask for by name (``igfgraph chart``)."""
