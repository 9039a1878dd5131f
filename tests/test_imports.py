"""The structure, read from the code's own imports (every import statement, those inside
functions and under ``TYPE_CHECKING`` included): no import cycle between igfgraph's
modules, and store backends that share only the store's interface."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "igfgraph"
STORE = "igfgraph.store"
STORE_INTERFACE = "igfgraph.store.base"


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {module_name(path): path for path in sorted(PACKAGE.rglob("*.py"))}


def imports_of(name: str) -> dict[str, set[str]]:
    """The igfgraph modules ``name`` imports, each with the names it takes from it
    (``{"*"}`` for a plain ``import``)."""
    path = MODULES[name]
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found: dict[str, set[str]] = {}
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name in MODULES:
                    found.setdefault(alias.name, set()).add("*")
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:  # relative: from the package, one level up per extra dot
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*anchor, base] if base else anchor)
            for alias in node.names:
                if f"{base}.{alias.name}" in MODULES:  # a submodule: from a.b import c
                    found.setdefault(f"{base}.{alias.name}", set()).add("*")
                elif base in MODULES:
                    found.setdefault(base, set()).add(alias.name)
    found.pop(name, None)
    return found


GRAPH = {name: set(imports_of(name)) for name in MODULES}


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The groups of modules that import each other, directly or around a loop (the
    strongly connected components of more than one module, or one importing itself)."""
    order: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: list[list[str]] = []

    def visit(module: str) -> None:  # Tarjan's algorithm
        order[module] = low[module] = len(order)
        stack.append(module)
        for other in sorted(graph[module]):
            if other not in order:
                visit(other)
                low[module] = min(low[module], low[other])
            elif other in stack:
                low[module] = min(low[module], order[other])
        if low[module] == order[module]:
            group = []
            while True:
                other = stack.pop()
                group.append(other)
                if other == module:
                    break
            if len(group) > 1 or module in graph[module]:
                found.append(sorted(group))

    for module in sorted(graph):
        if module not in order:
            visit(module)
    return found


def test_the_import_graph_is_read():
    assert len(MODULES) > 50
    assert "igfgraph.store.base" in GRAPH["igfgraph.store.oxigraph"]
    assert "igfgraph.queries" in GRAPH["igfgraph.cli"]  # an import inside a function
    assert "igfgraph.resolve.curation" in GRAPH["igfgraph.resolve"]  # under TYPE_CHECKING


def test_cycles_are_found():
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
    assert cycles({"a": {"b"}, "b": set()}) == []


def test_no_import_cycle_between_modules():
    assert cycles(GRAPH) == []


def test_store_backends_share_only_the_interface():
    """Each backend takes what it shares from igfgraph.store.base, never from another
    backend or the package that picks them, and takes no private name."""
    backends = [
        name
        for name in MODULES
        if name.startswith(f"{STORE}.") and name not in (STORE, STORE_INTERFACE)
    ]
    assert {"igfgraph.store.oxigraph", "igfgraph.store.rdflib_memory"} <= set(backends)
    assert "igfgraph.store.endpoint" in backends
    for backend in backends:
        taken = imports_of(backend)
        stores = {name for name in taken if name == STORE or name.startswith(f"{STORE}.")}
        assert stores == {STORE_INTERFACE}, f"{backend} imports {sorted(stores)}"
        private = sorted(f"{module}.{name}" for module, names in taken.items() for name in names)
        private = [name for name in private if name.rpartition(".")[2].startswith("_")]
        assert not private, f"{backend} imports private names: {private}"
    interface = imports_of(STORE_INTERFACE)
    assert not {name for name in interface if name.startswith(f"{STORE}.")}
