"""The ontology files: which of ``ontology/`` describe the data, which validate it."""

from __future__ import annotations

import rdflib

from igfgraph.paths import ONTOLOGY_DIR
from igfgraph.vocab import ID

# The vocabulary: the OWL ontology and its SKOS schemes (not shapes, not examples).
VOCABULARY_FILES = ("igf.ttl", "roles.ttl", "session-types.ttl", "stakeholders.ttl", "topics.ttl")
SHAPES_FILE = ONTOLOGY_DIR / "shapes.ttl"
EXAMPLES_DIR = ONTOLOGY_DIR / "examples"
ONTOLOGY_GRAPH = ID["graph/ontology"]  # the store's copy of the vocabulary
INFERRED_GRAPH = ID["graph/inferred"]  # what the reasoner inferred, replaced on each run


def vocabulary_graph() -> rdflib.Graph:
    """The ontology and its concept schemes in one graph."""
    graph = rdflib.Graph()
    for name in VOCABULARY_FILES:
        graph.parse(ONTOLOGY_DIR / name, format="turtle")
    return graph


def shapes_graph() -> rdflib.Graph:
    """The SHACL shapes of ``ontology/shapes.ttl``."""
    return rdflib.Graph().parse(SHAPES_FILE, format="turtle")
