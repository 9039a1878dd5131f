"""Nothing lost: which lines of a source the parsed reports account for.

Every non-blank line must end up in a fact's span, a recognised label or
``report.unparsed``. :func:`keep_unread` is the safety net behind the templates: a
line no template read is kept as unparsed, with a warning naming it.
"""

from __future__ import annotations

from collections.abc import Iterable

from igfgraph.model import Report, SourceSpan, Unparsed
from igfgraph.sources import SourceText

NOT_READ = "the template did not read this line; kept as unparsed"


def report_spans(report: Report) -> list[SourceSpan]:
    """Every span the report accounts for: facts, passages, labels and unparsed lines."""
    session = report.session
    passages = [
        *report.key_issues,
        *report.presentations,
        *report.discussions,
        *report.way_forward,
        *report.description,
        *report.gender.statements,
    ]
    return [
        *session.spans.values(),
        *session.spans.replaced,
        *report.labels,
        *(item.span for item in report.unparsed),
        *(organizer.span for organizer in report.organizers),
        *(person.span for person in report.people),
        *(organizer.organisation.span for organizer in report.organizers if organizer.organisation),
        *(person.organisation.span for person in report.people if person.organisation),
        *(passage.span for passage in passages),
    ]


def unaccounted_lines(source: SourceText, reports: Iterable[Report]) -> list[tuple[int, str]]:
    """The non-blank lines of ``source`` in no fact's span, no label and no unparsed item."""
    covered = {
        number
        for report in reports
        for span in report_spans(report)
        for number in range(span.start_line, span.end_line + 1)
    }
    return [
        (number, line)
        for number, line in enumerate(source.lines, start=1)
        if line.strip() and number not in covered
    ]


def keep_unread(source: SourceText, reports: list[Report]) -> list[Report]:
    """Keep every line of ``source`` that ``reports`` do not account for as unparsed (in
    the first report, with a warning), so that no line is ever dropped."""
    for number, line in unaccounted_lines(source, reports):
        span = source.span(number)
        reports[0].unparsed.append(Unparsed(line.strip(), span))
        reports[0].warnings.append(f"{span}: {NOT_READ}")
    if reports:
        reports[0].unparsed.sort(key=lambda item: item.span.start_line)
    return reports
