"""The structure, read from the code's own imports (every import statement, those inside
functions and under ``TYPE_CHECKING`` included): no import cycle between igfgraph's
modules, no stage that imports from a later one, and store backends that share only the
store's interface."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "igfgraph"
STORE = "igfgraph.store"
STORE_INTERFACE = "igfgraph.store.base"
ROOT = "igfgraph"

STAGES: tuple[tuple[str, tuple[str, ...]], ...] = (
    (
        "foundations",
        (
            "igfgraph.errors",
            "igfgraph.constants",
            "igfgraph.paths",
            "igfgraph.model",
            "igfgraph.identity",
            "igfgraph.vocab",
            "igfgraph.spreadsheet",
        ),
    ),
    ("sources", ("igfgraph.sources",)),
    ("parse", ("igfgraph.parse",)),
    ("resolve", ("igfgraph.resolve",)),
    ("rdf", ("igfgraph.rdf",)),
    ("store", ("igfgraph.store",)),
    ("queries", ("igfgraph.queries",)),
    (
        "networks",
        (
            "igfgraph.pictures.build",
            "igfgraph.pictures.filters",
            "igfgraph.pictures.ties",
            "igfgraph.pictures.measures",
            "igfgraph.pictures.communities",
            "igfgraph.pictures.layout",
            "igfgraph.pictures.export",
        ),
    ),
    ("pictures", ("igfgraph.pictures",)),
    ("tools", ("igfgraph.tools",)),
    ("runners", ("igfgraph.ingest_cache", "igfgraph.ingest", "igfgraph.cli", ROOT)),
)
"""The stages in the order data flows through them, each with its modules and packages (a
package holds every module below it). What every stage shares comes first: the model too,
as the parser builds its objects, and the identity keys the parser, resolve and rdf take;
then the tools that use the stages; the ingest run, the command line and the Python API
(``igfgraph`` itself) last. A module may import from its own stage or an earlier one."""


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


def stage_of(name: str) -> int | None:
    """The place in :data:`STAGES` of the stage whose longest entry names ``name`` or a
    package above it (``igfgraph`` itself names only the package's own module)."""
    found = [
        (len(entry), place)
        for place, (_, entries) in enumerate(STAGES)
        for entry in entries
        if name == entry or (entry != ROOT and name.startswith(f"{entry}."))
    ]
    return max(found)[1] if found else None


def backward_imports(graph: dict[str, set[str]]) -> list[str]:
    """Each import of a module from a later stage than its own, as ``"a (stage) imports b
    (later stage)"``."""
    found = []
    for name in sorted(graph):
        for other in sorted(graph[name]):
            here, there = stage_of(name), stage_of(other)
            if here is not None and there is not None and there > here:
                found.append(f"{name} ({STAGES[here][0]}) imports {other} ({STAGES[there][0]})")
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


def test_every_module_has_a_stage():
    assert [name for name in MODULES if stage_of(name) is None] == []
    assert STAGES[stage_of("igfgraph.parse.families.markdown_report")][0] == "parse"
    assert STAGES[stage_of(ROOT)][0] == "runners"


def test_backward_imports_are_found():
    graph = {"igfgraph.parse.reader": {"igfgraph.rdf", "igfgraph.model"}, "igfgraph.rdf": set()}
    assert backward_imports(graph) == ["igfgraph.parse.reader (parse) imports igfgraph.rdf (rdf)"]


def test_no_stage_imports_from_a_later_one():
    assert backward_imports(GRAPH) == []


def is_backend(name: str) -> bool:
    """True for a module that defines a GraphStore (a backend), not a helper of one."""
    tree = ast.parse(MODULES[name].read_text(encoding="utf-8"))
    return any(
        isinstance(node, ast.ClassDef)
        and any(isinstance(base, ast.Name) and base.id == "GraphStore" for base in node.bases)
        for node in ast.walk(tree)
    )


def test_store_backends_share_only_the_interface():
    """Each backend takes what it shares from igfgraph.store.base (and store helpers that
    define no backend, such as the loopback handoff), never from another backend or the
    package that picks them, and takes no private name; a helper imports no backend."""
    modules = [
        name
        for name in MODULES
        if name.startswith(f"{STORE}.") and name not in (STORE, STORE_INTERFACE)
    ]
    backends = [name for name in modules if is_backend(name)]
    helpers = {name for name in modules if name not in backends}
    assert {"igfgraph.store.oxigraph", "igfgraph.store.rdflib_memory"} <= set(backends)
    assert "igfgraph.store.endpoint" in backends
    for helper in helpers:
        assert not set(imports_of(helper)) & set(backends), f"{helper} imports a backend"
    for backend in backends:
        taken = imports_of(backend)
        stores = {name for name in taken if name == STORE or name.startswith(f"{STORE}.")}
        assert stores - helpers == {STORE_INTERFACE}, f"{backend} imports {sorted(stores)}"
        private = sorted(f"{module}.{name}" for module, names in taken.items() for name in names)
        private = [name for name in private if name.rpartition(".")[2].startswith("_")]
        assert not private, f"{backend} imports private names: {private}"
    interface = imports_of(STORE_INTERFACE)
    assert not {name for name in interface if name.startswith(f"{STORE}.")}
