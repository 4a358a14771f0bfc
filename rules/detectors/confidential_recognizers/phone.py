"""Phone numbers, UK and foreign, via `phonenumbers`; 03/08 service numbers and bare digit
runs (IPs, ISBNs, references) are not someone's phone."""

import re

import phonenumbers
from phonenumbers import Leniency, PhoneNumberMatcher

from rules.detectors.confidential_recognizers.context import RecognizerContext
from rules.detectors.confidential_recognizers.scores import (
    FOREIGN_PHONE_SCORE,
    LANDLINE_SCORE,
    MOBILE_SCORE,
    SERVICE_PHONE_SCORE,
)
from rules.findings import Finding


class PhoneRecognizer:
    """UK mobiles and landlines in any common spacing, via `phonenumbers`."""

    kind = "phone number"
    # Cheap gate before the matcher: a "+" or "0" followed by 8-24 digit-ish characters.
    # The matcher then runs on a small window around each, so a long run of digits costs
    # no more than a few numbers.
    HINT = re.compile(r"(?:\+\s*\d|\b0)[\d\s().\-]{8,24}")
    MAX_WINDOWS = 40
    TYPES = {"7": ("UK mobile number", MOBILE_SCORE), "1": ("UK landline number", LANDLINE_SCORE),
             "2": ("UK landline number", LANDLINE_SCORE), "5": ("UK phone number", LANDLINE_SCORE),
             "3": ("UK non-geographic number", SERVICE_PHONE_SCORE),
             "8": ("UK freephone or service number", SERVICE_PHONE_SCORE)}

    def recognize(self, ctx: RecognizerContext) -> list[Finding]:
        """Find numbers and judge whose they are."""
        text = ctx.text
        findings = []
        done = 0  # windows never overlap, so no number is reported twice
        for i, hint in enumerate(self.HINT.finditer(text)):
            if i >= self.MAX_WINDOWS:
                break
            lo, hi = max(done, hint.start() - 2), min(len(text), hint.end() + 2)
            done = hi
            for m in PhoneNumberMatcher(text[lo:hi], "GB", leniency=Leniency.POSSIBLE):
                finding = self._judge(ctx, m.number, m.raw_string, lo + m.start, lo + m.end)
                if finding is not None:
                    findings.append(finding)
        return findings

    def _judge(self, ctx: RecognizerContext, number: phonenumbers.PhoneNumber, raw: str,
               start: int, end: int) -> Finding | None:
        # Written numbers start "0" or "+"; bare digit runs are IPs, ISBNs, references.
        if raw.lstrip("(")[:1] not in ("0", "+") or ctx.lower.endswith("isbn ", 0, start):
            return None
        nsn = phonenumbers.national_significant_number(number)
        if number.country_code == 44:
            if len(nsn) not in (9, 10) or nsn[0] not in self.TYPES:
                return None
            kind, score = self.TYPES[nsn[0]]
        elif phonenumbers.is_valid_number(number):
            kind, score = "phone number", FOREIGN_PHONE_SCORE
        else:
            return None
        e164 = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
        return ctx.contact_finding(kind, score, start, end, e164 in ctx.public.phones)
