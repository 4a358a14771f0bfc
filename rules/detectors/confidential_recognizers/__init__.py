"""The confidential detector's recognizers, each a set of declared patterns plus one hook
that decides whether a match is a disclosure (Presidio's recognizer shape).

Contact and security details: `phone`, `email`, `address`, `social_profile`,
`security_code`, judged against the school's published contacts (`public_contacts`).
Sensitive facts: `sensitive_facts` over the categories in `fact_categories`, judged by whom
they are about (`person_phrases`, `subjects`). Every recognizer reads one message through a
`context.RecognizerContext`; `scores` holds the scores and thresholds they share.
"""
