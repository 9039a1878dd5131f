"""Pictures of the networks: which queries feed which picture (:mod:`.named`), one
self-contained HTML page or a PNG/SVG drawing (:mod:`.render`, its page in ``assets/``),
and the page inline in a notebook (:mod:`.notebook`).

The networks themselves come from :mod:`igfgraph.network`.
"""
