"""Topics: link key issues and session titles to the SKOS topic scheme, with the evidence.

A text speaks of a topic when one of the topic's labels (``skos:prefLabel`` or
``skos:altLabel`` in ``ontology/topics.ttl``) occurs in it as whole words. Both sides
are normalised the same light way: case and accents folded, hyphens and punctuation
as spaces, and a plural ending dropped from each word (``rights`` -> ``right``,
``policies`` -> ``policy``). Labels written as acronyms (``DNS``, ``CERTs``, ``IoT``)
match only in their own case. The words that matched are kept as the text writes them.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache

import rdflib
from rdflib.namespace import SKOS

from igfgraph.model import Report, SourceSpan, TopicLink
from igfgraph.paths import ONTOLOGY_DIR

TOPICS_FILE = ONTOLOGY_DIR / "topics.ttl"
_WORD = re.compile(r"\w+")
_ACRONYM = re.compile(r"^\S*[A-Z]\S*[A-Z]\S*$")  # no space and two capitals: DNS, IPv6, IoT


@lru_cache(maxsize=1 << 16)  # prose repeats its words
def normal_word(word: str) -> str:
    """``word`` folded for matching: lower case, no accents, no plural ending.

    >>> [normal_word(w) for w in ("Rights", "policies", "Fernández", "access", "news")]
    ['right', 'policy', 'fernandez', 'access', 'news']
    """
    plain = unicodedata.normalize("NFKD", word.casefold())
    plain = "".join(char for char in plain if not unicodedata.combining(char))
    if len(plain) > 4 and plain.endswith("ies"):
        return plain[:-3] + "y"
    if len(plain) > 3 and plain.endswith("s") and not plain.endswith(("ss", "us", "is", "ws")):
        return plain[:-1]
    return plain


@dataclass(frozen=True)
class TopicLabel:
    """One label of one topic, as the words a text must contain."""

    topic: str  # the concept's notation
    words: tuple[str, ...]  # normalised words (exact words for an acronym)
    exact_case: bool


@cache
def topic_labels() -> tuple[TopicLabel, ...]:
    """Every label of the topic scheme, longest first (so "human rights" wins over "rights")."""
    graph = rdflib.Graph().parse(TOPICS_FILE, format="turtle")
    labels: set[TopicLabel] = set()
    for concept, notation in graph.subject_objects(SKOS.notation):
        for predicate in (SKOS.prefLabel, SKOS.altLabel):
            for label in graph.objects(concept, predicate):
                text = str(label)
                exact = bool(_ACRONYM.match(text))
                words = _WORD.findall(text)
                key = tuple(words) if exact else tuple(normal_word(w) for w in words)
                labels.add(TopicLabel(str(notation), key, exact))
    return tuple(sorted(labels, key=lambda label: (-len(label.words), label.topic, label.words)))


@cache
def _labels_by_first_word() -> dict[tuple[bool, str], tuple[int, ...]]:
    """Where in :func:`topic_labels` the labels starting with each (exact case?, word) are."""
    found: dict[tuple[bool, str], list[int]] = {}
    for number, label in enumerate(topic_labels()):
        found.setdefault((label.exact_case, label.words[0]), []).append(number)
    return {first: tuple(numbers) for first, numbers in found.items()}


def find_topics(text: str, span: SourceSpan) -> list[TopicLink]:
    """The topics ``text`` speaks of (by notation), each with its matched words in text order.

    Words already claimed by a longer label are not matched again by a shorter one.
    """
    tokens = list(_WORD.finditer(text))
    exact = [token.group() for token in tokens]
    folded = [normal_word(word) for word in exact]
    starts: dict[tuple[bool, str], list[int]] = {}  # (exact case?, word) -> positions
    for position, (word, fold) in enumerate(zip(exact, folded, strict=True)):
        starts.setdefault((True, word), []).append(position)
        starts.setdefault((False, fold), []).append(position)
    claimed: set[int] = set()
    found: dict[str, dict[str, int]] = {}  # topic -> words as written -> first position
    labels, by_first_word = topic_labels(), _labels_by_first_word()
    # Only labels whose first word the text has, in the order of topic_labels().
    numbers = sorted({number for first in starts for number in by_first_word.get(first, ())})
    for label in (labels[number] for number in numbers):
        size = len(label.words)
        words = exact if label.exact_case else folded
        for start in starts.get((label.exact_case, label.words[0]), ()):
            positions = range(start, start + size)
            if tuple(words[start : start + size]) != label.words or claimed & set(positions):
                continue
            claimed.update(positions)
            written = text[tokens[start].start() : tokens[start + size - 1].end()]
            found.setdefault(label.topic, {}).setdefault(written, start)
    return [
        TopicLink(topic, tuple(sorted(words, key=words.__getitem__)), span)
        for topic, words in sorted(found.items())
    ]


def _merge(links: list[TopicLink]) -> list[TopicLink]:
    """One link per topic, with the words of all its links and the span of the first."""
    merged: dict[str, TopicLink] = {}
    for link in links:
        known = merged.get(link.topic)
        if known is None:
            merged[link.topic] = link
        else:
            words = known.matched_words + tuple(
                word for word in link.matched_words if word not in known.matched_words
            )
            merged[link.topic] = TopicLink(link.topic, words, known.span)
    return [merged[topic] for topic in sorted(merged)]


def link_topics(report: Report) -> Report:
    """Link each key issue, and the session, to the topics they speak of (in place).

    A session's topics are those of its title and of its key issues; each link keeps
    the span of its first evidence (the title's line, else the first key issue's).
    """
    for issue in report.key_issues:
        issue.topics = find_topics(issue.text, issue.span)
    session = report.session
    title_span = session.spans.get("title")
    links = find_topics(session.title, title_span) if session.title and title_span else []
    links += [link for issue in report.key_issues for link in issue.topics]
    session.topics = _merge(links)
    return report
