"""A small rulebook for engine tests, independent of the shipped ones."""

from functools import cache

from rules.rulebook import Rulebook, load_rulebook

TEST_RULEBOOK_YAML = """
id: test-school
school: Brookfield Primary School
version: "1"
sources: [{id: code, title: Parents' code of conduct}]
channels:
  teacher: {name: "a meeting with the class teacher", how: "Ask the office to book one."}
  complaints: {name: "the complaints procedure", how: "It is on the school website."}
  dsl: {name: "the designated safeguarding lead", how: "Ring the school."}
clauses:
  - id: safety.threats
    title: No threats
    rule: Never threaten anyone.
    source: code
    section: "2.1"
    category: safety
    severity: high
    when: {labels: [threat, hate]}
    then: {redirect: complaints, escalate: case, delete: true}
    reminder: "Please keep this group safe for everyone; concerns go to {channel}."
  - id: respect.staff
    title: Respect staff
    rule: Raise concerns about staff privately.
    source: code
    section: "2.2"
    category: respect
    severity: medium
    when: {labels: [staff_named_negatively, pupil_named_negatively, abuse]}
    then: {redirect: teacher}
    reminder: "A gentle reminder: concerns about someone at school are best raised at {channel}."
  - id: privacy.confidential
    title: Keep private things private
    rule: Do not share others' private information.
    source: code
    section: "2.3"
    category: privacy
    severity: high
    when: {labels: [confidential]}
    then: {redirect: teacher, escalate: case}
    reminder: "Please don't share other people's personal details here."
  - id: channels.complaints
    title: Complaints go through the procedure
    rule: Complaints about the school go through the complaints procedure.
    source: code
    section: "2.4"
    category: channels
    severity: low
    when: {labels: [school_complaint]}
    then: {redirect: complaints}
    reminder: "Worries about how the school does things are best raised through {channel}."
  - id: safety.safeguarding
    title: Safeguarding concerns go to the DSL
    rule: Tell the safeguarding lead, not the group.
    source: code
    section: "3"
    category: safety
    severity: high
    when: {labels: [safeguarding]}
    then: {redirect: dsl, remind: false, escalate: safeguarding_lead}
    reminder: "Concerns about a child's safety go straight to {channel}."
"""


@cache
def engine_rulebook() -> Rulebook:
    """The parsed test rulebook."""
    return load_rulebook(TEST_RULEBOOK_YAML, "test_rulebook")
