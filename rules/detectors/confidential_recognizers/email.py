"""Email addresses: role mailboxes (office@, admin@) and school, council or NHS addresses
are not personal ones."""

import re

from rules.detectors.confidential_recognizers.context import RecognizerContext
from rules.detectors.confidential_recognizers.scores import (
    EMAIL_SCORE,
    ROLE_EMAIL_SCORE,
    WORK_EMAIL_SCORE,
)
from rules.findings import Finding

_ROLE_MAILBOXES = frozenset("""office admin info enquiries enquiry head headteacher reception
finance bursar senco pta school contact hello admissions attendance clerk governors""".split())
_WORK_DOMAINS = (".sch.uk", ".gov.uk", ".nhs.uk", ".nhs.net", ".police.uk", ".ac.uk")


class EmailRecognizer:
    """Email addresses; role mailboxes and school/work domains are not personal."""

    kind = "email address"
    PATTERN = re.compile(r"(?<![\w.+-])[\w.%+-]{1,64}@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*"
                         r"\.[A-Za-z]{2,24}\b")

    def recognize(self, ctx: RecognizerContext) -> list[Finding]:
        """Find addresses and judge whose they are."""
        if "@" not in ctx.text:
            return []
        findings = []
        for m in self.PATTERN.finditer(ctx.text):
            address = m.group(0).lower()
            local, domain = address.rsplit("@", 1)
            public = address in ctx.public.emails or domain in ctx.public.domains
            if domain.endswith(_WORK_DOMAINS):
                kind, score = "work email address", WORK_EMAIL_SCORE
            elif local in _ROLE_MAILBOXES:
                kind, score = "role email address", ROLE_EMAIL_SCORE
            else:
                kind, score = "personal email address", EMAIL_SCORE
            findings.append(ctx.contact_finding(kind, score, m.start(), m.end(), public))
        return findings
