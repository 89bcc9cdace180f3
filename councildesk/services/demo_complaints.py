"""The sample council's casebook: a handful of cases on every route, with invented names.

The casebook opens with the passphrase the README gives for the sample council. Because that
passphrase is published, a strong key-derivation cost would protect nothing here, so the sample
uses a light one and starts quickly; a real casebook always gets the strong cost.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from councildesk.db.models import PersonKind
from councildesk.rules.complaint_panels import Accompaniment
from councildesk.rules.complaints import Outcome, Route
from councildesk.rules.working_days import add_working_days
from councildesk.services import casebook_crypto, complaints, people, subject_access
from councildesk.services.casebook_crypto import Casebook, KdfParams
from councildesk.services.complaint_content import CaseContent, StageContent
from councildesk.services.complaint_parties import PartyRef, from_register, is_chair, outside
from councildesk.services.complaints import StageInput
from councildesk.services.subject_access import RequestContent

DEMO_PASSPHRASE = "ashcombe parva sample casebook"
_SAMPLE_COST = KdfParams(n=2**12, r=8, p=1)


def seed_casebook(session: Session, today: dt.date) -> None:
    book, _recovery = casebook_crypto.set_up(session, DEMO_PASSPHRASE, params=_SAMPLE_COST)
    everyone = people.list_people(session)
    councillors = [p for p in everyone if p.kind is PersonKind.COUNCILLOR]
    officers = {p.post: p for p in everyone if p.kind is PersonKind.OFFICER}
    chair = from_register(next(p for p in councillors if is_chair(p)))
    councillors = [p for p in councillors if not is_chair(p)]
    clerk = from_register(officers["Clerk and RFO"])
    deputy = from_register(officers["Deputy Clerk"])
    cllr = [from_register(p) for p in councillors]
    _Seeder(session, book, today).run(chair, clerk, deputy, cllr)
    _requests(session, book, today, deputy)


def _requests(session: Session, book: Casebook, today: dt.date, deputy: PartyRef) -> None:
    """Two subject access requests: one answered in time last year, one open now."""
    earlier = subject_access.record_request(
        session,
        book,
        RequestContent(outside("Mr Ambrose Tillingham"), "letter"),
        today - dt.timedelta(days=400),
        today,
    )
    subject_access.mark_answered(session, earlier.id, today - dt.timedelta(days=380), today)
    subject_access.record_request(
        session,
        book,
        RequestContent(deputy, "email", notes="Asked for everything about the grievance."),
        today - dt.timedelta(days=12),
        today,
    )


class _Seeder:
    def __init__(self, session: Session, book: Casebook, today: dt.date) -> None:
        self.session, self.book, self.today = session, book, today

    def day(self, working_days_ago: int) -> dt.date:
        return add_working_days(self.today, -working_days_ago)

    def open(self, route: Route, ago: int, content: CaseContent, acknowledged: int | None) -> int:
        case = complaints.open_case(
            self.session, self.book, route, self.day(ago), content, self.today
        )
        if acknowledged is not None:
            complaints.acknowledge(self.session, case.id, self.day(acknowledged))
        return case.id

    def move(
        self,
        case_id: int,
        key: str,
        ago: int,
        content: StageContent | None = None,
        outcome: Outcome | None = None,
    ) -> None:
        data = StageInput(key, self.day(ago), content or StageContent(), outcome)
        complaints.record_stage(self.session, self.book, case_id, data, self.today)

    def run(self, chair: PartyRef, clerk: PartyRef, deputy: PartyRef, cllr: list[PartyRef]) -> None:
        panel = [cllr[2], cllr[4]]
        # An old public complaint, long closed: now past its retention date.
        old = self.open(
            Route.PUBLIC, 1900,
            CaseContent(complainant=outside("Mr Ambrose Tillingham"), handler=clerk,
                        summary="Allotment rent invoice sent twice."),
            1898,
        )  # fmt: skip
        self.move(old, "direct", 1895)
        self.move(old, "closed", 1894, outcome=Outcome.RESOLVED_INFORMALLY)
        # A grievance settled informally last year.
        settled = self.open(
            Route.GRIEVANCE, 260,
            CaseContent(complainant=deputy, subject=cllr[5], handler=clerk, how_received="email",
                        summary="Repeated late-night e-mails demanding replies.",
                        notes="Both agreed to the protocol's contact hours."),
            258,
        )  # fmt: skip
        self.move(settled, "informal", 255, StageContent(notes="Met with the Chair present."))
        self.move(settled, "closed", 240, outcome=Outcome.RESOLVED_INFORMALLY)
        # A formal grievance awaiting its written decision.
        formal = self.open(
            Route.GRIEVANCE, 30,
            CaseContent(complainant=deputy, subject=cllr[6], handler=clerk,
                        summary="Criticised in public at the Full Council meeting.",
                        notes="Minutes of the meeting attached to the paper file."),
            27,
        )  # fmt: skip
        self.move(formal, "informal", 25)
        self.move(formal, "mediation", 20, StageContent(notes="Monitoring Officer conciliated."))
        self.move(formal, "written-grievance", 12)
        self.move(
            formal, "meeting", 3,
            StageContent(panel=panel, accompaniment=Accompaniment.ACCOMPANIED,
                         companion="Ms Gwenllian Harte (UNISON)"),
        )  # fmt: skip
        # A councillor's concern about the Clerk: raised with the Chair, under investigation.
        about_clerk = self.open(
            Route.CONDUCT_OF_OFFICER, 9,
            CaseContent(complainant=cllr[3], subject=clerk, handler=chair, how_received="letter",
                        summary="Agenda papers sent out late for two meetings."),
            7,
        )  # fmt: skip
        self.move(about_clerk, "investigation", 4)
        # A Code of Conduct allegation referred to the Monitoring Officer.
        referred = self.open(
            Route.CODE_OF_CONDUCT, 15,
            CaseContent(complainant=outside("Mrs Philippa Dunmore"), subject=cllr[7],
                        summary="Failed to declare an interest in a planning item."),
            14,
        )  # fmt: skip
        self.move(referred, "referred", 13)
        # One just recorded, not yet acknowledged or referred.
        self.open(
            Route.CODE_OF_CONDUCT, 2,
            CaseContent(complainant=outside("Mr Lucan Ferriday"), subject=cllr[1],
                        how_received="email", summary="Abusive post on social media."),
            None,
        )  # fmt: skip
        # A public complaint heard by the council, upheld.
        heard = self.open(
            Route.PUBLIC, 60,
            CaseContent(complainant=outside("Ms Orla Brackenbury"), handler=clerk,
                        summary="Bus shelter glass left broken for three months."),
            58,
        )  # fmt: skip
        self.move(heard, "council-meeting", 40)
        self.move(heard, "decision", 38, StageContent(decision="Repair ordered; apology sent."))
        self.move(heard, "closed", 36, outcome=Outcome.UPHELD)
