"""Role cues: the words that say what the people under or beside them did.

One lexicon (English, French, Spanish, Portuguese) serves every document. A cue is found in a
heading or label (``Moderators:``, ``List of Speakers``, ``Ponentes``), or in running text
(``moderated by``, ``chaired by``, ``panellists included``). Combined cues give several
roles (``Presenters/Organizers``, ``Moderator and Organizer``); ``Chair/Moderator`` is a
chair, as the reporting templates use it.

>>> label_roles("Online Moderator")
(<Role.ONLINE_MODERATOR: 'online_moderator'>,)
>>> label_roles("Presenters/Organizers")
(<Role.SPEAKER: 'speaker'>, <Role.ORGANIZER: 'organizer'>)
>>> label_roles("Policy Question(s)")
()
"""

from __future__ import annotations

import re
from functools import lru_cache

from igfgraph.model import Role

# (role, pattern of the words of a label or heading naming people in that role). The
# patterns are tried on a label with its numbers, brackets and "list of" removed; the
# order matters where one cue holds another ("online moderator" before "moderator").
_LABEL_CUES: tuple[tuple[Role, str], ...] = (
    # a meeting's roll: "Present were", "In attendance", "Attendees", "Participants list"
    (Role.PARTICIPANT, r"present\s+were|in\s+attendance|attendees|participants\s+list"),
    (
        Role.ONLINE_MODERATOR,
        r"(?:online|remote|virtual)\s+(?:moderat(?:or|ors|ion)|facilitators?)|"
        r"mod[ée]rat(?:eur|rice)s?\s+en\s+ligne|moderador(?:a|es)?\s+(?:en\s+l[ií]nea|remot[oa])",
    ),
    (Role.MODERATOR, r"chairperson\s*/\s*moderator"),  # the 2015-2016 templates' label
    (
        Role.CHAIR,
        r"chair\s*/\s*moderator|chair(?:man|woman|person|s)?|co-?chairs?|"
        r"pr[ée]sident(?:e|s)?|presidenta",
    ),
    (
        Role.MODERATOR,
        r"(?:lead\s+|onsite\s+|on-site\s+|in-person\s+|session\s+|floor\s+and\s+readout\s+|"
        r"co-?|ko-?)?moderat(?:or|ors|ion|ed\s+by)|(?:co-?)?facilitat(?:or|ors|ed\s+by)|"
        r"leitung|"
        r"hosts?(?!\s+country)|"
        r"mod[ée]rat(?:eur|rice)s?|mod[ée]ration|moderador(?:a|es)?|moderaci[oó]n|"
        r"modera[çc][ãa]o|media[çc][ãa]o|mediador(?:a|es)?|coordena[çc][ãa]o|coordenador(?:a|es)?|"
        r"moderator[ei]|moderatric[ei]",  # Italian: "Moderatore: X"
    ),
    (
        Role.RAPPORTEUR,
        r"rapporteurs?|note\s*-?\s*takers?|relator(?:a|es)?|rapporteur/note\s*-?\s*taker",
    ),
    (
        Role.ORGANIZER,
        r"(?:co-?|session\s+|mag\s+co-?)?organi[sz](?:er|ers|ing\s+team|ed\s+by|ateurs?)|"
        r"organi[sz]ing\s+(?:entit(?:y|ies)|institutions?|organi[sz]ations?|bod(?:y|ies)|partners?)|"
        r"(?:co-?)?proposers?(?!'?s?\s+organi[sz]ation)|organizador(?:a|es)?|organizan?|"
        r"proponentes?|"
        r"institutional\s+co-?organi[sz]ers?|focal\s+points?|contact\s+persons?|actors?|"
        r"program(?:me)?\s+committee(?:\s+members?)?",
    ),
    (
        Role.SPEAKER,
        r"(?:confirmed\s+|additional\s+|invited\s+|keynote\s+|lead\s+|main\s+)?speakers?|"
        r"panel+ists?|presenters?|discussants?|keynotes?|respondents?|interventions?\s+by|"
        r"(?:welcome|opening|closing|introductory|concluding)\s+(?:remarks|address|words)\s+by|"
        r"intervenants?|orateurs?|ponentes?|panelistas?|expositor(?:es|as)?|resource\s+persons?|"
        r"palestrantes?|painelistas?|debatedor(?:a|es)?|autoridades\s+confirmadas|inputs?|"
        r"key\s+participants|relator[ei]|relatric[ei]|intervengono",  # Italian: "Relatori: X"
    ),
)
_COMPILED = tuple(
    (role, re.compile(rf"\b(?:{pattern})\b", re.IGNORECASE)) for role, pattern in _LABEL_CUES
)
# Words that make a label about something else than the people it names:
# "Speaker 1 biography", "Moderator's role", "Number of speakers".
_NOT_PEOPLE = re.compile(
    r"\b(?:number|how\s+many|gender|biograph\w*|bio|role|profile|photo|diversity|"
    r"description|plan|instructions?|guidelines?|tips?|email|e-mail|contact(?!\s+persons?\b))\b|"
    # a topic, not a role: "Content moderation in the Global South", "moderación de contenidos"
    r"\bcontent\s+moderation|\bmoderation\s+(?:of|on|in)\s+(?:online|social|digital|user|"
    r"platforms?|content|speech)|\bmod[ée]ra(?:tion|ci[oó]n|[çc][ãa]o)\s+d[eo]s?\s+conte",
    re.IGNORECASE,
)
# A form's question about something else: "Have you, or any of your co-organisers, ...?"
_ASKS = re.compile(
    r"^(?:have|has|did|do|does|were|was|is|are|will|would|please|provide)\b", re.IGNORECASE
)
_JOINED = re.compile(r"\s*(?:/|&|,|\band\b|\by\b|\bet\b)\s*", re.IGNORECASE)
_ROLE_ORDER = (
    Role.SPEAKER,
    Role.MODERATOR,
    Role.ONLINE_MODERATOR,
    Role.CHAIR,
    Role.RAPPORTEUR,
    Role.ORGANIZER,
)


@lru_cache(maxsize=4096)
def label_roles(label: str) -> tuple[Role, ...]:
    """The roles a label or heading gives the people under it, in the order the label
    names them; () for a label about something else."""
    text = re.sub(r"\(s\)|\([^()]*\)|\[[^\]]*\]|\d+|[#*_]", " ", label)
    text = " ".join(_NAMES_OF.sub("", text).split())
    if not text or len(text.split()) > 14 or _NOT_PEOPLE.search(text) or _ASKS.match(text):
        return ()
    found: list[tuple[int, int, Role]] = []
    for role, pattern in _COMPILED:
        for match in pattern.finditer(text):
            if not any(start <= match.start() < end for start, end, _ in found):
                found.append((*match.span(), role))
    found.sort(key=lambda cue: cue[0])
    roles: list[Role] = []
    for number, (start, _, role) in enumerate(found):
        # A second cue counts only joined to the one before: "Presenters/Organizers".
        if number and not _JOINED.fullmatch(text[found[number - 1][1] : start]):
            break
        if role not in roles:
            roles.append(role)
    return tuple(roles)


# "List of", "Names of the", a form's "Provide the name of the speakers and ...".
_NAMES_OF = re.compile(
    r"^\s*(?:(?:please\s+)?(?:provide|give|list)\s+the\s+names?\s+of\s+(?:the\s+)?|"
    r"(?:list|names?)\s+of\s+(?:the\s+)?)",
    re.IGNORECASE,
)
_AFTER_CUE = re.compile(
    r"^(?:[(:/–—-]|for\b|of\b|and\b|&|in\b|at\b|per\b|"
    r"(?:the\s+proposers?|you|we)\s)",  # "speakers the proposer is planning to invite"
    re.IGNORECASE,
)
_FREE_AFTER_CUE = 2  # words a label may add after its cue ("Speakers provisionally confirmed")
_FREE_BEFORE_CUE = 3  # words a label may have before its cue ("List of confirmed speakers") ...
# ... unless they only name the fields listed: "Name(s) and stakeholder and organizational
# affiliation(s) of institutional co-organizer(s)" (a workshop proposal's question).
_FIELD_WORDS = frozenset(
    "name names and stakeholder organizational organisational affiliation affiliations of "
    "institutional organization organisation group groups their full title titles".split()
)


_PANEL_HEADING = re.compile(r"^\s*panel\s*:?\s*$", re.IGNORECASE)


@lru_cache(maxsize=1 << 14)
def heading_roles(text: str) -> tuple[Role, ...]:
    """The roles a line standing alone gives the lines under it, when it reads as a label
    (``Speakers for segment 1``, ``Confirmed Speakers``, a programme's ``Panel``), not a
    sentence that happens to hold a cue word (``Several speakers held that ...``)."""
    if _PANEL_HEADING.match(text):
        return (Role.SPEAKER,)
    roles = label_roles(text)
    if not roles:
        return ()
    rest = _after_cue(text)
    if words_before_cue_count(text) > _FREE_BEFORE_CUE or text.rstrip().endswith(("-", ",")):
        return ()
    if len(rest.split()) > _FREE_AFTER_CUE and not _AFTER_CUE.match(rest):
        return ()
    if _GROUPS_HEADING.match(text):
        return roles[:1]  # "Speakers and Moderators" over one list: who moderated is not said
    return roles


# A template's instruction after a heading: "Organising Team (Org Team) List Org Team
# members here as they sign up."
_TEMPLATE_INSTRUCTION = re.compile(
    r"\s+(?:List|Please|Add|Enter|Insert|Provide)\s[^.]*\bhere\b[^.]*\.?\s*$"
)


def without_instruction(text: str) -> str:
    """``text`` without a template's instruction after it (``... List Org Team members here
    as they sign up.``)."""
    return _TEMPLATE_INSTRUCTION.sub("", text)


# A heading naming two groups of people over one list, the page's section of them all.
_GROUPS_HEADING = re.compile(r"^\s*[A-Za-z]+s\s+and\s+[A-Za-z]+s\s*:?\s*$", re.IGNORECASE)


def _after_cue(label: str) -> str:
    """The words of ``label`` after its first role cue, brackets left out."""
    label = re.sub(r"\([^()]*\)", " ", label)
    found = [m for _, pattern in _COMPILED if (m := pattern.search(label))]
    first = min(found, key=lambda match: match.start()) if found else None
    return " ".join(label[first.end() :].split()) if first else ""


def words_before_cue_count(label: str) -> int:
    """How many words come before ``label``'s first role cue, brackets left out; 0 when
    they only name the fields listed ("Names and affiliations of speakers")."""
    before = re.sub(r"\([^()]*\)", " ", words_before_cue(label))
    words = [word.lower().strip(",") for word in before.split() if any(c.isalpha() for c in word)]
    return 0 if _FIELD_WORDS.issuperset(words) else len(words)


@lru_cache(maxsize=1 << 14)
def words_before_cue(label: str) -> str:
    """The words of ``label`` before its first role cue ("" when it starts with one)."""
    starts = [m.start() for _, pattern in _COMPILED if (m := pattern.search(label))]
    return label[: min(starts)].strip() if starts else label


# Running text: a cue just before a list of names gives them its role.
_SPEECH = (
    r"(?:remarks|address|addresses|message|messages|statement|statements|speech|speeches|"
    r"talk|keynote|keynotes|presentation|presentations|intervention|interventions|paper|"
    r"introduction)"
)
_BEFORE_NAMES: tuple[tuple[Role, str], ...] = (
    (
        Role.ONLINE_MODERATOR,
        r"remotely\s+moderated\s+by|(?:remote|online)\s+moderation\s+(?:was\s+)?"
        r"(?:(?:done|provided|handled|led)\s+)?by",
    ),
    (
        Role.CHAIR,
        r"(?:co-?)?chaired\s*,?\s+(?:together\s+)?with|(?:co-?)?chaired\s+by|"
        r"presided\s+(?:over\s+)?by|under\s+the\s+chairmanship\s+of|pr[ée]sid[ée]e?\s+par|"
        r"presidid[oa]\s+(?:por|pel[oa])|"
        # "discussions led by 2014 forum chairman, Austin Okere": the meeting's own chair
        r"\b(?:forum|conference|summit|meeting|event)\s+(?:co-?)?chair(?:man|woman|person)?\s*,?",
    ),
    (
        Role.MODERATOR,
        r"(?:co-?)?(?:moderated|facilitated|hosted)\s*,?\s+(?:together\s+)?with|"
        r"(?:co-?)?(?:moderated|facilitated)\s+(?:together\s+|jointly\s+)?by|hosted\s+by|led\s+by|"
        r"moderad[oa]\s+por|anim[ée]e?\s+par|(?:con|bajo)\s+la\s+moderaci[oó]n\s+de|"
        r"(?:sous|avec)\s+la\s+mod[ée]ration\s+de|under\s+the\s+moderation\s+of|"
        r"(?:coordenad|moderad|mediad)[oa]s?\s+(?:pel[oa]s?|por)|"
        r"com\s+(?:a\s+)?(?:modera[çc][ãa]o|media[çc][ãa]o|coordena[çc][ãa]o)\s+d[eoa]s?|"
        r"d['’]animer\s+avec|"
        # German and Dutch: "moderiert von X", "unter der Moderation von X", "onder leiding van"
        r"moderiert\s+von|unter\s+der\s+moderation\s+von|onder\s+(?:de\s+)?leiding\s+van|"
        r"gemodereerd\s+door|"
        # "The moderator Ana Ruiz opened ...", "O moderador X", "La moderadora X"
        r"\b(?:the|our|o|a|el|la|le)\s+(?:session\s+)?(?:moderator|moderador(?:a)?|"
        r"mediador(?:a)?|mod[ée]rat(?:eur|rice))|"
        r"\b(?:moderator|facilitator)\b[^.;:]{0,40}?\s(?:was|is|will\s+be)",
    ),
    (
        Role.RAPPORTEUR,
        r"(?:rapporteurs?|relator(?:a|es)?|note[\s-]?takers?)(?:\s+(?:da|de\s+la|du|of\s+the)\s+"
        r"(?:trilha|sesi[oó]n|session|s[ée]ance|sess[ãa]o))?",
    ),
    (
        Role.ORGANIZER,
        r"organi[sz]ed\s+by|convened\s+by|organizad[oa]\s+por|organis[ée]e?\s+par|"
        r"\b(?:co-?)?organi[sz]ers",  # "from EuroDIG organizers Thomas Schneider and ..."
    ),
    (
        Role.SPEAKER,
        r"(?:panel+ists|speakers|presenters|participants|discussants)\s+(?:included|were|are)|"
        r"(?:panel+ists|speakers|presenters|discussants)\b[^.;:]{0,60}?\b(?:included|including|"
        r"include|were|will\s+be|such\s+as)|(?:panel+ists|speakers|presenters|discussants)\b[^.;:]{0,60}?\s[—–]|"
        r"(?:opened|closed|introduced|presented|delivered|given|addressed)\s+by|"
        r"(?:delivered|given|presented|made)\b(?:(?!\b\w+ed\b)[^.;:]){0,80}?\bby|"
        r"presentations?\s+(?:was|were)\s+held\s+by|"
        rf"\b{_SPEECH}\s+[–—-]|"  # "7. Concluding remarks – Concettina Casa"
        r"with\s+(?:the\s+participation|contributions|interventions|presentations)\s+(?:of|from|by)|"
        rf"{_SPEECH}\s+(?:by|from)|(?:remarks|messages?|statements?|speech(?:es)?)\s+(?:was|were)|"
        r"featur(?:ed|ing)|on\s+(?:a|the)\s+panel\s+with|"
        r"(?:conversation|dialogue|discussion|fireside\s+chat)\s+with|speaking\s+(?:at|during|in)\b[^.;:,]{3,80},|"
        rf"\bin\s+(?:his|her|their|a|an|the)\s+(?:[\w-]+\s+){{0,2}}?{_SPEECH}\s*,|"
        r"\b(?:panel+ist|speaker|presenter|discussant)\b[^.;:]{0,40}?\s(?:was|is|will\s+be)|"
        r"\b(?:next|first|second|third|last|final|following|keynote)\s+speaker\s*,|"
        r"(?:with|alongside)\s+(?:(?:my|our|his|"
        r"her|their|fellow|other|the)\s+){1,2}(?:co-?)?(?:panel+ists|speakers|presenters)|"
        r"con\s+la\s+participaci[oó]n\s+de|avec\s+la\s+participation\s+de|"
        r"(?:a\s+rassembl[ée]e?|a\s+r[ée]uni|r[ée]unissait|reuni[óo]\s+a)|junto\s+(?:a|con)?|"
        r"(?:discours|allocution|intervention|pr[ée]sentation|introduction)s?\s+d[e'’]|pr[ée]sent[ée]e?s?\s+par|"
        r"(?:palabras|discurso|ponencia|intervenci[oó]n|presentaci[oó]n)\s+de|presentad[oa]s?\s+por|"
        r"inaugurad[oa]s?\s+por|inaugur[ée]e?s?\s+par|a\s+été\s+suivie?\s+(?:de|par)|"
        r"(?:ouverte?|clôturée?)s?\s+par|(?:abiert[oa]|clausurad[oa])s?\s+por|"
        r"(?:estuvo\s+)?encabezad[oa]s?\s+por|"
        r"(?:expert[oa]s|panelistas|ponentes|oradores)\b[^.;:]{0,80}?\bentre\s+ell[oa]s,?|"
        r"cont[óo]\s+con\s+(?:la\s+presencia\s+de\s+)?(?:los\s+)?ponentes(?:\s+de\s+la\s+talla)?\s+de|"
        r"(?:con|ante)\s+la\s+presencia\s+de|ponentes\s+como|"
        # "a panel composed of", "un panel constitué de", "un panel integrado por"
        r"panel\s+(?:composed|made\s+up|consisting)\s+of|"
        # "Ali's panelists, X, ...", "Delivering remarks from their organisations were X"
        r"\b(?:panel+ists|speakers|presenters|discussants)\s*,|"
        rf"(?:delivering|giving|making)\s+{_SPEECH}\b[^.;:]{{0,60}}?\s(?:was|were)|"
        r"(?:dans|lors\s+de)\s+(?:son|sa|leur)\s+(?:allocution|discours|intervention|mot)\b[^.;:,]{0,30},|"
        r"en\s+su\s+(?:discurso|intervenci[oó]n|ponencia|presentaci[oó]n)\b[^.;:,]{0,30},|"
        r"panel\s+(?:constitu|compos|form)[ée]e?\s+de|(?:panel|mesa)\s+(?:integrad|conformad|"
        r"compuest)[oa]\s+por|"
        # "according to X" in a report; a verb of speech before its subject in Spanish news
        # ("afirmó la ministra X", "convocó el Ministro de Comunicaciones, X")
        r"according\s+to|(?:chief|special)\s+guests?\s*,?|guests?\s+of\s+honou?r\s*,?|"
        # "selon le président du MAG, X", "segundo o Director Geral do INFOSI, X" (a post
        # first: "selon X qui a écrit un livre" cites an author)
        r"(?:\bselon|[àa]\s+en\s+croire|\bsegundo|\bseg[úu]n|\bsecondo)\s+(?:le|la|l['’]|o|a|"
        r"el|il|lo)\s*[^,.;:]{3,120},|"
        r"(?:afirm|destac|convoc|señal|explic|subray|indic|asegur|expres|declar|coment|agreg|"
        r"apunt|resalt|manifest|record)[óo]|dijo|sostuvo|propuso|"
        # Portuguese: "teve como painelistas X", "com a participação de X", "palestra de X"
        r"(?:teve|tiveram|contou)\s+(?:como|com\s+(?:os|as)?)\s*(?:painelistas?|palestrantes?|"
        r"debatedor(?:es|as)?|orador(?:es|as)?)|com\s+a\s+participa[çc][ãa]o\s+d[eoa]s?|"
        # "as falas dos debatedores X", "los ponentes X", "les intervenants X"
        r"\b(?:d?[oa]s|los|las|les|des)\s+(?:debatedor(?:es|as)|painelistas|palestrantes|ponentes|"
        r"panelistas|intervenant(?:e)?s|pan[ée]listes|orat(?:eur|rice)s)|"
        r"(?:palestra|apresenta[çc][ãa]o|fala|discurso)\s+d[eoa]|apresentad[oa]s?\s+(?:pel[oa]s?|por)|"
        r"(?:oradores|painelistas|palestrantes)\b[^.;:]{0,60}?\bcomo|"
        # "we're going to hear from X"; "Pour le représentant de l'UIT, X, ces assises ..."
        r"\bhear\s+from|(?:^|[.;]\s*)(?:pour|para)\s+(?:le|la|l['’]|el)\s*[^,.;:]{3,120},|"
        r"\bouvrant\s+les\s+travaux\b[^,.;:]{0,60},|"  # "Ouvrant les travaux de ..., Mme X"
        # German and Dutch: "eine Keynote von X", "mit Beiträgen von X", "toespraak van X"
        r"(?:keynote|gru[ßs]wort(?:e)?|vortrag|impuls(?:vortrag)?|rede|toespraak|presentatie)\s+"
        r"(?:des|der|von|van)|mit\s+(?:beitr[äa]gen|impulsen)\s+von|met\s+bijdragen?\s+van|"
        # "contou com intervenções da PCA da ARME, Leonilde Santos"
        r"interven[çc][õo]es\s+d[eoa]s?",
    ),
)
_BEFORE = tuple(
    (role, re.compile(rf"\b(?:{pattern})\s*:?\s*$", re.IGNORECASE))
    for role, pattern in _BEFORE_NAMES
)
# How every cue of _BEFORE_NAMES ends (before "\s*:?\s*$"), in lower case: a clause that
# ends otherwise has none. ("aſ": a long s is an s to a case-blind pattern.)
_BEFORE_ENDINGS = ("by", "th", "of", "ar", "or", "ed", "re", "ng", "as", "aſ", "om", "de")
_BEFORE_ENDINGS += ("d'", "d’", "—", "–", "ts", "rs", "is", ",", "be")
_BEFORE_ENDINGS += ("ec", "to", " a", "on", "é", "ée", "ni", "ó", "mo", "os")
_BEFORE_ENDINGS += ("lo", "la", "do", "da", "es", "ta", "ra", "ur", "ce")  # "pelo", "moderadora"
_BEFORE_ENDINGS += ("ha", "ão", "jo", "vo")  # "Relatores da Trilha", "dijo", "sostuvo"
_BEFORE_ENDINGS += ("an", "er")  # "onder leiding van", "Keynote der"
# Running text: a cue just after a name gives it a role ("X moderated the session").
# "are participating as speakers", "will be serving as the moderator": the role taken.
# The verbs of reported speech ("X, Director, APNIC, stressed ..."): who the text says
# spoke in the session is a speaker there (bench/real/ANNOTATION.md, "Reports").
SPEAKING_VERBS = (
    r"said|says|noted|notes|stressed|explained|argued|highlighted|emphasi[sz]ed|pointed|added|"
    r"asked|presented|described|opened|closed|suggested|warned|recalled|shared|reminded|"
    r"welcomed|introduced|mentioned|underlined|observed|remarked|proposed|called|spoke|stated|"
    r"concluded|agreed|showed|gave|reported|outlined|invited|urged|talked|responded|replied|"
    r"answered|commented|intervened|clarified|summari[sz]ed|echoed|contended|"
    r"discussed|expressed|reflected|thanked|encouraged|insisted|acknowledged|announced|cited|"
    r"quoted|celebrated|praised|recogni[sz]ed|commended|underscored|reiterated|affirmed|"
    r"indicated|advocated|elaborated|cautioned|declared|lamented|believes|believed|told|"
    r"focused\s+on|will\s+focus\s+on|addressed|continued\s+(?:the|with|by|on)\b|"
    r"(?:emphasi[sz]|stress|not|say|argu|highlight|explain|shar|call|urg|point|warn|add|address)ing|"
    r"dijo|subray[óo]|remarc[óo]|destac[óo]|afirm[óo]|señal[óo]|explic[óo]|indic[óo]|"
    r"sostuvo|agreg[óo]|expres[óo]|record[óo]|advirti[óo]|apunt[óo]|defendi[óo]|insisti[óo]|"
    r"manifest[óo]|asegur[óo]|coment[óo]|añadi[óo]|declar[óo]|resalt[óo]|mencion[óo]|"
    r"plante[óo]|reivindic[óo]|consider[óo]|propuso|abri[óo]|clausur[óo]|pronunci[óo]|"
    r"(?:quien|que)\s+mostr[óo]|intervino|habl[óo]|reconoci[óo]|agradeci[óo]|"
    r"put\s+it|inaugurated|kick(?:ed)?[- ]?(?:started|off)|illustrated|detailed|showcased|"
    # French news in the present tense: "X, président du NAIGF, expose les objectifs"
    r"expose|explique|souligne|déclare|affirme|rappelle|estime|"
    r"dira|"
    # Italian: "Vint Cerf (...) ha voluto mettere in evidenza", "ha concordato con"
    r"ha\s+(?:voluto\s+)?(?:detto|sottolineato|affermato|spiegato|dichiarato|ricordato|"
    r"concordato|evidenziato|osservato|aggiunto|presentato|illustrato|mettere\s+in\s+evidenza)|"
    r"interverr(?:à|anno)|offrir(?:à|anno)|parler(?:à|anno)|presenter(?:à|anno)|illustrer(?:à|anno)|"
    r"ha\s+(?:advertido|señalado|destacado|explicado|subrayado|afirmado|indicado|recordado|"
    r"defendido|apuntado|asegurado|insistido|manifestado|reivindicado)|"
    r"(?:a|ont)\s+(?:(?:par\s+la\s+suite|ensuite|également|aussi|enfin)\s+)?(?:déclaré|souligné|"
    r"expliqué|rappelé|indiqué|affirmé|commencé|conclu|donné|présenté|ouvert|clôturé|noté|"
    r"ajouté|insisté|partagé|évoqué|accueilli|mis\s+(?:à\s+jour|en\s+avant)|"
    r"souhaité\s+la\s+bienvenue|pris\s+la\s+parole|prononcé|précisé|estimé|invité|appelé|"
    r"salué|relevé|signalé|plaidé|recommandé|mis\s+l['’]accent|fait\s+(?:savoir|remarquer|"
    r"observer|valoir|l['’]historique))|"
    r"dio\s+la\s+bienvenida|"
    r"disse|afirmou|destacou|ressaltou|explicou|lembrou|apontou|defendeu|pontuou|observou|"
    r"comentou|enfatizou|declarou|acrescentou|sublinhou|salientou|argumentou|falou|abriu|encerrou|"
    r"prop[ôo]s|questionou|sugeriu|mencionou|concluiu|indicou|refor[çc]ou|alertou|apresentou|"
    r"criticou|iniciou\s+a\s+sess[ãa]o|"
    # German, Dutch and Polish: "X (ISOC) betonte", "X (D66) benadrukte", "X podkreślił"
    r"sagte|betonte|erklärte|forderte|sprach|eröffnete|begrüßte|unterstrich|warnte|berichtete|"
    r"sagt|betont|erklärt|fordert|meint|unterstreicht|warnt|berichtet|"  # "erklärt X" in news
    r"zei|benadrukte|sprak|opende|verklaarde|pleitte|presenteerde|s?trapte\s+af|"
    r"powiedzia[łl]a?|podkre[śs]li[łl]a?|zaznaczy[łl]a?|otworzy[łl]a?|stwierdzi[łl]a?"
)
# ... and the verbs of taking part without a word said: a participant.
REPORTING_VERBS = rf"{SPEAKING_VERBS}|participated|joined"
_TAKING_PART_AS = (
    r"(?:is|are|was|were|will\s+be)\s+(?:participating|taking\s+part|speaking|joining|serving|"
    r"acting|invited)\s+as\s+(?:an?\s+|the\s+|our\s+)?"
)
_AFTER_NAME: tuple[tuple[Role, str], ...] = (
    (
        Role.CHAIR,
        r"(?:co-?)?chaired(?!\s+by)|presided(?!\s+(?:over\s+)?by)|"
        r"(?:who\s+(?:will\s+be|is)\s+)?presiding|will\s+(?:co-?)?chair|"
        r"chairing\s+(?:the\s+)?(?:proceedings|session|meeting|event|forum|panel|discussion|day)|"
        rf"{_TAKING_PART_AS}(?:co-?)?chairs?\b",
    ),
    (
        Role.MODERATOR,
        r"(?:co-?)?(?:moderated|facilitated|hosted)(?!\s+(?:together\s+|jointly\s+)?by)|"
        r"led\s+the\s+(?:session|discussion|panel)|"
        r"will\s+(?:co-?)?(?:moderate|facilitate)|"
        rf"{_TAKING_PART_AS}(?:co-?)?(?:moderators?|facilitators?)\b",
    ),
    (
        Role.ORGANIZER,
        r"organi[sz]ed(?!\s+by)|organizaron|organiz[oó]|organis[èe]rent|a\s+organis[ée]|"
        r"(?:played\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?role\s+in\s+)?organi[sz]ing\s+(?:the\s+)?"
        r"(?:event|session|forum|meeting|workshop|conference|panel|day)",
    ),
    (
        Role.SPEAKER,
        r"(?:opened|closed)\s+the\s+(?:session|meeting|event|forum|ceremony|discussion|panel|"
        r"workshop|debate|conference)|addressed\s+the\s+(?:forum|igf|meeting|session|audience|"
        r"participants|delegates|attendees|plenary|conference|gathering|opening|closing)|"
        rf"(?:delivered|gave|made|performed)\s+(?:(?:a|an|the|his|her|their)\s+)?(?:[\w-]+\s+){{0,2}}?{_SPEECH}|"
        # "ont prononcé les discours d'ouverture", "a souhaité la bienvenue", "proferiu"
        r"(?:a|ont)\s+(?:ensuite\s+)?(?:prononcé|livré)\s+(?:un|une|le|la|les|son|sa|leurs?)\s+"
        r"(?:[\w-]+\s+)?(?:discours|allocution|mot|intervention|présentation)s?|"
        r"(?:a|ont)\s+(?:souhaité\s+la\s+bienvenue|pris\s+la\s+parole)|proferiu|"
        r"(?:began\s+by\s+)?present(?:ed|ing)\b|on\s+(?:a|the|this)\s+panel\b|"
        r"(?:opened|closed|followed)\s+with\b|"
        rf"will\s+have\s+(?:his|her|their)\s+(?:[\w-]+\s+)?{_SPEECH}|"
        r"will\s+(?:then\s+|also\s+|briefly\s+)?(?:speak|present|provide|give|deliver|share|talk|"
        r"introduce|open|address|offer)\b|"
        r"with\s+(?:his|her|their)\s+(?:[\w-]+\s+){0,2}?(?:remarks|address|speech|statement|message)s?|"
        # "Grace Ingabire in her opening remarks shared ...", "X during his keynote address"
        rf"(?:in|during)\s+(?:his|her|their)\s+(?:[\w-]+\s+){{0,2}}?{_SPEECH}s?\b|"
        r"particip(?:[óo]|aron)\s+en\s+(?:la|el|una|un)\s+(?:mesa\s+redonda|panel|conversatorio)|"
        r"a\s+particip[ée]\s+[àa]\s+(?:la\s+|une\s+)?table\s+ronde|"
        # "X, Y and Z the first panelists on ...", "X a procédé ... à l'ouverture des travaux"
        r"(?:were\s+)?the\s+(?:first\s+|second\s+|other\s+)?panel+ists\b|"
        r"a\s+procédé\b[^.;]{0,80}?\bà\s+l['’]ouverture|"
        # "X was the Chief Guest", "present as guest of honour": a guest who speaks
        r"(?:was|were|is|as)\s+(?:the\s+|a\s+)?(?:chief|special|main)\s+guests?|"
        r"(?:was|were|is|as)\s+(?:the\s+|a\s+)?guests?\s+of\s+honou?r|"
        # "participated in high level panel entitled ...", "participated at ... Track"
        r"participated\s+(?:in|at|on)\s+(?:(?:a|an|the)\s+)?(?:[\w:-]+\s+){0,4}?(?:panel|session|"
        r"track|round\s*table|roundtable|plenary|debate|discussion|workshop)|"
        rf"{_TAKING_PART_AS}(?:keynote\s+)?(?:speakers?|panell?ists?|discussants?|presenters?)\b|"
        # "Adli Wahid was a panelist for two workshops", "X participated as speaker in ..."
        r"(?:was|is|were|are|will\s+be)\s+(?:a|an|the|one\s+of\s+the)\s+(?:keynote\s+|lead\s+|"
        r"invited\s+|main\s+)?(?:speakers?|panell?ists?|discussants?|presenters?)\b|"
        r"(?:participated|took\s+part|spoke)\s+as\s+(?:an?\s+|the\s+)?(?:keynote\s+)?(?:speaker|"
        r"panell?ist|discussant|presenter)\b",
    ),
)
_AFTER = tuple(
    (
        role,
        re.compile(rf"^[\s,]*(?:(?:also|then|who|first|later)\s+)?(?:{pattern})\b", re.IGNORECASE),
    )
    for role, pattern in _AFTER_NAME
)
# Where any of them matches: most text after a name starts with no cue.
_ANY_AFTER = re.compile("|".join(f"(?:{pattern.pattern})" for _, pattern in _AFTER), re.IGNORECASE)
# Running text: a role noun beside a name ("the moderator, X", "X, the chair of the session").
_ROLE_NOUN = re.compile(
    r"\b(?:(?P<online>online|remote)\s+)?(?P<noun>moderator|co-?moderator|facilitator|"
    r"co-?facilitator|chair(?:man|woman|person)?|co-?chair|rapporteur|organi[sz]er|host)\b",
    re.IGNORECASE,
)
# A description naming a role in this meeting ("the moderator", "Chairman of the event",
# "Président du Forum"); a post in another body ("the Chair of the MAG") is none, and a
# president is a chair only of the meeting itself.
_MEETING = (
    r"(?:session|meeting|event|forum|conference|workshop|panel|discussion|ceremony|day|"
    r"s[ée]ance|r[ée]union|sesi[oó]n|reuni[oó]n|evento|foro)"
)
_MEETING_ROLE = re.compile(
    r"^(?:the\s+|our\s+|o\s+|a\s+|el\s+|la\s+|le\s+|l['’])?"
    r"(?:(?:session|panel|meeting)(?:['’]s)?\s+)?"
    r"(?:(?:honorary|interim|acting)\s+)?"
    r"(?:(?P<role>(?:online\s+|remote\s+)?(?:co-?)?"
    r"(?:moderat(?:or|rice)|facilitator|chair(?:man|woman|person)?|host|rapporteur|"
    r"mod[ée]rat(?:eur|rice)|moderador(?:a)?|mediador(?:a)?))|"
    r"(?P<president>pr[ée]sident(?:e)?|presidenta))"
    rf"(?P<of>\s+(?:of|for|du|de|del)\s+(?:the\s+|this\s+|these\s+|la\s+|le\s+|l['’])?"
    rf"{_MEETING}s?)?"
    r"(?:\s+and\s+(?:an?|the)\s+[^,;]+)?$",  # "the session's moderator and a ... expert"
    re.IGNORECASE,
)


def meeting_role(text: str, of_organisation: bool = False) -> Role | None:
    """The role in this meeting a description of a person names, if one. A chair or
    president ``of_organisation`` (``Ali Hussein, the Chairman KICTANet``) chairs that
    organisation, unless the post names the meeting."""
    match = _MEETING_ROLE.match(" ".join(text.split()))
    if match is None:
        return None
    role = Role.CHAIR if match["president"] else role_noun(match["role"]) or Role.MODERATOR
    if role is Role.CHAIR and not match["of"] and (match["president"] or of_organisation):
        return None
    return role


# A table's header flattened into a line ("Person Organization Summary Length"): its
# columns, one naming people; a column of what they said makes them speakers.
_PERSON_COLUMN = r"person|people|name|speakers?|panel+ists?|participants?|nombre|nom"
_SPEECH_COLUMN = (
    r"summary|length|duration|remarks|speech|statement|intervention|resumen|r[ée]sum[ée]"
)
_COLUMNS = re.compile(
    rf"(?:(?:{_PERSON_COLUMN}|{_SPEECH_COLUMN}|organi[sz]ation|affiliation|institution|company|"
    r"title|position|post|role|country|region|topic|time|organizaci[oó]n|pa[ií]s|pays|"
    r"stakeholder(?:\s+group)?)\s*){2,6}",
    re.IGNORECASE,
)


def column_role(line: str) -> Role | None:
    """The role of the people a table's flattened header line lists (speakers when a
    column holds what they said), or None when the line is no such header.

    >>> column_role("Person Organization Summary Length")
    <Role.SPEAKER: 'speaker'>
    """
    text = " ".join(line.split())
    if not _COLUMNS.fullmatch(text) or not re.search(rf"\b(?:{_PERSON_COLUMN})\b", text, re.I):
        return None
    speech = re.search(rf"\b(?:{_SPEECH_COLUMN})\b", text, re.IGNORECASE)
    return Role.SPEAKER if speech else Role.PARTICIPANT


# A role noun written after the names it labels, as a byline: "Ana Ruiz and Kofi Mensah,
# Editors" (the editors of a session's report are its rapporteurs). Not "editors of ...".
_BYLINE_NOUNS: tuple[tuple[Role, str], ...] = (
    (Role.RAPPORTEUR, r"Editors?|Rapporteurs?|Note[- ]?[Tt]akers?"),
    (Role.MODERATOR, r"Moderators?|Facilitators?"),
)
_BYLINE = re.compile(
    r",\s*(?:"
    + "|".join(f"(?P<{role.value}>{pattern})" for role, pattern in _BYLINE_NOUNS)
    + r")\b(?!\s+(?:of|at|for|in|to|and|from|on)\b)(?![\w'’-])"
)


def bylines(text: str) -> list[tuple[Role, int]]:
    """(role, where the noun's comma stands) of each byline noun in ``text``: the names
    it labels end there."""
    return [
        (Role(next(name for name, value in match.groupdict().items() if value)), match.start())
        for match in _BYLINE.finditer(text)
    ]


def role_before(text: str) -> Role | None:
    """The role a cue at the end of ``text`` gives the names that follow it."""
    if _PANEL_BEFORE_COLON.search(text):
        return Role.SPEAKER
    end = text.rstrip()
    end = end[:-1].rstrip() if end.endswith(":") else end
    if not end.lower().endswith(_BEFORE_ENDINGS):
        return None
    return next((role for role, pattern in _BEFORE if pattern.search(text)), None)


# The people who speak at a session, in the plural, in the languages read: "speakers",
# "ponentes", "intervenants", "Referentinnen", "sprekers", "prelegenci".
SPEAKER_NOUNS = (
    r"panel+ists|speakers|presenters|discussants|intervenants|pan[ée]listes|"
    r"ponentes|panelistas|palestrantes|painelistas|orateurs|orador(?:e?s|as)|"
    r"debatedor(?:es|as)|referent(?:inn)?en|redner(?:innen)?|sprekers|panelleden|prelegenci|"
    r"paneli[śs]ci"
)

# A clause naming a panel, then a colon before the names: "la session a réuni un panel
# d'experts distingués :", "the panel brought together:", "contó con los ponentes:".
_PANEL_BEFORE_COLON = re.compile(
    rf"\b(?:panel|{SPEAKER_NOUNS})\b[^.;:]{{0,60}}:\s*$", re.IGNORECASE
)


def role_after(text: str, acts_speak: bool = True) -> Role | None:
    """The role a cue at the start of ``text`` gives the name just before it; without
    ``acts_speak``, acts such as "presented" or "opened the session" give none."""
    found = _cue_after(text, acts_speak)
    return found[0] if found else None


def roles_after(text: str, acts_speak: bool = True) -> set[Role]:
    """The roles the cues at the start of ``text`` give the name just before it, one cue
    and the next (``organised the event and chaired the session``)."""
    roles: set[Role] = set()
    while found := _cue_after(text, acts_speak):
        roles.add(found[0])
        text = text[found[1] :]
        if not (joined := _ANOTHER_CUE.match(text)):
            break
        text = text[joined.end() :]
    return roles


_ANOTHER_CUE = re.compile(r"^[^.;:,]{0,40}?\s+and\s+(?=\w)")


def _cue_after(text: str, acts_speak: bool) -> tuple[Role, int] | None:
    """The role a cue at the start of ``text`` gives, and where the cue ends."""
    if not _ANY_AFTER.match(text):
        return None
    for role, pattern in _AFTER:
        if (acts_speak or role is not Role.SPEAKER) and (match := pattern.match(text)):
            return role, match.end()
    return None


def role_noun(text: str) -> Role | None:
    """The role a role noun in ``text`` names (``the session's moderator``), if one."""
    match = _ROLE_NOUN.search(text)
    if match is None:
        return None
    noun = match["noun"].lower()
    if match["online"]:
        return Role.ONLINE_MODERATOR
    if "chair" in noun:
        return Role.CHAIR
    if noun == "rapporteur":
        return Role.RAPPORTEUR
    if noun.startswith("organi"):
        return Role.ORGANIZER
    return Role.MODERATOR


def by_importance(roles: set[Role]) -> list[Role]:
    """``roles`` in a fixed order, speakers first."""
    return [role for role in _ROLE_ORDER if role in roles]


# (section, pattern) of labels and headings that open a part of a report other than a
# list of people; tried in order on the label without its brackets.
_SECTION_CUES: tuple[tuple[str, str], ...] = (
    (
        "title",
        r"^(?:(?:session|short|workshop|event|proposed)\s+)?(?:title|titre|t[ií]tulo)\b|^name\s+of\s+(?:the\s+)?session\b",
    ),
    ("date", r"^(?:date(?:\s*(?:&|and)\s*time)?|fecha|when|session\s+date)$"),
    ("time", r"^(?:time|session\s+time|time\s+of\s+the\s+(?:event|session)|hor[áa]rio|hora)$"),
    ("type", r"^(?:session\s+type|type\s+of\s+session)\b"),
    ("room", r"^(?:room|venue|location|salle|sala|lugar|local)$"),
    # Who wrote the page: no one taking part ("Event report/s: Claudio Lucena").
    (
        "author",
        r"^(?:event\s+reports?(?:/s)?|report(?:ed|s)?\s+by|written\s+by|authors?|posted\s+by|"
        r"(?:report\s+)?reviewed\s+by|(?:relat[óo]rio\s+)?revisado\s+por)$",
    ),
    ("stakeholder", r"^stakeholder(?:\s+group)?$"),
    ("regional_group", r"^regional\s+group$"),
    ("proposer_org", r"^(?:co-?)?proposer'?s?\s+organi[sz]ation$"),
    ("affiliation", r"^organi[sz]ational\s+affiliation$"),
    (
        "way_forward",
        r"\bcall\s+to\s+actions?\b|\bway\s+forward\b|\bnext\s+steps\b|\bpolicy\s+recommendations\b",
    ),
    # "Key messages" as a heading; a form's question asking for them is text about it
    ("key_issues", r"\bkey\s+(?:issues|takeaways?)\b|^key\s+messages\b"),
    ("presentations", r"\bpresentations?\b"),
    (
        "discussions",
        r"\bdiscussions?\b|^session\s+report\b|\bdiscussion\s+areas\b|\bsummary\s+of\s+issues\b|"
        r"\bkey\s+policy\s+questions\b|\bother\s+initiatives\b|\bmaking\s+progress\b|"
        r"\bkey\s+messages\b",
    ),
    ("meta", r"^updated\b|^(?:sub-?)?theme\b|^tags?\b|^last\s+(?:updated|modified)\b"),
    ("participation", r"^(?:estimated\s+)?participation$|^attendance$"),
    (
        "participants",
        r"\bestimate\s+the\s+overall\s+number\s+of\s+(?:the\s+)?participants\b|"
        r"^(?:estimated?\s+)?(?:total\s+)?(?:number\s+of\s+)?participants$",
    ),
    (
        "women",
        r"\bestimate\s+the\s+overall\s+number\s+of\s+women\b|"
        r"^(?:estimated?\s+)?(?:number\s+of\s+)?women(?:\s+participants)?$",
    ),
    ("gender_discussed", r"\bto\s+what\s+extent\s+did\s+the\s+session\s+discuss\s+gender\b"),
    ("gender_summary", r"\bif\s+the\s+session\s+addressed\s+issues\s+related\s+to\s+gender\b"),
    ("gender", r"^gender\s+reporting\b|\breflection\s+(?:to|on)\s+gender\b"),
    # An agenda's lines are text about the session, but "Name, Post, Organisation" alone
    # on one is a speaker (bench/real/ANNOTATION.md: "a person on an agenda line").
    ("agenda", r"^agenda\b|^ordre\s+du\s+jour\b"),
    (
        "description",
        r"\bpolicy\s+questions?\b|\bdescription\b|^format[oa]?\b|\bduration\b|^length\b|"
        r"^dura[çc][ãa]o\b|^duraci[oó]n\b|^dur[ée]e\b|"
        r"\brelevance\b|\bsdgs?\b|^targets?\b|\bobjectives?\b|\bexpected\s+outcomes?\b|"
        r"^interventions\b|^diversity\b|^online\s+participation\b|\bdiscussion\s+facilitation\b|"
        r"\babout\s+this\s+session\b|\bcontent\s+of\s+the\s+session\b|"
        r"\bconnection\s+with\s+previous\b|^background\b|^goals?\b|"
        r"^relation\s+to\b|^session\s+format\b|^subject\s+matter\b|^issues?\b",
    ),
)
_SECTIONS = tuple((name, re.compile(pattern, re.IGNORECASE)) for name, pattern in _SECTION_CUES)


@lru_cache(maxsize=4096)
def label_section(label: str) -> str | None:
    """The part of a report a label or heading opens (``key_issues``, ``description``,
    ``date``, ...), when it is not a list of people.

    >>> label_section("Key Issues raised (1 sentence per issue)"), label_section("Room")
    ('key_issues', 'room')
    """
    text = " ".join(re.sub(r"\([^()]*\)|\[[^\]]*\]|[#*_:|]", " ", label).split())
    text = re.sub(r"^\d{1,2}[.)]\s*", "", text)
    return next((name for name, pattern in _SECTIONS if pattern.search(text)), None)
