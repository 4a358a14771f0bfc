"""Social-media profiles: profile links, and handles given with a platform; a bare @name is
a chat mention."""

import re

from rules.detectors.confidential_recognizers.context import RecognizerContext
from rules.detectors.confidential_recognizers.public_contacts import handle_of
from rules.detectors.confidential_recognizers.scores import SOCIAL_SCORE
from rules.findings import Finding


class SocialProfileRecognizer:
    """Profile links, and handles given with a platform ("on Instagram it's @x")."""

    kind = "social media profile"
    URL = re.compile(r"\b(?:https?://)?(?:www\.|m\.)?(?:instagram\.com|instagr\.am|facebook\.com|"
                     r"fb\.com|tiktok\.com|twitter\.com|x\.com|snapchat\.com/add|threads\.net|"
                     r"linkedin\.com/in)/@?(?P<handle>[\w.\-]{2,60})", re.IGNORECASE)
    HANDLE = re.compile(r"(?<![\w@.])@(?P<handle>[A-Za-z0-9_](?:[A-Za-z0-9_.]{0,29}"
                        r"[A-Za-z0-9_])?)")
    PLATFORM_WORDS = ("insta", "tiktok", "tik tok", "snap", "twitter", "facebook", "fb",
                      "threads", "linkedin", "youtube")
    PLATFORM = re.compile(r"\b(?:instagram|insta|ig|tiktok|tik tok|snapchat|snap|twitter|"
                          r"facebook|fb|threads|linkedin|youtube)\b", re.IGNORECASE)
    NAMED_HANDLE = re.compile(
        r"\b(?:instagram|insta|ig|tiktok|snapchat|snap|twitter|facebook|fb|threads)\b(?:\s+"
        r"(?:name|handle|username|account|page|profile))?\s*(?:is|it['’]?s|:|=|under|as)\s+"
        r"(?P<handle>[A-Za-z0-9_][A-Za-z0-9_.]{2,29})", re.IGNORECASE)

    def recognize(self, ctx: RecognizerContext) -> list[Finding]:
        """Find profiles; a bare @name is a chat mention unless a platform is named."""
        text, lower = ctx.text, ctx.lower
        if "@" not in text and ".com/" not in lower and ".net/" not in lower \
                and not any(p in lower for p in self.PLATFORM_WORDS):
            return []
        found: dict[int, tuple[int, str]] = {}
        for m in self.URL.finditer(text):
            found[m.start()] = (m.end(), m["handle"])
        for m in self.HANDLE.finditer(text):
            near_platform = self.PLATFORM.search(text, max(0, m.start() - 60), m.end() + 30)
            if (near_platform or "." in m["handle"]) and \
                    not any(s <= m.start() < e for s, (e, _) in found.items()):
                found[m.start()] = (m.end(), m["handle"])
        for m in self.NAMED_HANDLE.finditer(text):
            handle = m["handle"]
            if re.search(r"[._\d]", handle) and m.start("handle") not in found:
                found[m.start("handle")] = (m.end("handle"), handle)
        return [ctx.contact_finding(self.kind, SOCIAL_SCORE, start, end,
                                    handle_of(handle) in ctx.public.handles)
                for start, (end, handle) in sorted(found.items())]
