"""Scores and thresholds of the confidential detector's recognizers."""

DETECTOR_NAME = "confidential"

# Contact details, addresses, profiles and codes fire at 0.5; the score says how directly
# the match reaches one private person.
CONTACT_THRESHOLD = 0.5
MOBILE_SCORE = 0.9  # a mobile reaches one person directly
LANDLINE_SCORE = 0.8  # a home landline, and it gives away the area
FOREIGN_PHONE_SCORE = 0.8  # a valid non-UK number
SERVICE_PHONE_SCORE = 0.3  # 03/08 numbers belong to helplines and businesses
EMAIL_SCORE = 0.85
ROLE_EMAIL_SCORE = 0.3  # office@, admin@: addresses organisations publish
WORK_EMAIL_SCORE = 0.2  # .sch.uk, .gov.uk, .nhs.uk: work addresses, not personal ones
STREET_ADDRESS_SCORE = 0.85  # "14 Beech Crescent"
STREET_ONLY_SCORE = 0.7  # "lives on Beech Crescent"
POSTCODE_SCORE = 0.7
UNCUED_LOWERCASE_ADDRESS_SCORE = 0.4  # "3 oak way" with nothing saying it is an address
SOCIAL_SCORE = 0.85
SECURITY_SCORE = 0.9
PUBLIC_SCORE = 0.05  # the school's own published contact
OWN_CONTACT_SCORE = 0.3  # the writer's own details are theirs to share

# A sensitive fact scores its pattern strength times how identifiable its subject is.
FACT_THRESHOLD = 0.6
SUBJECT_WEIGHT = {
    "staff": 1.0, "pupil": 1.0, "staff_family": 1.0, "pupil_family": 1.0,
    "named": 0.9,  # a named adult outside the roster ("Kerry's husband")
    "someone": 0.45,  # "one of the Year 4 girls": concerning, not identifying
    "none": 0.3,  # general talk: "do they do EHCP assessments?"
    "own": 0.15,  # the writer's own family: theirs to share
}
# Discipline and complaint outcomes stay confidential when the person is only "a member
# of staff": the disclosure is the outcome of a confidential process.
INSTITUTIONAL_SUBJECT_WEIGHT = {**SUBJECT_WEIGHT, "someone": 0.85, "none": 0.5}
SUBJECT_TEXT = {
    "staff": "a named member of staff", "pupil": "a named pupil",
    "staff_family": "the family of a named member of staff",
    "pupil_family": "the family of a named pupil", "named": "another named person",
    "someone": "someone not identified by name", "none": "no particular person",
    "own": "the writer's own family",
}
