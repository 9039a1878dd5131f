"""The document families igfgraph recognises, each a module with ``detect(source) ->
reason | None`` and a ``PROFILE`` for the reader (its variant name and priors), in the
order they are tried (see :mod:`igfgraph.parse`)."""
