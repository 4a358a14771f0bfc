"""Kindly's storage: SQLAlchemy models, the database, migrations and store functions.

Importing the package registers every table on `Base.metadata` (Alembic compares against it).
"""

from models.alert import SafeguardingAlert
from models.audit import AuditEntry
from models.base import Base
from models.case import Case, CaseNote, ClauseDismissal
from models.code import Code
from models.digest_run import DigestRun
from models.failed_update import FailedUpdate
from models.group import Group
from models.incident import Incident, IncidentAction
from models.member import Member
from models.processed_update import ProcessedUpdate
from models.report import Report
from models.reviewer import Reviewer
from models.safeguarding_review import SafeguardingReview
from models.school import School

__all__ = [
    "AuditEntry", "Base", "Case", "CaseNote", "ClauseDismissal", "Code", "DigestRun",
    "FailedUpdate", "Group",
    "Incident", "IncidentAction", "Member", "ProcessedUpdate", "Report", "Reviewer",
    "SafeguardingAlert", "SafeguardingReview", "School",
]
