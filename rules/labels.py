"""The labels Kindly's detectors emit, declared once.

The first eight are the evaluation contract's labels (`../shared/eval/README.md`); the
context labels need message metadata (time sent, photo, who it is addressed to) and carry
no label of their own in that contract.
"""

ABUSE = "abuse"
THREAT = "threat"
HATE = "hate"
STAFF_NAMED_NEGATIVELY = "staff_named_negatively"
PUPIL_NAMED_NEGATIVELY = "pupil_named_negatively"
CONFIDENTIAL = "confidential"
SCHOOL_COMPLAINT = "school_complaint"
SAFEGUARDING = "safeguarding"

CONTENT_LABELS: tuple[str, ...] = (
    ABUSE,
    THREAT,
    HATE,
    STAFF_NAMED_NEGATIVELY,
    PUPIL_NAMED_NEGATIVELY,
    CONFIDENTIAL,
    SCHOOL_COMPLAINT,
    SAFEGUARDING,
)

OUT_OF_HOURS_CONTACT = "out_of_hours_contact"
FREQUENT_STAFF_CONTACT = "frequent_staff_contact"
PHOTO_POSTED = "photo_posted"
PRIVATE_CONTACT_REQUEST = "private_contact_request"

CONTEXT_LABELS: tuple[str, ...] = (
    OUT_OF_HOURS_CONTACT,
    FREQUENT_STAFF_CONTACT,
    PHOTO_POSTED,
    PRIVATE_CONTACT_REQUEST,
)

ALL_LABELS: frozenset[str] = frozenset(CONTENT_LABELS + CONTEXT_LABELS)
