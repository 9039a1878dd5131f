"""Synthetic IGF report corpora with a realistic shape, for benchmarks and scale tests.

People recur across years with a heavy tail (a few speak at hundreds of sessions, most
once or twice), organisations have several people each, sessions are workshops and
open forums of 2006-2023 with flat speaker lists or panels. Files are written in the
2017 rapporteur template, the one :mod:`igfgraph.parse` reads fully. Every name and
sentence is composed here from word lists; the same seed gives the same corpus::

    python -m bench.generate out/corpus --reports 10000
"""

from __future__ import annotations

import argparse
import random
from dataclasses import dataclass
from itertools import accumulate, product
from pathlib import Path

from igfgraph.resolve.organisations import load_gazetteer

GIVEN = (
    "Ana Kofi Maria Chinmayi Kathy Peggy Irene Lucie Sunil Matthew Anriette Deborah Lea "
    "Kaja Markus Madeleine Maarten Maryant Luis Francisco Marietje Nnenna Raul Vint Lynn "
    "Bertrand Avri Wolfgang Jeanette Parminder Olga Hanane Nii Mishi Grace Tatiana Milton "
    "Ephraim Renata Nanjira Jimson Carlos Paula Amina Yuki Chen Priya Tomas Ingrid Samir "
    "Fatou Oksana Mateus Leila Arturo Sofia Kwame Aiko Nadia Henrik Rania Diego Zainab "
    "Pablo Mei Alejandro Ines Omar Helena Baraka Astrid Rafael Noura Jonas Thandiwe Ivan"
).split()
SURNAMES = (
    "Ruiz Mensah Arun Brown Hicks Poetranto Krahulcova Abraham Shears Esterhuysen Kaspar "
    "Ciglic Kummer Carr Fernandez Garcia Hott Schaake Nwakanma Echeberria Cerf Pascoe "
    "Vanderhoven Doria Kleinwaechter Hofmann Gurumurthy Cavalli Bichara Quaynor Mwangi "
    "Robinson Mueller Kanyi Taylor Okafor Lindqvist Haddad Nakamura Petrov Silva Moreau "
    "Diallo Kowalski Santos Andersen Khalil Tanaka Osei Novak Rossi Mahlangu Chowdhury "
    "Reyes Dubois Eriksen Mbeki Castillo Yilmaz Ochieng Varga Herrera Achieng Larsen "
    "Kamau Baptiste Sato Ibrahim Kozlov Lopez Nyambura Fischer Rahman Costa Adeyemi"
).split()
PLACES = (
    "Nairobi Geneva Delhi Lagos Lima Manila Dakar Accra Tunis Bogota Jakarta Warsaw "
    "Kampala Cairo Quito Hanoi Riga Lisbon Dhaka Harare Beirut Oslo Lusaka Santiago"
).split()
SUBJECTS = (
    "Digital Rights;Internet Policy;Open Data;Cyber Security;Media Freedom;Privacy;"
    "Access;Youth Internet;Internet Research;Community Networks;Data Justice;Online Safety"
).split(";")
KINDS = {
    "civil society": ("Foundation", "Association", "Network", "Alliance", "Coalition"),
    "academia": ("University", "Institute"),
    "government": ("Ministry",),
    "private sector": ("Company",),
}
TOPICS = (
    "cybersecurity;human rights online;meaningful connectivity;data protection;"
    "artificial intelligence;content moderation;internet fragmentation;digital inclusion;"
    "gender and the internet;net neutrality;community networks;trust and safety"
).split(";")
VERBS = ("weighed", "examined", "questioned", "compared", "mapped", "debated")
AUDIENCES = ("regulators", "small businesses", "users", "local communities", "researchers")
FIRST_YEAR, LAST_YEAR = 2006, 2023
ZIPF_OFFSET = 60


@dataclass(frozen=True)
class Organisation:
    """A synthetic organisation: full name and acronym."""

    name: str
    acronym: str


@dataclass(frozen=True)
class Person:
    """A synthetic person and the organisation they speak for."""

    name: str
    organisation: Organisation


def _initials(name: str) -> str:
    """An acronym made of the capitalised words' initials."""
    return "".join(word[0] for word in name.split() if word[0].isupper())


def _known_organisations() -> list[Organisation]:
    """The gazetteer's organisations that have a stakeholder group, so the resolver classifies
    them (no naming rule classifies the made-up civil-society ones)."""
    return [
        Organisation(known.name, known.acronyms[0] if known.acronyms else _initials(known.name))
        for known in load_gazetteer().entries
        if known.stakeholder_group is not None
    ]


def _organisations(count: int, rng: random.Random) -> list[Organisation]:
    """``count`` organisations with distinct names, mostly civil society: made-up ones and
    the gazetteer's."""
    kinds = [
        (kind, w)
        for kinds, w in zip(KINDS.values(), (5, 2, 2, 1), strict=True)
        for kind in kinds
        for _ in range(w)
    ]
    seen: set[str] = set()
    result: list[Organisation] = []
    for place, subject, (kind, _) in product(PLACES, SUBJECTS, sorted(set(kinds))):
        if kind == "Ministry":
            name = f"Ministry of {subject}, {place}"
        elif kind == "Company":
            name = f"{place} {subject} Ltd"
        else:
            name = f"{place} {subject} {kind}"
        if name not in seen:
            seen.add(name)
            result.append(Organisation(name, _initials(name)))
    result += [known for known in _known_organisations() if known.name not in seen]
    rng.shuffle(result)
    if count > len(result):
        raise ValueError(f"at most {len(result)} organisations; ask for fewer")
    return result[:count]


def _people(count: int, organisations: list[Organisation], rng: random.Random) -> list[Person]:
    """``count`` distinct people; big organisations (early in the list) get more of them."""
    names = [f"{g} {s}" for g, s in product(GIVEN, SURNAMES)]
    names += [f"{g} {m} {s}" for g, m, s in product(GIVEN[:20], GIVEN[20:60], SURNAMES)]
    if count > len(names):  # 50,000 reports and more (smaller corpora keep their names)
        names += [
            f"{g} {m} {s}"
            for g, m, s in product(GIVEN[20:], GIVEN[:20] + GIVEN[60:], SURNAMES)
            if g != m
        ]
    rng.shuffle(names)
    if count > len(names):
        raise ValueError(f"at most {len(names)} people; ask for fewer")
    weights = list(accumulate(1 / (rank + 1) ** 0.8 for rank in range(len(organisations))))
    return [
        Person(name, rng.choices(organisations, cum_weights=weights)[0]) for name in names[:count]
    ]


class Corpus:
    """Draws sessions from one population of people and organisations."""

    def __init__(self, reports: int, seed: int = 7) -> None:
        self.rng = random.Random(seed)
        self.reports = reports
        organisations = _organisations(max(20, min(reports // 4, 1400)), self.rng)
        self.people = _people(max(60, reports * 3), organisations, self.rng)
        # Zipf-Mandelbrot: the person of rank r is drawn with weight 1 / (r + 60). The busiest
        # person speaks at about 2.5% of the sessions (about 14 a year at 550 sessions a year),
        # and most people once or twice.
        self.weights = list(
            accumulate(1 / (rank + 1 + ZIPF_OFFSET) for rank in range(len(self.people)))
        )
        self.numbers: dict[int, int] = {}

    def _draw(self, count: int) -> list[Person]:
        """``count`` distinct people, drawn with the heavy-tailed weights."""
        chosen: dict[str, Person] = {}
        while len(chosen) < count:
            person = self.rng.choices(self.people, cum_weights=self.weights)[0]
            chosen.setdefault(person.name, person)
        return list(chosen.values())

    def _sentence(self) -> str:
        rng = self.rng
        return (
            f"Participants {rng.choice(VERBS)} how {rng.choice(TOPICS)} affects "
            f"{rng.choice(AUDIENCES)} and what {rng.choice(TOPICS)} asks of "
            f"{rng.choice(AUDIENCES)}."
        )

    def report(self, index: int) -> tuple[str, str]:
        """The file name and text of report number ``index``."""
        rng = self.rng
        year = FIRST_YEAR + index % (LAST_YEAR - FIRST_YEAR + 1)
        number = self.numbers[year] = self.numbers.get(year, 0) + 1
        kind = "WS" if rng.random() < 0.8 else "OF"
        topic = rng.choice(TOPICS)
        title = f"{topic.capitalize()} for {rng.choice(AUDIENCES)} ({kind} #{number})"
        people = self._draw(rng.randint(5, 14))
        chair, rapporteur, speakers = people[0], people[1], people[2:]
        organizers = list(
            dict.fromkeys(p.organisation for p in people[:3])
        )  # no set: its order varies
        lines = [
            f"IGF {year} Reporting Template",
            "",
            f"- Session Title: {title}",
            "",
            f"- Date: {rng.randint(1, 28)} December, {year}",
            "",
            f"- Time: {rng.choice(('09:00', '11:00', '15:00'))}-{rng.choice(('10:30', '16:30'))}",
            "",
            "- Session Organizer: " + ", ".join(f"{o.name} ({o.acronym})" for o in organizers),
            "",
            f"- Chair/Moderator: {chair.name}, {chair.organisation.acronym}",
            "",
            f"- Rapporteur/Notetaker: {rapporteur.name}",
            "",
            "- List of Speakers and their institutional affiliations:",
            "",
            *self._speakers(speakers, organizers),
            "- Key Issues raised (1 sentence per issue)",
            "",
            *(self._sentence() for _ in range(rng.randint(1, 3))),
            "",
            "- Please describe the Discussions that took place during the workshop session "
            "(3 paragraphs):",
            "",
            " ".join(self._sentence() for _ in range(3)),
            "",
            "Gender Reporting",
            "",
            "- Estimate the overall number of the participants present at the session:",
            "",
            f"About {rng.randint(2, 30) * 5} people took part.",
            "",
        ]
        return f"igf{year}-{kind.lower()}-{number}.txt", "\n".join(lines)

    def _speakers(self, speakers: list[Person], organizers: list[Organisation]) -> list[str]:
        """A flat list, or panels each ending with its moderator."""

        def written(person: Person) -> str:
            org = person.organisation
            return f"{person.name} ({org.acronym if org in organizers else org.name})"

        if len(speakers) < 6 or self.rng.random() < 0.6:
            return [", ".join(written(p) for p in speakers), ""]
        lines: list[str] = []
        size = len(speakers) // 2
        for panel, group in enumerate((speakers[:size], speakers[size:]), start=1):
            *members, moderator = group
            lines += [
                f"Panel {panel}",
                "",
                ", ".join(map(written, members)) + f" Moderator: {written(moderator)}",
                "",
            ]
        return lines


def write_corpus(folder: Path, reports: int, seed: int = 7) -> list[Path]:
    """Write ``reports`` synthetic report files into ``folder``; their paths."""
    folder.mkdir(parents=True, exist_ok=True)
    corpus = Corpus(reports, seed)
    paths = []
    for index in range(reports):
        name, text = corpus.report(index)
        path = folder / name
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def main() -> None:
    """Command line: ``python -m bench.generate FOLDER --reports N [--seed S]``."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--reports", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    paths = write_corpus(args.folder, args.reports, args.seed)
    print(f"wrote {len(paths)} reports to {args.folder}")


if __name__ == "__main__":
    main()
