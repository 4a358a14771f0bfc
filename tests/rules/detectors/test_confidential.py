"""ConfidentialDetector: other people's contact details, home addresses, profiles, security
codes and sensitive facts fire; the school's public contacts, a parent's own family, policy
talk and ordinary numbers (times, prices, dates, year groups) do not.

Mentions are passed explicitly: `people(text)` marks every roster phrase from `ROSTER` as
the engine's people matcher would.
"""

import csv
import re
from pathlib import Path

import pytest

from rules.detectors.base import Detector, Mention
from rules.detectors.confidential import (
    CONTACT_THRESHOLD,
    FACT_THRESHOLD,
    MAX_FINDINGS,
    ConfidentialDetector,
    SensitiveFactRecognizer,
)
from rules.findings import Finding
from rules.labels import CONFIDENTIAL
from rules.school import load_school
from tests.helpers.parsed import example_school, make_parsed

SHARED = Path(__file__).resolve().parents[4] / "shared"
ROSE = "staff:Mrs Joanna Rose"
BAKER = "staff:Mr Daniel Baker"
HOPE = "staff:Miss Clare Hope"
KOWALCZYK = "staff:Ms Anita Kowalczyk"
SAM = "pupil:Sam T"
AVA = "pupil:Ava R"
NOAH = "pupil:Noah-James P"
# How the example school's people are written in these messages.
ROSTER = {
    "Mrs Rose": ROSE, "Mrs R": ROSE, "the head": ROSE, "Mr Baker": BAKER, "Mr B": BAKER,
    "Miss Hope": HOPE, "Pani Hope": HOPE, "Mrs K": KOWALCZYK, "Ms Kowalczyk": KOWALCZYK,
    "Sam T": SAM, "Sam": SAM, "Ava R": AVA, "Ava": AVA, "Noah-James P": NOAH,
    "Noah-James": NOAH, "MR BAKER": BAKER,
}
_ROSTER_RE = re.compile("|".join(rf"(?<!\w){re.escape(p)}(?!\w)"
                                 for p in sorted(ROSTER, key=len, reverse=True)))

DETECTOR = ConfidentialDetector(example_school())
NO_CONTACTS_SCHOOL = load_school("school: Larkfield Primary School\n", "no_contacts")
NO_CONTACTS = ConfidentialDetector(NO_CONTACTS_SCHOOL)


def people(text: str) -> list[Mention]:
    """Every roster phrase in `text`, as the people matcher would report it."""
    out = []
    for m in _ROSTER_RE.finditer(text):
        kind, key = ROSTER[m.group(0)].split(":", 1)
        out.append(Mention(kind, key, m.start(), m.end(), "test"))  # type: ignore[arg-type]
    return out


def detect(text: str, detector: ConfidentialDetector = DETECTOR) -> list[Finding]:
    return detector.detect(make_parsed(text, mentions=people(text),
                                       school=NO_CONTACTS_SCHOOL
                                       if detector is NO_CONTACTS else None))


def fired(text: str, detector: ConfidentialDetector = DETECTOR) -> list[Finding]:
    return [f for f in detect(text, detector) if f.fired]


def only_fired(text: str) -> Finding:
    found = fired(text)
    assert len(found) == 1, [f.reason for f in found]
    return found[0]


# -- contact details, addresses, profiles and codes -----------------------------------------
CONTACT_CASES = [
    # UK phone numbers: mobiles and landlines, +44, spacing, dashes, brackets
    ("Mrs Rose's mobile is 07700 900382 if you want her", "07700 900382",
     "UK mobile number of a named member of staff shared (not one of the school's public "
     "contacts)", ROSE),
    ("ring him on 07700900382", "07700900382", "UK mobile number shared", None),
    ("his number: +44 7700 900382", "+44 7700 900382", "UK mobile number shared", None),
    ("try +44 (0)7700 900 382", "+44 (0)7700 900 382", "UK mobile number shared", None),
    ("0044 7700 900382 is his", "0044 7700 900382", "UK mobile number shared", None),
    ("Sam T's dad is on 07700-900-382", "07700-900-382",
     "UK mobile number of a named pupil's family shared", SAM),
    ("Mr Baker's home number is 0161 496 0000", "0161 496 0000",
     "UK landline number of a named member of staff shared", BAKER),
    ("her landline (01632) 960 777", "(01632) 960 777", "UK landline number shared", None),
    # emails
    ("Miss Hope's personal email is clare.h1990@example.com, she replies faster",
     "clare.h1990@example.com", "personal email address of a named member of staff shared",
     HOPE),
    # home addresses and postcodes
    ("Mr Baker lives at 14 Beech Crescent, the one with the red door", "14 Beech Crescent",
     "home address of a named member of staff shared", BAKER),
    ("Mrs Rose's address is 3 Willow Close, BS6 5QA if anyone wants to send a card",
     "3 Willow Close, BS6 5QA", "home address of a named member of staff shared", ROSE),
    ("her house is 22a oak avenue", "22a oak avenue", "home address shared", None),
    ("Mr Baker lives on Beech Crescent", "Beech Crescent", "home street of a named member",
     BAKER),
    ("Mr Baker lives near the school, 14 Oak Road", "14 Oak Road",
     "home address of a named member of staff shared", BAKER),
    ("their postcode is ls6 2ab", "ls6 2ab", "postcode shared", None),
    # social profiles
    ("Found Mr Baker on Instagram, it's @dan.baker.runs", "@dan.baker.runs",
     "social media profile of a named member of staff shared", BAKER),
    ("Miss Hope is on insta as clare_h_1990", "clare_h_1990", "social media profile", HOPE),
    ("her tiktok https://www.tiktok.com/@clarehope90", "https://www.tiktok.com/@clarehope90",
     "social media profile shared", None),
    # security details: door, gate, key-safe and alarm codes
    ("the side gate code is 4821 btw", "side gate code is 4821",
     "security code shared (door, gate, key-safe or alarm)", None),
    ("Key safe code at Nan's is 1234", "Key safe code at Nan's is 1234", "security code", None),
    ("alarm code: 2580#", "alarm code: 2580#", "security code", None),
]


@pytest.mark.parametrize(("text", "evidence", "reason", "target"), CONTACT_CASES)
def test_when_contact_details_are_shared_then_confidential_fires(text, evidence, reason,
                                                                   target):
    found = only_fired(text)
    assert (found.label, found.detector, found.threshold) == (CONFIDENTIAL, "confidential",
                                                              CONTACT_THRESHOLD)
    assert text[found.start:found.end] == evidence
    assert found.reason.startswith(reason)
    assert found.target == target


def test_when_a_staff_mobile_is_shared_then_the_whole_finding_is_reported():
    text = "Mrs Rose's mobile is 07700 900382"
    assert detect(text) == [Finding(
        CONFIDENTIAL, "confidential", 0.9, CONTACT_THRESHOLD, 21, 33,
        "UK mobile number of a named member of staff shared (not one of the school's public "
        "contacts)", ROSE)]


# -- sensitive facts about someone else ---------------------------------------------------
FACT_CASES = [
    # medical, pregnancy, hospital
    ("Miss Hope's pregnant! Not announced yet so shh", "pregnant",
     "medical detail (pregnancy) about a named member of staff", HOPE),
    ("Miss Hope is expecting! Due in March", "is expecting",
     "medical detail (pregnancy) about a named member of staff", HOPE),
    ("Sam T's not been in, his nan said he's in hospital having his tonsils out",
     "in hospital", "medical detail (hospital treatment) about a named pupil", SAM),
    ("Poor Mrs Rose is signed off again", "signed off",
     "medical detail (sick leave) about a named member of staff", ROSE),
    ("Ava's mum has cancer, the family is struggling", "cancer",
     "medical detail (serious illness) about the family of a named pupil", AVA),
    ("omg Mrs Rose is preggers", "preggers",
     "medical detail (pregnancy) about a named member of staff", ROSE),
    ("Ava's mum is back on the drugs apparently", "back on the drugs",
     "medical detail (addiction) about the family of a named pupil", AVA),
    # mental health
    ("Mrs K told me in confidence that Ava R has been referred to CAMHS", "CAMHS",
     "mental-health detail (CAMHS referral) about a named pupil", AVA),
    ("apparently Mr Baker has anxiety and is on antidepressants", "anxiety",
     "mental-health detail (mental health) about a named member of staff", BAKER),
    # SEN, diagnoses and assessments
    ("Noah-James has an EHCP and a 1:1, that's why Mrs K is always with him", "EHCP",
     "SEN detail (EHCP) about a named pupil", NOAH),
    ("Ava R's mum told me she's being assessed for autism", "assessed for autism",
     "SEN detail (diagnosis or assessment) about a named pupil", AVA),
    ("Apparently Sam has ADHD and his mum won't medicate him", "ADHD",
     "SEN detail (diagnosis or assessment) about a named pupil", SAM),
    # exclusion and suspension
    ("Sam T got excluded for 3 days for kicking Mr Baker", "got excluded",
     "exclusion detail (exclusion) about a named pupil", SAM),
    ("Which kid got expelled? Heard it was Noah-James P's big brother", "expelled",
     "exclusion detail (exclusion) about the family of a named pupil", NOAH),
    ("Sam T has been put on a reduced timetable", "reduced timetable",
     "exclusion detail (exclusion) about a named pupil", SAM),
    ("It was Mr Baker who got suspended last year, not the bursar", "got suspended",
     "disciplinary detail (suspension) about a named member of staff", BAKER),
    # social services and child protection
    ("Ava R has a social worker now, my friend works at the council", "social worker",
     "social-services detail (social services) about a named pupil", AVA),
    ("Sam T is a looked after child now, his nan does drop off", "looked after child",
     "social-services detail (social services) about a named pupil", SAM),
    ("Ava's big sister got kicked out of the academy for drugs", "kicked out of the academy",
     "exclusion detail (exclusion) about the family of a named pupil", AVA),
    ("Ava's mum told me social services are involved now", "social services",
     "social-services detail (social services) about the family of a named pupil", AVA),
    # police, arrest, prison
    ("Sam T's dad is in prison, that's why he's like he is", "in prison",
     "police or criminal detail (police or prison) about the family of a named pupil", SAM),
    ("Sam's stepdad is on a tag apparently", "on a tag",
     "police or criminal detail (police or prison) about the family of a named pupil", SAM),
    ("Jodie's been arrested for drink driving", "arrested",
     "police or criminal detail (police or prison) about another named person", None),
    # sexuality (outing)
    ("Heard Mr Baker's gay", "gay",
     "sexuality detail (sexual orientation or gender identity) about a named member of staff",
     BAKER),
    # family breakdown
    ("Ava R's mum and dad are splitting up, be gentle with her", "splitting up",
     "family-breakdown detail (divorce or separation) about the family of a named pupil", AVA),
    ("Heads up, Mr Baker's wife has just left him so go easy on him", "wife has just left",
     "family-breakdown detail (divorce or separation) about a named member of staff", BAKER),
    ("Kerry's husband walked out, they're getting divorced", "divorced",
     "family-breakdown detail (divorce or separation) about another named person", None),
    # child welfare seen by another parent
    ("Anyone else seen Ava R's arms? Bruises all up them", "Bruises",
     "child-welfare detail (injury) about a named pupil", AVA),
    ("Sam T came to breakfast club in the same clothes again", "same clothes",
     "child-welfare detail (neglect) about a named pupil", SAM),
    ("Ava told my daughter she has to look after her baby brother all night",
     "has to look after her baby brother",
     "child-welfare detail (neglect) about a named pupil", AVA),
    # discipline and complaint outcomes, named or not
    ("The complaint against Mr Baker was upheld btw. He's on a final warning",
     "complaint against Mr Baker was upheld",
     "complaint or investigation outcome (outcome) about a named member of staff", BAKER),
    ("Mr Baker failed his capability review, heard it from a governor", "capability review",
     "disciplinary detail (disciplinary action) about a named member of staff", BAKER),
    ("apparently a member of staff got a formal warning after the coach incident",
     "formal warning", "disciplinary detail (disciplinary action) about someone not "
     "identified by name", None),
    # other languages: Romanian, Polish, Urdu in Latin script
    ("Am auzit că mama lui Sam T are probleme cu protecția copilului", "protecția copilului",
     "social-services detail (social services) about a named pupil", SAM),
    ("Czy wiecie, że Pani Hope jest w ciąży?", "w ciąży",
     "medical detail (pregnancy) about a named member of staff", HOPE),
    ("Mrs Rose ki talaaq ho rahi hai, isi liye pareshaan hain", "talaaq",
     "family-breakdown detail (divorce or separation) about a named member of staff", ROSE),
]


@pytest.mark.parametrize(("text", "evidence", "reason", "target"), FACT_CASES)
def test_when_a_sensitive_fact_about_someone_else_is_shared_then_it_fires(text, evidence,
                                                                          reason, target):
    found = [f for f in fired(text) if text[f.start:f.end] == evidence]
    assert found, [(text[f.start:f.end], f.reason) for f in detect(text)]
    assert found[0].reason == reason
    assert found[0].target == target
    assert found[0].threshold == FACT_THRESHOLD


# -- clean messages that look risky ------------------------------------------------------
CLEAN_CASES = [
    # the school's own contacts (configured in the example school)
    "Absences go through the office on 01632 960123",
    "email office@brookfield.example.com for absences",
    "Parcels to Brookfield Primary School, Mill Lane please",
    # the school's contacts presented as the office's, with nothing configured
    "Absences go through the office, the number's on the website, 01632 960418, option 1",
    "For the wishlist delivery use the school address, Larkfield Primary School, 2 Orchard Way",
    "Mr Baker's school email is d.baker@brookfield.sch.uk if you need him",
    "ring the NSPCC helpline on 0808 800 5000 if you're worried",
    "Mrs Flynn's number is on the school website: 01632 960418",
    # a parent's own family and their own details
    "My son has ADHD and he's struggling with the new seating plan",
    "Ours is autistic and Mrs K set up a quiet space at lunch",
    "Mrs K has been brilliant with our daughter's EHCP review",
    "Could anyone give Sam a lift home? I've got a hospital appointment",
    "Our boiler's broken and we're at my mum's so Ava might be tired",
    "My husband's in hospital so my sister's doing pick ups this week",
    "Gonna wait for Mr Baker after school, he'll regret suspending my lad",
    "If they exclude my son I'll be going in there",
    "Is Mrs K the person to talk to about getting my son assessed for dyslexia?",
    "Ava is having her tonsils out next week so we'll miss the trip",
    "Text me on 07700 900999 if you can do the cake stall",
    "We live at 5 Park Road if anyone wants to drop the costumes off",
    "Follow me on insta @cakesbyjen for the bake sale pics",
    # policy and general talk
    "Do they do EHCP assessments at this school?",
    "Why does the school make it so hard to get an ADHD assessment?",
    "One of the Year 4 girls has cut marks on her wrists, I saw them at swimming",
    "gay teachers shouldn't be teaching little kids",
    "The complaint I made about the dinner queue got sorted, worth raising things!",
    "my hamstrings have already lodged a formal complaint",
    "There's a police officer coming in to talk about road safety",
    "Are Year 6 allowed phones if they walk home alone?",
    "Mrs K said they'll split up into groups for the project",
    "Ava's mum is a nurse at the hospital, she'll know",
    "Mrs Rose has been charged with organising the summer fair",
    "Mrs Rose locked up the hall after the disco",
    "Ava R got a black eye from a football at lunch, she's fine",
    "Sam's addicted to Minecraft, send help",
    "The nativity has a pregnant Mary and a very confused donkey 😂",
    "Ava's dog had an operation, she's been so worried",
    "Mr Baker got the kids doing a fundraiser for cancer research, amazing",
    "My daughter was excluded from the game at lunch and came home upset",
    "Mr Baker got a black eye playing rugby lol",
    # staff mentioned neutrally or kindly
    "Mrs Flynn can help with the form and she's very discreet",
    "Mrs Rose was off yesterday, is the homework still due Friday?",
    "Miss Hope said the spelling test has moved to Friday",
    # numbers that are not phone numbers, addresses or codes
    "Side gate by the hall, 3:15. Welcome!",
    "Dinner money's going up to £2.70 a day from January",
    "Trip deposit due 15/01/2024, £28 please",
    "Year 4 and Year 6 have swimming, 2 kids per lane",
    "Christmas fair is Saturday 7th, 11 till 2",
    "Order ref 2023 4567 8910 for the uniform",
    "ISBN 0810939932 is the book they're reading",
    "The school code of conduct was updated in 2023",
    "see you at w1 1st floor",
    "took 3 kids to the park after school",
    # chat mentions and platforms without a profile
    "@Kerry you're very quiet today",
    "The after school club lead keeps messaging my son on Instagram",
    "the school's real Facebook page is the one with the green logo",
    # robustness
    "", "   ", "👍😂🙏🏽", "\x00\x07\u200b\u202e", "same",
]


@pytest.mark.parametrize("text", CLEAN_CASES)
def test_when_a_message_is_clean_then_nothing_fires(text):
    assert fired(text) == [], [f.reason for f in fired(text)]


FULL_CONTACTS_SCHOOL = load_school("""
school: Orchard Academy
public_contacts:
  phones: ["+44 1632 960999"]
  emails: ["admin@orchard.example.org"]
  addresses: ["Orchard Academy, 12 Orchard Way, BS7 8QT"]
  websites: ["https://www.orchard.example.org/contact"]
  social: ["@orchardacademy", "https://instagram.com/orchard.academy"]
""", "full_contacts")


@pytest.mark.parametrize("text", [
    "call 01632 960999 about the trip",
    "It's 12 Orchard Way if your satnav gets confused",
    "postcode for parking is BS7 8QT",
    "new starters email j.bloggs@orchard.example.org",
    "follow them on Instagram @orchard.academy for the trip photos",
])
def test_when_a_configured_public_contact_is_shared_then_it_never_fires(text):
    detector = ConfidentialDetector(FULL_CONTACTS_SCHOOL)
    findings = detector.detect(make_parsed(text, school=FULL_CONTACTS_SCHOOL))
    assert findings and not any(f.fired for f in findings)
    assert all("school's published contacts" in f.reason for f in findings)


def test_when_no_public_contacts_are_configured_then_the_office_number_still_passes():
    text = "Absences go through the office on 01632 960123"
    assert fired(text, NO_CONTACTS) == []
    assert detect(text, NO_CONTACTS)[0].reason == (
        "UK landline number presented as the school's own contact; not a disclosure")


# -- near misses say why they did not fire --------------------------------------------------
NEAR_MISS_CASES = [
    ("Ring the office on 01632 960123",
     "UK landline number matches the school's published contacts; not a disclosure"),
    ("Text me on 07700 900999", "UK mobile number presented as the writer's own; not a "
                                "disclosure"),
    ("My son has ADHD", "SEN detail (diagnosis or assessment) about the writer's own family; "
                        "not a disclosure about an identifiable other person"),
    ("Do they do EHCP assessments?", "SEN detail (EHCP) about no particular person; not a "
                                     "disclosure about an identifiable other person"),
    ("One of the Year 4 boys has a social worker",
     "social-services detail (social services) about someone not identified by name; not a "
     "disclosure about an identifiable other person"),
]


@pytest.mark.parametrize(("text", "reason"), NEAR_MISS_CASES)
def test_when_a_candidate_is_not_a_disclosure_then_the_near_miss_says_why(text, reason):
    findings = detect(text)
    assert [f.reason for f in findings] == [reason]
    assert not findings[0].fired


# -- evidence spans and robustness ----------------------------------------------------------
@pytest.mark.parametrize(("text", "evidence"), [
    ("\u200bMiss Hope is 🤰 pregnant!!", "pregnant"),
    ("😡😡 Mr Baker lives at 14 Beech Crescent", "14 Beech Crescent"),
    ("MR BAKER IS GAY", "GAY"),
    ("Miss Hope\u200b is pre\u200bgnant", "pre\u200bgnant"),
])
def test_when_text_has_emoji_or_hidden_characters_then_spans_point_at_the_original(text,
                                                                                   evidence):
    assert [text[f.start:f.end] for f in fired(text)] == [evidence]


@pytest.mark.parametrize("text", [
    "0" * 10_000,
    "07700 900123 " * 769,
    "Mrs Rose is pregnant. " * 455,
    "a" * 10_000,
    "@" * 10_000,
    "\n" * 10_000,
    "Mrs " * 2500,
])
def test_when_a_message_is_huge_then_detection_is_bounded(text):
    findings = detect(text)
    assert len(findings) <= MAX_FINDINGS
    assert all(0 <= f.start <= f.end <= len(text) for f in findings)


def test_when_constructed_then_it_meets_the_detector_contract():
    assert isinstance(DETECTOR, Detector)
    assert DETECTOR.name == "confidential"
    assert DETECTOR.labels == frozenset({CONFIDENTIAL})
    assert ConfidentialDetector().detect(make_parsed("Mrs Rose's mobile is 07700 900382",
                                                     mentions=people("Mrs Rose")))


@pytest.mark.parametrize("text", [c[0] for c in CONTACT_CASES + FACT_CASES + NEAR_MISS_CASES]
                         + CLEAN_CASES)
def test_when_the_prefilter_skips_a_category_then_no_fact_is_lost(text):
    norm = make_parsed(text).norm.text
    assert SensitiveFactRecognizer._hits(norm) == \
        SensitiveFactRecognizer._hits(norm, prefilter=False)


# -- the PII corpus (optional) --------------------------------------------------------------
PII = SHARED / "corpora" / "pii" / "FakeNameGenerator.com_3000.csv"


@pytest.mark.shared
@pytest.mark.skipif(not PII.exists(), reason="../shared/corpora/pii is not beside the project")
@pytest.mark.parametrize("template", [
    "Her mobile is {TelephoneNumber}",
    "He lives at {StreetAddress}, {City}",
    "their postcode is {ZipCode}",
    "send it to {StreetAddress}, {City} {ZipCode}",
    "email her at {EmailAddress}",
])
def test_when_uk_identities_from_the_pii_corpus_are_shared_then_recall_is_high(template):
    with PII.open(encoding="utf-8-sig") as f:
        rows = [r for r in csv.DictReader(f) if r["Country"] == "GB"]
    caught = sum(bool(fired(template.format(**r))) for r in rows)
    assert rows and caught / len(rows) >= 0.95
