"""The tools that use the stages: ``evaluate`` (the reader scored against gold files),
``validate`` (SHACL shapes and check queries), ``reason`` (OWL reasoning with HermiT),
``ontology_docs`` (the ontology reference and examples), ``rdf_import`` (RDF files into the
store) and ``report_json`` (a Report as parse JSON, and back). Ingest checks each graph with
``validate`` and reads parse-JSON files with ``report_json``.
"""
