"""What a school-complaint verdict may be aimed at: markers that name the school, its
leadership or its policies, and markers that point at someone else (a member of staff,
another school), with the clause and sentence bounds that pair a verdict with its target."""

import re

from rules.detectors.school_complaint_cues import NOT_AN_EVENT, rx

# "The school" in languages UK parents also write in: Spanish, Portuguese, Polish, Romanian,
# Lithuanian, Arabic and Punjabi/Urdu in Latin script (accents optional: the normaliser may
# drop them).
_OTHER_LANGUAGE_SCHOOL = (r"(?:el|este|ese) colegio|(?:la|esta|esa) escuela|(?:a|esta|essa) "
                          r"escola|szko[lł](?:a|e|y)|[sș]coala|mokykla|(?:el|al) madras+[ae]|"
                          r"school wal(?:e|ay|ey|a)|(?:yeh|ye|iss) school|(?:questa|la) scuola|"
                          r"okul(?:un|umuz|da|dan)?|yr ysgol|ysgol (?:ni|hon|yma)")
# "This school", "the academy", "school says", the school's own names: `{names}` is filled
# in for each school.
TIER_A_TEMPLATE = (
    r"\b(?:(?:this|the|our|that|their|my (?:kids?|son|daughter|child)'s) (?:school|"
    r"skool|scool|academy)(?:'s)?\b" + NOT_AN_EVENT + r"|" + _OTHER_LANGUAGE_SCHOOL + r"|"
    r"(?:school|skool|skl) (?:says|said|claims|thinks|reckons|lets|let|decided|wants|has|"
    r"have|is|are)\b|(?:{names})(?:'s)?\b)")
TIER_B_MARKERS = rx(r"\b(?:slt|senior (?:leadership|management)(?: team)?|leadership(?: team)?|"
                    r"management|governors|governing body|the trust|academy trust)\b")
# "This place", "X here is ...": the school, as the writer's surroundings.
PLACE_MARKERS = rx(r"\b(?:this place|the whole place|(?!in\b)\w+ here (?:is|are))\b")
# The inspectorate stands for the school only when nobody on the staff is mentioned.
OFSTED = rx(r"\bofsted\b")
# "she's ruined ...", "the head is an absolute joke": with a staff member named, a verdict
# whose subject is "he", "she" or the staff member is about that person.
PERSON_SUBJECT = rx(r"\b(?:he|she)(?:'s| has| is| was| just)?\b[^,;.!?]{0,15}$")
SUBJECT_GAP = 25  # characters between a subject and its verdict, within one clause
CLAUSE_BREAK = re.compile(r"[,;.!?]")
TOPIC_MARKERS = rx(
    r"\b(?:polic(?:y|ies)|rules?|homework|uniform|logo|lunches|dinners|school meals|menu|fines?|"
    r"fined|attendance|provision|communication|comms|behaviour (?:policy|system|chart)|"
    r"detentions?|golden time|reward (?:system|chart)|curriculum|clubs|contributions?|charges|"
    r"charging|banned|bans|scrapped|staffing|class sizes|inset days?|wellbeing|break ?times?|"
    r"playtimes?|toilets|inclusion|inclusive|sats|reading scheme|phonics scheme|parentmail|"
    r"newsletters?|sen|send|ehcp|decisions?|classes|assembl(?:y|ies)|rse|pshe|"
    r"relationships (?:talk|education|lessons)|sex ed\w*|sensory room|renamed|cancell?(?:ed|ing)|"
    r"christmas (?:play|concert|jumper day)|being taught|taught about|teaching (?:them|the kids|"
    r"our kids)|parents'? evenings?|sports day|nativity|reports|trips?|residential|"
    r"swimming lessons|pe kit|breakfast club|wraparound|after ?school clubs?|prices?|"
    r"(?:school )?apps?|term dates|(?:non[- ]uniform|costume|dress[- ]up|world book|book|pyjama|"
    r"mufti|charity|photo) days?|book week|inset|training days?|(?:pick[- ]?up|drop[- ]?off|"
    r"one[- ]way|parking|booking|payment|gate) (?:system|rota|arrangements?|times?)|"
    r"the gates? (?:is|are|was|were) locked|letters?|concerts?|golden time|collective worship|"
    r"attendance|certificates|awards|banning|phones? (?:ban|banned)|interpreters|translators|"
    r"reading books|books? (?:coming|sent) home|spellings|marking|seating plans?|"
    r"(?:to|at|in) church|mass|prayers|worship|the nits letter|"
    r"contributions?|birthday cake|detention|exclusions?|(?:the way|how) (?:they|"
    r"the school) (?:handled|dealt with|managed|communicated|treated))\b")
THEY_MARKERS = rx(r"\bthey(?:'ve|'re|'ll|'d| have| are| had| were)?\b"
                  r"(?! (?:are |'re )?(?:children|kids|only|just kids|all|both)\b)")
# Another school: "our old school was a shambles" says nothing about this one.
OTHER_SCHOOL = rx(r"\b(?:old|last|previous|other|former|next|his|her|sister|cousin's|secondary|"
                  r"nephew's|niece's|friend's) schools?\b")
# A person on the staff, in case the people matcher missed them: a title and a name, or a
# role that names one person ("the head").
STAFF_WORDS = rx(r"\b(?:(?:mr|mrs|ms|miss|mx|dr)\.? [a-z]|the (?:head|headteacher|head teacher|"
                 r"deputy|deputy head|senco|dsl|(?:year \d+|y\d|reception|class) teacher)\b|"
                 r"headteacher\b)")
# A clause: the text between commas, semicolons, sentence ends, "and" or "but".
CLAUSE = re.compile(r"[^,;.!?\n]+?(?=[,;.!?\n]|\band\b|\bbut\b|$)")
# "her leadership team": the group belongs to a named person, so the criticism is theirs.
POSSESSED = rx(r"\b(?:his|her)\b[^.!?,;]{0,25}$")
SENTENCE = re.compile(r"[^.!?\n]+[.!?\n]*")
MIN_SENTENCE_WORDS = 3  # shorter fragments ("FIVE.") belong to the sentence before
