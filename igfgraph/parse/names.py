"""Is it a person? The shape of a person's name, and the evidence that a candidate is one.

A candidate becomes a person only when it looks like one: one to six name-shaped words
(capitalised, particles such as ``de`` or ``van der``, initials), none of them a word of
an organisation, a programme, a place or a role (``Room``, ``Plenary``, ``Moderator``,
``Africa``, ``Tuesday``), and some positive evidence: a given name known to
gender-guesser's lexicon (about 40,000 names), a rare word (a surname: ``Kummer``,
``Esterhuysen``), or a context that names people (a ``Speakers:`` list, a transcript turn).

>>> name_shape("Anja Gengo"), name_shape("Salle XI"), name_shape("Policy Questions")
(True, False, False)
>>> person_evidence("Chengetai Masango"), person_evidence("Digital Cooperation")
(True, False)
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

import gender_guesser.detector

from igfgraph.parse.people import ORG_WORDS, is_country
from igfgraph.parse.repair import word_count

_GIVEN = frozenset({"male", "female", "mostly_male", "mostly_female", "andy"})
PARTICLES = frozenset(
    "de da do dos das del della di du van von der den la le bin binti al el ter ten y e "
    "st st. mc".split()
)
_NICKNAME = re.compile(r"\s[\"“][^\"“”]{1,30}[\"”](?=\s)")
_NAME_WORD = re.compile(r"^(?:[^\W\d_][\w'’.\-]*|[^\W\d_]\.)$")
# Words that are never part of a person's name in these documents.
NOT_NAME_WORDS = frozenset(
    """
    moderator moderators moderation moderated chair chairs chairman chairwoman chairperson
    rapporteur rapporteurs speaker speakers panel panels panelist panelists panellist
    panellists presenter presenters organizer organizers organiser organisers host hosts
    facilitator facilitators discussant discussants keynote respondent participant
    participants audience delegate delegates representative representatives member members
    session sessions workshop workshops forum forums room salle hall auditorium venue track
    plenary opening closing welcome remarks address introduction introductions conclusion
    conclusions break lunch coffee tea registration reception dinner q&a agenda programme
    program day days week time duration format policy question questions description
    theme subtheme objective objectives outcome outcomes report summary transcript
    internet governance digital online cyber cybersecurity data access development rights
    human youth gender women children global regional national international world united
    nations european african asian american latin caribbean pacific arab
    monday tuesday wednesday thursday friday saturday sunday january february march april
    june july august september october november december
    the and of for on in at to with by from a an our your their this that these those
    mr ms mrs dr prof professor his her excellency h.e. ambassador minister
    tbc tba tbd n/a none unknown secretary-general secretariat mag igf un wsis dc bpf nri
    news blog video photo photos live stream webcast recording research cooperative
    """.split()
)
# Words of posts: never part of a name ("Research Director", "Policy Lead").
POST_NAME_WORDS = frozenset(
    """
    officer director head manager coordinator convenor convener adviser advisor professor
    lecturer secretary president vice-president envoy ceo cto cio founder co-founder lead
    leader researcher fellow counsel specialist analyst consultant strategist partner
    principal deputy assistant associate executive scientist lawyer attorney judge senator
    parliamentarian governor mayor dean rector evangelist architect developer trainer
    volunteer intern staff emeritus chief commissioner student candidate activist journalist
    editor engineer expert
    """.split()
)
_NEVER_IN_NAME = NOT_NAME_WORDS | POST_NAME_WORDS
# A word counted this often in English text is a common word ("Open", "Future").
_COMMON_WORD = 100_000_000
# A word counted this rarely is likely a surname or a given name the lexicon lacks.
_RARE_WORD = 3_000_000


@cache
def _detector() -> gender_guesser.detector.Detector:
    return gender_guesser.detector.Detector(case_sensitive=False)


@lru_cache(maxsize=1 << 15)
def is_given_name(word: str) -> bool:
    """True when ``word`` (or the first part of ``Jean-Robert``) is a known given name."""
    detector = _detector()
    parts = {word, word.split("-")[0], word.replace("’", "'")}
    return any(detector.get_gender(part) in _GIVEN for part in parts if part)


def _name_words(name: str) -> list[str]:
    return name.replace("’", "'").split()


@lru_cache(maxsize=1 << 15)
def name_shape(name: str) -> bool:
    """True when ``name`` is written like a person's name: one to six words, each
    capitalised, a particle, an initial or a short lowercase part inside (``Jac sm Kee``);
    none a word of a role, programme, place or organisation."""
    name = _NICKNAME.sub(" ", name)  # Ana "The Quote" Ruiz: the name around the nickname
    words = _name_words(name)
    if not 1 <= len(words) <= 6 or ORG_WORDS.search(name):
        return False
    capitalised = 0
    for position, word in enumerate(words):
        bare = word.strip(".,'’\"“”‘")  # a nickname in quotes: Ana "The Quote" Ruiz
        folded = bare.casefold()
        if folded in PARTICLES:
            continue
        if not bare or not _NAME_WORD.match(bare) or folded in _NEVER_IN_NAME:
            return False
        if not bare[0].isupper():
            inside = 0 < position < len(words) - 1
            if not inside or len(bare) > 3:
                return False
            continue  # "Jac sm Kee": a short lowercase part between capitalised words
        capitalised += 1
    if capitalised == 0 or is_country(name):
        return False
    return not all(
        word.isupper() and len(word) > 1 for word in words if word.casefold() not in PARTICLES
    )


def _rare(word: str) -> bool:
    bare = word.strip(".,'’")
    return not bare.isascii() or word_count(bare.lower()) < _RARE_WORD


@lru_cache(maxsize=1 << 15)
def person_evidence(name: str) -> bool:
    """True when a name-shaped ``name`` also carries evidence of being a person's: a known
    given name first (or last, written surname first), or two words of which none is a
    common English word and one is rare."""
    if not name_shape(name):
        return False
    words = [w for w in _name_words(name) if w.strip(".").casefold() not in PARTICLES]
    if len(words) >= 2 and (is_given_name(words[0].strip(".")) or is_given_name(words[-1])):
        return True
    if len(words) < 2:
        return False
    common = [
        w
        for w in words
        if len(w.strip(".")) > 1 and word_count(w.strip(".").lower()) > _COMMON_WORD
    ]
    return not common and any(_rare(word) for word in words if len(word.strip(".")) > 1)


# In a list of people, a name all of whose words are this common is a heading or a
# programme line ("Round Table", "Youth Summit"), unless a word is a given name.
_LISTED_COMMON = 20_000_000


@lru_cache(maxsize=1 << 15)
def plausible_listed_name(name: str) -> bool:
    """True when a name-shaped ``name`` standing where people are listed can be one: some
    word is a given name or not a common English word."""
    if not name_shape(name):
        return False
    words = [w.strip(".") for w in _name_words(name) if w.strip(".").casefold() not in PARTICLES]
    return any(
        is_given_name(word)
        or len(word) == 1
        or not word.isascii()
        or word_count(word.lower()) < _LISTED_COMMON
        for word in words
    )


# A given name this frequent as an English word ("Son", "Will") is not taken as the given
# name of a name written surname first.
_COMMON_GIVEN = 20_000_000


def uninvert(name: str) -> str:
    """``Githaiga Grace`` -> ``Grace Githaiga``: a two-word name whose first word is no
    given name and whose second is one (and no common English word) is surname first.

    >>> uninvert("Githaiga Grace"), uninvert("Jaewon Son"), uninvert("Grace Githaiga")
    ('Grace Githaiga', 'Jaewon Son', 'Grace Githaiga')
    """
    words = name.split()
    if len(words) != 2 or is_given_name(words[0]) or not is_given_name(words[1]):
        return name
    if word_count(words[1].lower()) >= _COMMON_GIVEN:
        return name
    return f"{words[1]} {words[0]}"


def is_initial(word: str) -> bool:
    """True for ``N.`` or ``J``: one letter, with or without a full stop."""
    return len(word.rstrip(".")) == 1 and word[0].isalpha()
