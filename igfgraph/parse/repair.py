"""Repair text damaged by PDF extraction: run-together words, glued lists, ALL-CAPS titles.

Run-together words are split with ``wordsegment`` (English unigram and bigram counts
from the Google Web Trillion Word Corpus), behind guards that keep names and real words
intact: prose repair only touches lowercase tokens; every part must be a common word; a
token that is itself a frequent word is never split, and a rarer one ("oran") only when
the neighbouring words make the split far likelier ("... or an essential ...");
CamelCase is split only where wordsegment agrees with the case boundaries.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache, lru_cache

import wordsegment

COMMON = 100_000  # a unigram count at least this high makes a token a common word
FREQUENT = 300_000  # a token counted this often is a word of its own: never split
CONTEXT_ODDS = 1_000  # how much likelier a known token's split must be, given its neighbours
CORPUS_WORDS = 1_024_908_267_229  # tokens in the corpus behind wordsegment's counts
# Solid words the corpus's tokeniser split ("can not"), so that their counts are too low.
_UNDERCOUNTED = frozenset({"cannot"})
_SINGLE_LETTER_WORDS = frozenset({"a"})
_SMALL_WORDS = frozenset(
    "a an and as at but by for from in into nor of on or over per the to via vs with".split()
)
# Acronyms common in IGF session titles; word counts cannot tell "IGF" or "ICT" from words.
TITLE_ACRONYMS = frozenset(
    "AI BPF DC DNS EU GDPR ICANN ICT ICTS IETF IGF IOT IP ISOC ITU MAG NGO NGOS NRI NRIS OECD "
    "SDG SDGS UN UNESCO WSIS".split()
)
_PUNCTUATION = str.maketrans(
    {
        "\u2010": "-",
        "\u2011": "-",
        "\u2012": "-",
        "\u2013": "-",
        "\u2014": "-",
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u2026": "...",
    }
)
_QUOTES = {key: value for key, value in _PUNCTUATION.items() if value in ("'", '"')}
_WORD = re.compile(r"[A-Za-z]+")
# The words of _WORD that split_run_together may split: lowercase, four letters or more.
_LOWERCASE_WORD = re.compile(r"(?<![A-Za-z])[a-z]{4,}(?![A-Za-z])")
_CODE_OR_CONTRACTION = frozenset("'`/_.@")  # next to these, a token is a path, a name or "don't"
# A capitalised or CamelCase token, not part of a web address ("ConnectSafely.org").
_CAPITALISED_TOKEN = re.compile(r"(?<![\w'.])[A-Z][a-z]{5,}(?![\w']|\.\w)")
_CAMEL_TOKEN = re.compile(r"(?<![\w'.])[A-Z][a-z]{2,}(?:[A-Z][a-z]{2,})+(?![\w']|\.\w)")
_CAMEL_BOUNDARY = re.compile(r"(?<=[a-z])(?=[A-Z])")
# Spanish and Portuguese names write "de" and an article as two words; extraction glues
# them ("Defensa delos Derechos"). English counts cannot judge these, so a rule does.
_GLUED_PARTICLE = re.compile(r"\b([A-Z]\w*) de(la|las|los)(?= [A-Z])")
_GLUED_AND = re.compile(r"\band(?=[A-Z][a-z])")
_GLUED_OPENING = re.compile(r"(?<=\w)\(")
_GLUED_CLOSING = re.compile(r"\)(?=\w)")
_GLUED_SEPARATOR = re.compile(r"([,;])(?=[^\s\d])")
_HYPHENATED_END = re.compile(r"(?P<head>[A-Za-z]+)-$")
_CONTINUATION_START = re.compile(r"^(?P<tail>[a-z]+)")
# What Cloudflare's e-mail obfuscation leaves in a saved page instead of an address.
_EMAIL_PROTECTED = re.compile(r"\[\s*email\s*(?:&#160;|\s)*protected\s*\]", re.IGNORECASE)
# Emoji joiners, variation selectors and skin-tone modifiers, which only shape a pictograph.
_PICTOGRAPH_PARTS = frozenset({"\u200d", "\ufe0e", "\ufe0f", *map(chr, range(0x1F3FB, 0x1F400))})


@cache
def _unigrams() -> dict[str, float]:
    wordsegment.load()
    return wordsegment.UNIGRAMS


def word_count(word: str) -> float:
    """How often ``word`` (any case) occurs in wordsegment's corpus (0 when never)."""
    return _unigrams().get(word.lower(), 0)


def is_common(word: str) -> bool:
    """True when ``word`` (any case) is a common English word by wordsegment's counts."""
    lower = word.lower()
    if len(lower) == 1:
        return lower in _SINGLE_LETTER_WORDS
    return _unigrams().get(lower, 0) >= COMMON


@cache
def _split(word: str) -> tuple[str, ...]:
    """``word`` (lowercase) split into common words, or ``(word,)`` when it should stay."""
    _unigrams()
    parts = tuple(wordsegment.segment(word))
    if len(parts) > 1 and "".join(parts) == word and all(is_common(part) for part in parts):
        return parts
    return (word,)


def _probability(word: str, previous: str | None) -> float:
    """P(word | previous word) from wordsegment's counts, falling back on P(word)."""
    unigrams, bigrams = _unigrams(), wordsegment.BIGRAMS
    if previous and f"{previous} {word}" in bigrams and previous in unigrams:
        return bigrams[f"{previous} {word}"] / unigrams[previous]
    return unigrams.get(word, 1.0) / CORPUS_WORDS


def _split_in_context(word: str, previous: str | None, following: str | None) -> tuple[str, ...]:
    parts = _split(word)
    count = _unigrams().get(word, 0)
    if len(parts) == 1 or count == 0:
        return parts
    if count >= FREQUENT or word in _UNDERCOUNTED or len(parts) != 2 or following is None:
        return (word,)
    first, second = parts
    split = (
        _probability(first, previous)
        * _probability(second, first)
        * _probability(following, second)
    )
    whole = _probability(word, previous) * _probability(following, word)
    return parts if split >= CONTEXT_ODDS * whole else (word,)


def split_run_together(text: str) -> str:
    """Split lowercase run-together words in prose: ``tocybersecurity`` -> ``to cybersecurity``."""
    if all(len(_split(word)) == 1 for word in _LOWERCASE_WORD.findall(text)):
        return text  # no word would be split, whatever its neighbours (most text)
    words = list(_WORD.finditer(text))
    pieces: list[str] = []
    end = 0
    for number, match in enumerate(words):
        word = match.group()
        before, after = text[match.start() - 1 : match.start()], text[match.end() : match.end() + 1]
        if len(word) < 4 or not word.islower() or _CODE_OR_CONTRACTION & {before, after}:
            continue
        previous = words[number - 1].group().lower() if number else None
        following = words[number + 1].group().lower() if number + 1 < len(words) else None
        pieces += [
            text[end : match.start()],
            " ".join(_split_in_context(word, previous, following)),
        ]
        end = match.end()
    return "".join([*pieces, text[end:]])


def _split_camel(match: re.Match[str]) -> str:
    token = match.group()
    pieces = _CAMEL_BOUNDARY.split(token)
    if any(len(piece) < _SHORTEST_GLUED for piece in pieces):
        return token  # a brand's name: "DotAsia", "YouTube", "LinkedIn"
    if _split(token.lower()) == tuple(piece.lower() for piece in pieces):
        return " ".join(pieces)
    return token


_SHORTEST_GLUED = 4  # letters of the shortest word told apart from the word glued to it


def _split_capitalised(match: re.Match[str]) -> str:
    token = match.group()
    parts = _split(token.lower())
    if len(parts) == 1 or any(len(part) < _SHORTEST_GLUED for part in parts):  # "Promundo"
        return token
    return " ".join((token[0] + parts[0][1:], *parts[1:]))


def unglue_list(text: str) -> str:
    """Space out glued list punctuation: ``Kaspar(GPD),and`` -> ``Kaspar (GPD), and``."""
    if "(" in text:
        text = _GLUED_OPENING.sub(" (", text)
    if ")" in text:
        text = _GLUED_CLOSING.sub(") ", text)
    if "," in text or ";" in text:
        text = _GLUED_SEPARATOR.sub(r"\1 ", text)
    return _GLUED_AND.sub("and ", text) if "and" in text else text


@lru_cache(maxsize=1 << 15)  # the same organisations and posts recur
def repair_name(text: str) -> str:
    """Repair an organisation name or post: CamelCase joins, glued words and particles;
    curly quotes made straight (``Children’s`` -> ``Children's``)."""
    text = text.translate(_QUOTES)
    text = _CAMEL_TOKEN.sub(_split_camel, text)
    text = _CAPITALISED_TOKEN.sub(_split_capitalised, text)
    text = _GLUED_PARTICLE.sub(r"\1 de \2", text)
    return " ".join(text.split())


def _joined_word(head: str, tail: str) -> str:
    """``negoti`` + ``ators`` -> ``negotiators``; ``multi`` + ``stakeholder`` keeps its hyphen.

    The hyphen is dropped when the joined word is common, or when a piece is no word of
    its own (a hyphenation); two words whose join is rare are a compound.
    """
    if is_common(head + tail) or not (is_common(head) and is_common(tail)):
        return head + tail
    return f"{head}-{tail}"


def join_lines(lines: list[str]) -> str:
    """Lines wrapped from one paragraph, as one line: words hyphenated at a line end rejoined."""
    joined = ""
    for line in (" ".join(line.split()) for line in lines):
        end = _HYPHENATED_END.search(joined)
        start = _CONTINUATION_START.match(line)
        if end and start and start["tail"] not in _SMALL_WORDS:  # not "pre- and post-"
            word = _joined_word(end["head"], start["tail"])
            joined = joined[: end.start()] + word + line[start.end() :]
        else:
            joined = f"{joined} {line}" if joined and line else joined or line
    return joined


def ends_hyphenated(text: str) -> bool:
    """True when ``text`` ends in a word broken by a hyphen (``Hewlett Pack-``)."""
    return bool(_HYPHENATED_END.search(text.rstrip()))


def ends_mid_phrase(text: str) -> bool:
    """True when ``text`` ends with a word that cannot end a name (``of``, ``and``, ``the``)."""
    words = text.split()
    return bool(words) and words[-1].lower() in _SMALL_WORDS


_HANDLE = re.compile(r"(?<!\S)@\w{2,30}\b")  # "@tanyalokot", never "name@example.org"


def drop_decorations(text: str) -> str:
    """``text`` without emoji, ``[email protected]`` leftovers and social-media handles
    (``Cloudflare @mikenelson``), spaces tidied."""
    if "[" in text:
        text = _EMAIL_PROTECTED.sub(" ", text)
    if "@" in text:
        text = _HANDLE.sub(" ", text)
    if text.isascii():  # no emoji or pictograph part: skip looking at every character
        return " ".join(text.split())
    kept = (
        char
        for char in text
        if char not in _PICTOGRAPH_PARTS and unicodedata.category(char) not in ("So", "Cs")
    )
    return " ".join("".join(kept).split())


def repair_prose(text: str) -> str:
    """Repair a paragraph: run-together lowercase words, spacing."""
    return " ".join(split_run_together(text).split())


_BILINGUAL = re.compile(r"\s+/\s+")
_LANGUAGES = 2  # the halves of a bilingual line
# Small words of French and Spanish that English does not use.
_FOREIGN_WORDS = frozenset(
    "de des du la le les et pour sur au aux el los las del y para con".split()
)


def english_half(text: str) -> str:
    """The English half of a bilingual line (``Cérémonie d'ouverture / Opening Ceremony``,
    ``Secrétaire général des Nations Unies / Secretary-General of the United Nations``):
    the half without accented letters or French and Spanish small words, when the other
    has them; ``text`` otherwise."""
    halves = _BILINGUAL.split(text)
    if len(halves) != _LANGUAGES:
        return text
    foreign = [_foreign(half) for half in halves]
    return halves[foreign.index(False)] if sorted(foreign) == [False, True] else text


def _foreign(text: str) -> bool:
    words = re.findall(r"[^\W\d_]+", text.lower())
    return any(not word.isascii() or word in _FOREIGN_WORDS for word in words)


def ascii_punctuation(text: str) -> str:
    """Dashes and curly quotes as ASCII (the convention for session titles), and a
    backtick or an acute accent written for an apostrophe (``l`Internet``, ``l´Internet``)."""
    return _GRAVE_APOSTROPHE.sub("'", text.translate(_PUNCTUATION))


_GRAVE_APOSTROPHE = re.compile(r"(?<=\w)[`´](?=\w)")


def _title_word(word: str, first: bool) -> str:
    if not first and word in _SMALL_WORDS:
        return word
    return "-".join(part[:1].upper() + part[1:] for part in word.split("-"))


def _unknown_word(word: str) -> bool:
    """True for a rare word that is not two common words run together ("FUTUREOF"); three
    or more are a foreign word's letters ("GOBERNANZA" is no "go bern anza")."""
    return not is_common(word) and len(_split(word.lower())) != _RUN_TOGETHER_WORDS


_RUN_TOGETHER_WORDS = 2


_FORUM_ACRONYM_ENDS = ("IGF", "DIG")  # a forum's acronym: "LACIGF", "EURODIG", "SEEDIG"
_ORDINAL_NUMBER = re.compile(r"\b\d+(?:st|nd|rd|th)\b")


def recase_title(text: str) -> str:
    """An ALL-CAPS title in title case, with run-together words split; others unchanged."""
    if any(char.islower() for char in _ORDINAL_NUMBER.sub("", text)):  # "2nd" is no case
        return text
    words: list[str] = []
    starts_phrase = True
    for token in text.split():
        core = token.strip(":?!.,;\"'()").replace("-", "")
        forum = core.upper().endswith(_FORUM_ACRONYM_ENDS)  # "SEEDIG", "APRIGF", "WAIGF"
        if core.upper() in TITLE_ACRONYMS or forum or not core.isalpha() or _unknown_word(core):
            words.append(token)  # an acronym, a name or a number: keep as written
        else:
            pieces = split_run_together(token.lower()).split()
            words.extend(
                _title_word(piece, starts_phrase and i == 0) for i, piece in enumerate(pieces)
            )
        starts_phrase = token.endswith((":", "?", "!", "."))
    return " ".join(words)
