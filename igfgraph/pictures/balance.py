"""The balance of voices: women's share of participants and speakers, the stakeholder
groups that had the floor, and the groups never heard on a topic, as tables and as one
static chart (PNG or SVG).

The tables come from the rows of three queries: ``gender_balance`` (one row per
session), ``speaker_groups`` (speaker seats per year and per topic, by stakeholder group)
and ``missing_voices`` (topics a group never spoke on). Each function takes rows and
returns rows; only :func:`balance_of_voices` reads a store and only :func:`write_balance_chart`
writes a file.

How sessions add up: a report's own figures (its count of women among participants or
speakers) are shares of different rooms, so a group of sessions gets their mean share,
each session counted once; counts made from the graph (speakers by given name, words
spoken in transcripts) are pooled: the women's count over all the sessions' count.
"""

from __future__ import annotations

import io
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

from igfgraph.errors import IgfgraphError
from igfgraph.pictures.filters import Row

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

    from igfgraph.store import GraphStore

GENDER_GROUPINGS = ("session_type", "year")
"""What :func:`women_share` groups sessions by."""
SHARES = (
    ("women_share", "participants (reports' figures)"),
    ("women_speaker_share", "speakers (reports' figures)"),
    ("female_name_share", "speakers (given names)"),
    ("female_word_share", "words spoken (transcripts)"),
)
"""The women's shares a chart shows, and how its legend names them."""
SESSION_COLUMNS = (
    "year",
    "session",
    "session_title",
    "session_type",
    *(column for column, _ in SHARES),
)
"""The columns of the table of sessions."""
CHART_FORMATS = ("png", "svg")
SHARE_COLOURS = ("#0072B2", "#E69F00", "#009E73", "#CC79A7")
LABEL_LENGTH = 28
"""Longer names of years, types and topics are cut on a chart."""


def _decimal(value: object) -> Decimal | None:
    return None if value is None else Decimal(str(value))


def _plain(value: object) -> object:
    """A query cell as JSON holds it: a decimal (which the stores give as a string)
    becomes a float.

    >>> _plain("0.667"), _plain(2017), _plain("WS #12")
    (0.667, 2017, 'WS #12')
    """
    if isinstance(value, str):
        try:
            return float(Decimal(value))
        except ArithmeticError:
            return value
    return value


def _share(part: Decimal | int, whole: Decimal | int) -> float | None:
    """``part / whole`` rounded to 3 decimals; ``None`` when ``whole`` is 0."""
    return round(float(Decimal(part) / Decimal(whole)), 3) if whole else None


def women_share(sessions: Iterable[Row], by: str = "year") -> list[dict[str, object]]:
    """Women's shares of ``gender_balance`` rows (one per session) grouped ``by`` one of
    :data:`GENDER_GROUPINGS`, in the order of the groups' names.

    Each row has the group (``year`` or ``session_type``), ``sessions``,
    ``reporting`` (sessions whose report gives women's share of participants), the mean
    ``women_share`` and ``women_speaker_share`` of the sessions giving them, and
    ``female_name_share`` and ``female_word_share`` pooled over the sessions
    (female / (female + male) names of speakers; female-named speakers' words / all words).

    >>> women_share([
    ...     {"year": 2017, "women_share": "0.5", "female_names": 1, "male_names": 3},
    ...     {"year": 2017, "women_share": "0.7", "female_names": 2, "male_names": 0},
    ...     {"year": 2018, "female_names": 0, "male_names": 0, "words": 10, "female_words": 4},
    ... ])[0]
    {'year': 2017, 'sessions': 2, 'reporting': 2, 'women_share': 0.6, \
'women_speaker_share': None, 'female_name_share': 0.5, 'female_word_share': None}
    """
    if by not in GENDER_GROUPINGS:
        raise IgfgraphError(
            f"women's share by {by!r}: group by one of {', '.join(GENDER_GROUPINGS)}"
        )
    groups: dict[object, list[Row]] = defaultdict(list)
    for row in sessions:
        groups[row.get(by) if row.get(by) is not None else "unknown"].append(row)
    table = []
    for group in sorted(groups, key=str):
        rows = groups[group]
        entry: dict[str, object] = {by: group, "sessions": len(rows)}
        for column in ("women_share", "women_speaker_share"):
            given = [share for row in rows if (share := _decimal(row.get(column))) is not None]
            if column == "women_share":
                entry["reporting"] = len(given)
            entry[column] = _share(sum(given, Decimal(0)), len(given))
        female = sum(int(row.get("female_names") or 0) for row in rows)
        male = sum(int(row.get("male_names") or 0) for row in rows)
        entry["female_name_share"] = _share(female, female + male)
        words = sum(int(row.get("words") or 0) for row in rows)
        entry["female_word_share"] = _share(
            sum(int(r.get("female_words") or 0) for r in rows), words
        )
        table.append(entry)
    return table


def group_mix(
    speaker_rows: Iterable[Row], per: str = "year", baskets_only: bool = True
) -> dict[str, dict[str, int]]:
    """Speaker seats by stakeholder group per scope, from ``speaker_groups`` rows.

    ``per`` is "year" or "topic"; topics are the baskets only unless ``baskets_only``
    is false. Scopes in order of name, groups as the rows give them.

    >>> group_mix([
    ...     {"per": "year", "scope": "2017", "stakeholder_group": "government", "speakers": 2},
    ...     {"per": "topic", "scope": "privacy", "basket": "human rights",
    ...      "stakeholder_group": "government", "speakers": 1},
    ... ])
    {'2017': {'government': 2}}
    """
    mix: dict[str, dict[str, int]] = defaultdict(dict)
    for row in speaker_rows:
        if row["per"] != per or (per == "topic" and baskets_only and row["scope"] != row["basket"]):
            continue
        mix[str(row["scope"])][str(row["stakeholder_group"])] = int(row["speakers"] or 0)
    return {scope: mix[scope] for scope in sorted(mix)}


@dataclass
class Balance:
    """The balance of voices in a store: the rows of its three queries."""

    sessions: list[Row]
    """``gender_balance`` rows: one per session."""
    speaker_groups: list[Row]
    """``speaker_groups`` rows: speaker seats per year and topic, by stakeholder group."""
    missing: list[Row]
    """``missing_voices`` rows: a topic and a stakeholder group never heard on it."""
    tables: dict[str, list[dict[str, object]]] = field(init=False)
    """The tables :func:`balance_tables` makes of them."""

    def __post_init__(self) -> None:
        self.tables = balance_tables(self.sessions, self.speaker_groups, self.missing)


def balance_tables(
    sessions: Sequence[Row], speaker_groups: Sequence[Row], missing: Sequence[Row]
) -> dict[str, list[dict[str, object]]]:
    """Every table of the balance of voices, by name: women's share per ``session``,
    ``session_type`` and ``year``; ``speakers_by_year`` and ``speakers_by_topic`` (one
    row per scope and stakeholder group); ``missing_voices``."""
    mix_columns = ("stakeholder_group", "speakers", "total", "share")
    return {
        "women_by_session": [
            {key: _plain(row[key]) for key in SESSION_COLUMNS} for row in sessions
        ],
        "women_by_session_type": women_share(sessions, "session_type"),
        "women_by_year": women_share(sessions, "year"),
        "speakers_by_year": [
            {"year": row["scope"]} | {key: _plain(row[key]) for key in mix_columns}
            for row in speaker_groups
            if row["per"] == "year"
        ],
        "speakers_by_topic": [
            {"topic": row["scope"], "basket": row["basket"]}
            | {key: _plain(row[key]) for key in mix_columns}
            for row in speaker_groups
            if row["per"] == "topic"
        ],
        "missing_voices": [
            {
                key: row[key]
                for key in ("topic", "basket", "stakeholder_group", "sessions", "speakers")
            }
            for row in missing
        ],
    }


def balance_of_voices(store: GraphStore, params: dict[str, str] | None = None) -> Balance:
    """The balance of voices in ``store``; ``params`` go to ``missing_voices``
    (``stakeholder_group``)."""
    from igfgraph.queries import run_query

    return Balance(
        run_query(store, "gender_balance"),
        run_query(store, "speaker_groups"),
        run_query(store, "missing_voices", params),
    )


def write_balance_chart(
    balance: Balance, path: str | Path, *, title: str = "The balance of voices"
) -> None:
    """Draw the balance of voices (:func:`balance_figure`) to a PNG or SVG file (by
    ``path``'s suffix)."""
    path = Path(path)
    suffix = path.suffix.lower().lstrip(".")
    if suffix not in CHART_FORMATS:
        raise IgfgraphError(f"{path}: write the chart to a .png or .svg file")
    balance_figure(balance, title=title).savefig(path, format=suffix, dpi=120)


def balance_chart(
    balance: Balance, *, title: str = "The balance of voices", dpi: int = 80
) -> bytes:
    """The balance of voices as PNG bytes, e.g. for ``IPython.display.Image``."""
    buffer = io.BytesIO()
    balance_figure(balance, title=title).savefig(buffer, format="png", dpi=dpi)
    return buffer.getvalue()


def balance_figure(balance: Balance, *, title: str = "The balance of voices") -> Figure:
    """The balance of voices as a matplotlib figure of six panels: women's share per year
    and per session type (one bar per share of :data:`SHARES`), each session's shares by
    year, the stakeholder groups of the speakers per year and per topic basket, and "who
    is missing": speaker seats per basket and group, the groups never heard on a basket
    marked."""
    from matplotlib.figure import Figure  # imported here: slow, and only charts need it

    figure = Figure(figsize=(15, 16), layout="constrained")
    figure.suptitle(title, fontsize=15)
    panels = figure.subplots(3, 2)
    tables = balance.tables
    _share_bars(panels[0][0], tables["women_by_year"], "year", "Women's share, per year")
    _share_bars(
        panels[0][1],
        tables["women_by_session_type"],
        "session_type",
        "Women's share, per session type",
    )
    _session_dots(panels[1][0], tables["women_by_session"])
    _mix_bars(
        panels[1][1], group_mix(balance.speaker_groups, "year"), "Who had the floor, per year"
    )
    _mix_bars(
        panels[2][0],
        group_mix(balance.speaker_groups, "topic"),
        "Who had the floor, per topic basket",
    )
    _missing_grid(panels[2][1], balance)
    return figure


def _share_bars(axes: Axes, table: list[dict[str, object]], key: str, title: str) -> None:
    axes.set_title(title, loc="left", parse_math=False)
    names = [str(row[key]) for row in table]
    width = 0.8 / len(SHARES)
    for number, (column, label) in enumerate(SHARES):
        heights = [row[column] if row[column] is not None else 0 for row in table]
        positions = [
            index + (number - (len(SHARES) - 1) / 2) * width for index in range(len(names))
        ]
        axes.bar(positions, heights, width, label=label, color=SHARE_COLOURS[number])
    axes.axhline(0.5, color="#555555", linewidth=0.8, linestyle="--")
    axes.set_xticks(
        range(len(names)),
        names,
        rotation=30 if len(names) > 6 else 0,
        ha="right" if len(names) > 6 else "center",
    )
    _share_axis(axes)
    if not table:
        _nothing(axes, "no session has gender figures or speakers")
    axes.legend(fontsize=8, frameon=False, loc="upper left", ncols=2)


def _share_axis(axes: Axes) -> None:
    axes.set_ylim(0, 1.15)
    axes.set_yticks([0, 0.25, 0.5, 0.75, 1], ["0%", "25%", "50%", "75%", "100%"])


def _nothing(axes: Axes, text: str) -> None:
    axes.text(0.5, 0.5, text, transform=axes.transAxes, ha="center", va="center", color="#555555")


def _session_dots(axes: Axes, sessions: list[dict[str, object]]) -> None:
    axes.set_title("Women's share, each session (a dot) by year", loc="left")
    years = sorted({str(row["year"]) for row in sessions})
    for number, (column, label) in enumerate(SHARES):
        points = [
            (years.index(str(row["year"])) + (number - 1.5) * 0.12, float(row[column]))
            for row in sessions
            if row[column] is not None
        ]
        axes.scatter(
            [x for x, _ in points],
            [y for _, y in points],
            s=18,
            alpha=0.8,
            label=label,
            color=SHARE_COLOURS[number],
        )
    axes.axhline(0.5, color="#555555", linewidth=0.8, linestyle="--")
    axes.set_xticks(range(len(years)), years)
    _share_axis(axes)
    if not sessions:
        _nothing(axes, "no session has gender figures or speakers")
    axes.legend(fontsize=8, frameon=False, loc="upper left", ncols=2)


def _mix_bars(axes: Axes, mix: dict[str, dict[str, int]], title: str) -> None:
    """Horizontal 100% bars: each scope's speaker seats by stakeholder group."""
    from igfgraph.pictures.styles import GROUP_COLOURS, stakeholder_group

    axes.set_title(title, loc="left", parse_math=False)
    scopes = list(mix)[::-1]
    left = [0.0] * len(scopes)
    for group, colour in GROUP_COLOURS.items():
        widths = []
        for scope in scopes:
            seats = sum(n for name, n in mix[scope].items() if stakeholder_group(name) == group)
            widths.append(seats / (sum(mix[scope].values()) or 1))
        if any(widths):
            axes.barh(range(len(scopes)), widths, left=left, color=colour, label=group)
            left = [a + b for a, b in zip(left, widths, strict=True)]
    axes.set_yticks(range(len(scopes)), [_short(scope) for scope in scopes])
    axes.set_xlim(0, 1)
    axes.set_xticks([0, 0.25, 0.5, 0.75, 1], ["0%", "25%", "50%", "75%", "100%"])
    if not mix:
        _nothing(axes, "no speaker")
    axes.legend(fontsize=8, frameon=False, loc="upper center", bbox_to_anchor=(0.5, -0.06), ncols=3)


def _missing_grid(axes: Axes, balance: Balance) -> None:
    """Speaker seats per topic basket and stakeholder group; the groups never heard on a
    basket (``missing_voices``) marked "none"."""
    from igfgraph.pictures.styles import GROUP_COLOURS, UNKNOWN_GROUP

    axes.set_title("Who is missing: speakers per topic basket and group", loc="left")
    mix = group_mix(balance.speaker_groups, "topic")
    groups = [group for group in GROUP_COLOURS if group != UNKNOWN_GROUP]
    baskets = list(mix)
    missing = {(row["topic"], row["stakeholder_group"]) for row in balance.missing}
    counts = [[mix[basket].get(group, 0) for group in groups] for basket in baskets]
    if baskets:
        axes.imshow(counts, cmap="Blues", aspect="auto")
    peak = max((n for row in counts for n in row), default=0)
    for y, basket in enumerate(baskets):
        for x, group in enumerate(groups):
            absent = (basket, group) in missing
            text = "none" if absent else str(counts[y][x])
            colour = "#C0392B" if absent else ("white" if counts[y][x] > peak / 2 else "#222222")
            axes.text(
                x,
                y,
                text,
                ha="center",
                va="center",
                fontsize=8,
                color=colour,
                fontweight="bold" if absent else "normal",
            )
    axes.set_xticks(
        range(len(groups)), [group.replace(" ", "\n", 1) for group in groups], fontsize=8
    )
    axes.set_yticks(range(len(baskets)), [_short(basket) for basket in baskets])
    if not baskets:
        _nothing(axes, "no session is linked to a topic")


def _short(text: str) -> str:
    """``text`` cut to :data:`LABEL_LENGTH` characters with an ellipsis."""
    return text if len(text) <= LABEL_LENGTH else text[: LABEL_LENGTH - 1].rstrip() + "…"
