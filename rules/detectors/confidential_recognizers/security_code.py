"""Door, gate, key-safe and alarm codes."""

import re

from rules.detectors.confidential_recognizers.context import RecognizerContext
from rules.detectors.confidential_recognizers.scores import (
    CONTACT_THRESHOLD,
    DETECTOR_NAME,
    SECURITY_SCORE,
)
from rules.findings import Finding
from rules.labels import CONFIDENTIAL


class SecurityCodeRecognizer:
    """Door, gate, key-safe and alarm codes: a security detail whoever owns the door."""

    kind = "security code"
    PLACE = (r"(?:front|back|side|main|school|garden|gate|door|entry|entrance|building|"
             r"key[- ]?safe|key ?box|lock ?box|alarm|padlock|garage|shed|keypad|access|house)")
    # "door code 4821", "key safe code at Nan's is 1234", "code for the side gate: 1234".
    CONNECT = r"(?:\s*[:#=-]?\s*|[^.!?\d\n]{0,25}?(?:\bis|\bwas|['’]s)\s*[:#]?\s*)"
    PATTERN = re.compile(
        rf"\b(?:{PLACE}\s+)+(?:code|pin|combination|combo)\b{CONNECT}\d[\d\s\-]{{1,10}}\d[#*]?|"
        rf"\bcode\s+(?:for|to|on)\s+(?:the\s+)?{PLACE}(?:\s+{PLACE})*{CONNECT}\d[\d\s\-]{{1,10}}\d",
        re.IGNORECASE)

    def recognize(self, ctx: RecognizerContext) -> list[Finding]:
        """Find codes given next to what they open."""
        if "code" not in ctx.lower and "pin" not in ctx.lower and "combo" not in ctx.lower:
            return []
        return [Finding(CONFIDENTIAL, DETECTOR_NAME, SECURITY_SCORE, CONTACT_THRESHOLD,
                        m.start(), m.start() + len(m.group(0).rstrip()),
                        "security code shared (door, gate, key-safe or alarm)",
                        ctx.owner_of(m.start()))
                for m in self.PATTERN.finditer(ctx.text)]
