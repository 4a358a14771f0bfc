"""Home addresses and UK postcodes; years ("2010 High Court"), prices and the school's
own address are not someone's home."""

import re

from rules.detectors.confidential_recognizers.context import RecognizerContext
from rules.detectors.confidential_recognizers.public_contacts import squash
from rules.detectors.confidential_recognizers.scores import (
    POSTCODE_SCORE,
    STREET_ADDRESS_SCORE,
    STREET_ONLY_SCORE,
    UNCUED_LOWERCASE_ADDRESS_SCORE,
)
from rules.findings import Finding

_STREET_TYPES = ("Road|Rd|Street|St|Avenue|Ave|Lane|Ln|Close|Crescent|Cres|Drive|Dr|Way|"
                 "Grove|Gardens|Gdns|Place|Pl|Court|Ct|Terrace|Row|Mews|Hill|Park|View|Walk|"
                 "Square|Sq|Rise|Green|Parade|Vale|Meadows?|Fields?|Heights|Villas|Cottages|"
                 "Wharf|Yard|Chase|Croft|Gate|Hollow|Lea|Wynd|Brow|Bank|Side|Boulevard")
_POSTCODE_AREAS = frozenset("""AB AL B BA BB BD BH BL BN BR BS BT CA CB CF CH CM CO CR CT CV CW
DA DD DE DG DH DL DN DT DY E EC EH EN EX FK FY G GL GU GY HA HD HG HP HR HS HU HX IG IM IP IV
JE KA KT KW KY L LA LD LE LL LN LS LU M ME MK ML N NE NG NN NP NR NW OL OX PA PE PH PL PO PR
RG RH RM S SA SE SG SK SL SM SN SO SP SR SS ST SW SY TA TD TF TN TQ TR TS TW UB W WA WC WD WF
WN WR WS WV YO ZE""".split())
_NOT_NAME_WORDS = r"(?!(?:the|a|an|to|of|in|on|at|for|and|my|your|our|his|her|their|some|" \
                  r"kids|children|more|big|little|other|new|old)\b)"


class AddressRecognizer:
    """Home addresses ("14 Beech Crescent", "lives on Beech Crescent") and UK postcodes."""

    kind = "home address"
    # Both patterns start at a digit, which lets the regex engine skip straight to digits.
    STREET = re.compile(rf"\d{{1,4}}[a-z]?,?\s+(?:{_NOT_NAME_WORDS}[A-Za-z][a-z'’-]+\s+){{1,3}}"
                        rf"(?:{_STREET_TYPES})\b\.?", re.IGNORECASE)
    INWARD = re.compile(r"\d[A-Z\d]?\s?\d[ABD-HJLNP-UW-Z]{2}\b", re.IGNORECASE)
    POSTCODE = re.compile(r"(?P<area>[A-Z]{1,2})\d[A-Z\d]?\s?\d[ABD-HJLNP-UW-Z]{2}\b",
                          re.IGNORECASE)
    LIVES_ON = re.compile(rf"\blives?\s+(?:at|on|in|down|up)\s+(?:the\s+(?:end|top|bottom|"
                          rf"corner)\s+of\s+)?(?P<street>(?:[A-Z][a-z'’-]+\s+){{1,3}}"
                          rf"(?:{_STREET_TYPES}))\b")
    SEPARATOR = re.compile(r"[ ,]*")
    NOT_A_HOUSE_NUMBER = re.compile(r"(?:19|20)\d\d\D")  # years: "2010 High Court"
    ADDRESS_CUE = re.compile(r"\b(?:lives?|living|address|house|number|round to|moved to|"
                             r"door)\b", re.IGNORECASE)

    def recognize(self, ctx: RecognizerContext) -> list[Finding]:
        """Find street addresses, then postcodes not already part of one."""
        text = ctx.text
        findings: list[Finding] = []
        spans: list[tuple[int, int]] = []
        for m in self.STREET.finditer(text):
            start, end = m.start(), m.end()
            if (start and (text[start - 1].isalnum() or text[start - 1] in "£$.,:/")) \
                    or self.NOT_A_HOUSE_NUMBER.match(text, start):
                continue
            post = self._postcode_at(text, self.SEPARATOR.match(text, end).end())
            if post is not None:
                end = post.end()
            words = m.group(0).split()
            capitalised = words[-1][0].isupper() and words[-2][0].isupper()
            cued = bool(self.ADDRESS_CUE.search(text, max(0, start - 40), start))
            score = STREET_ADDRESS_SCORE if capitalised or cued else \
                UNCUED_LOWERCASE_ADDRESS_SCORE
            findings.append(ctx.contact_finding(self.kind, score, start, end,
                                                self._public(ctx, text[start:end])))
            spans.append((start, end))
        for m in self.LIVES_ON.finditer(text) if "live" in ctx.lower else ():
            start, end = m.span("street")
            if not any(s <= start < e for s, e in spans):
                findings.append(ctx.contact_finding("home street", STREET_ONLY_SCORE, start,
                                                    end, self._public(ctx, m["street"])))
                spans.append((start, end))
        for inward in self.INWARD.finditer(text):
            post = self._postcode_at(text, inward.start() - 2) or \
                self._postcode_at(text, inward.start() - 1)
            if post is not None and not any(s <= post.start() < e for s, e in spans):
                findings.append(ctx.contact_finding("postcode", POSTCODE_SCORE, post.start(),
                                                    post.end(), self._public(ctx, post[0])))
                spans.append(post.span())
        return findings

    def _postcode_at(self, text: str, pos: int) -> re.Match[str] | None:
        """A valid UK postcode starting exactly at `pos`, on a word boundary."""
        if pos < 0 or (pos and text[pos - 1].isalnum()):
            return None
        m = self.POSTCODE.match(text, pos)
        return m if m is not None and self._postcode_ok(m) else None

    @staticmethod
    def _postcode_ok(m: re.Match[str]) -> bool:
        code = m.group(0)
        if code.upper() != code and re.search(r"\d(?:st|nd|rd|th)$", code, re.I):
            return False  # "w1 1st" reads as an ordinal
        return m["area"].upper() in _POSTCODE_AREAS

    @staticmethod
    def _public(ctx: RecognizerContext, found: str) -> bool:
        squashed = squash(found)
        return bool(squashed) and any(squashed in a for a in ctx.public.addresses)
