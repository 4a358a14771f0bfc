"""Errors the store raises, each with a message fit to show the person who caused it."""


class StoreError(ValueError):
    """A request the store cannot carry out (unknown row, wrong school, bad value)."""


class CodeError(StoreError):
    """A one-time code that cannot be redeemed; `reason` is "expired", "already used" or
    "not recognised"."""

    def __init__(self, reason: str):
        super().__init__(f"this code is {reason}" if reason != "not recognised"
                         else "this code is not recognised")
        self.reason = reason
