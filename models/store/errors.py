"""Errors the store raises, each with a message fit to show the person who caused it."""


class StoreError(ValueError):
    """A request the store cannot carry out (unknown row, wrong school, bad value)."""


_CODE_MESSAGES = {
    "expired": "this code has expired",
    "already used": "this code has already been used",
    "not recognised": "this code is not recognised",
}


class CodeError(StoreError):
    """A one-time code that cannot be redeemed.

    `reason` is "expired", "already used" or "not recognised"; the message is a sentence.
    """

    def __init__(self, reason: str):
        super().__init__(_CODE_MESSAGES.get(reason, f"this code cannot be used ({reason})"))
        self.reason = reason
