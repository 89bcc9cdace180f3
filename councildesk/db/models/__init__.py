"""The ORM models: the truth about what CouncilDesk stores, one module per area.

Dates are stored as ISO dates (SQLAlchemy's Date type does this on SQLite). Every change to
these modules needs an Alembic revision in migrations/versions.

Callers, migrations/env.py and the tests import every model from here, and importing this
package is what puts every table into ``Base.metadata``: a model left out of the imports below
would be missing from Alembic's comparison and from the registry that relationship strings are
resolved in. The modules are imported in the order their tables were first declared, so the
metadata lists them as it always has. A new area's models go in a new module, imported last.
"""

from __future__ import annotations

# The order of these imports is the order the tables were declared in, kept in the metadata.
# isort: off
from councildesk.db.models.base import NAMING_CONVENTION, Base
from councildesk.db.models.council import (
    FULL_COUNCIL,
    Committee,
    CommitteeMember,
    Council,
    CouncilKind,
    GroupMembership,
    Meeting,
    Person,
    PersonKind,
    PoliticalGroup,
    Role,
)
from councildesk.db.models.audit import AuditEntry
from councildesk.db.models.policies import (
    Acknowledgement,
    Policy,
    PolicyNode,
    PolicyVersion,
    TopicCorrection,
    VersionStatus,
)
from councildesk.db.models.casebook import (
    CasebookKey,
    Complaint,
    ComplaintDocument,
    ComplaintSettings,
    ComplaintStage,
    SubjectAccessRequest,
)
from councildesk.db.models.reviews import (
    AppointedDay,
    LegalChange,
    LegalChangePolicy,
    PolicyReview,
    ReminderState,
    ReviewOutcome,
    ReviewSchedule,
    ReviewSettings,
)
from councildesk.db.models.disclosures import (
    Disclosure,
    DisclosureNotification,
    DisclosureSettings,
)
from councildesk.db.models.horizon import ReminderHorizon
# isort: on

__all__ = [
    "FULL_COUNCIL",
    "NAMING_CONVENTION",
    "Acknowledgement",
    "AppointedDay",
    "AuditEntry",
    "Base",
    "CasebookKey",
    "Committee",
    "CommitteeMember",
    "Complaint",
    "ComplaintDocument",
    "ComplaintSettings",
    "ComplaintStage",
    "Council",
    "CouncilKind",
    "Disclosure",
    "DisclosureNotification",
    "DisclosureSettings",
    "GroupMembership",
    "LegalChange",
    "LegalChangePolicy",
    "Meeting",
    "Person",
    "PersonKind",
    "Policy",
    "PolicyNode",
    "PolicyReview",
    "PolicyVersion",
    "PoliticalGroup",
    "ReminderHorizon",
    "ReminderState",
    "ReviewOutcome",
    "ReviewSchedule",
    "ReviewSettings",
    "Role",
    "SubjectAccessRequest",
    "TopicCorrection",
    "VersionStatus",
]
