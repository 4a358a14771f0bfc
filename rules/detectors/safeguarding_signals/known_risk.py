"""What is already known or feared: worried talk of reporting, a child known to child
protection, and adults known to be a danger to children."""

from rules.detectors.safeguarding_signals.signal import (
    CONCERN,
    CONCERN_FACT,
    DOMESTIC,
    KNOWN_RISK,
    Signal,
    sig,
)

WORRY_AND_CP_STATUS: tuple[Signal, ...] = (
    # Worried talk of reporting (it only ever supports another sign), and a child already on
    # a child-protection plan.
    sig("concern", CONCERN, 0.25,
        "social|services|worker|nspcc|police|dsl|safeguarding|protection|report|reported|worried|"
        "concerned|tell",
        r"\b(?:social services|social worker|nspcc|police|dsl|safeguarding|child protection|"
        r"report(?:ed|ing)? (?:it|this|him|her|them)|worried|concerned|who (?:do|should) i tell|"
        r"should i tell|who do i (?:even )?tell)\b", supports=True),
    sig("cp_status", CONCERN_FACT, 0.55, "child|cp|register|protection",
        r"\b(?:child protection (?:register|plan|case|conference)|on (?:a|the) (?:cp|"
        r"child protection) (?:plan|register)|cp plan|at risk register)\b", False),
)

KNOWN_DANGEROUS_ADULTS: tuple[Signal, ...] = (
    # Parents known to be a danger: the sex offenders' register, court orders keeping an
    # adult away from a family, a partner with a record of violence.
    sig("known_risk", KNOWN_RISK, 0.7, "sex|sexual|registered|schedule|risk|banned|barred|"
                                       "allowed|register|isn't|isnt|aren't|arent",
        r"\b(?:sex(?:ual)? offenders?'? register|registered sex offender|(?:a |"
        r"convicted )?sex offender|on the register for|schedule (?:one|1) offender|(?:a |"
        r"known )?risk to (?:children|kids)|(?:banned|barred) from (?:being )?(?:near|around|"
        r"contact with|seeing|working with) (?:kids|children|(?:his|her|their) (?:own )?kids)|"
        r"(?:not|isn't|is not|aren't|wasn't|never) allowed (?:near|around|"
        r"unsupervised contact with|contact with|to be (?:alone )?with) (?:kids|children|(?:his|"
        r"her|their) (?:own )?kids))\b", False),
    sig("court_order", KNOWN_RISK, 0.55,
        "restraining|molestation|non|injunction|prohibited|protective|bail|zakaz|ordin|ordinul|"
        "orden|ordem|medida|divieto",
        r"\b(?:restraining order|non-?molestation(?: order)?|injunction|prohibited steps "
        r"order|protective order|bail conditions|zakaz\w* zblizan\w*|zakaz kontaktu|ordin(?:ul)? "
        r"de (?:protectie|restrictie)|orden de (?:alejamiento|proteccion)|(?:ordem|medida) de "
        r"(?:afastamento|restricao|protecao)|divieto di avvicinamento)\b"),
    sig("domestic", DOMESTIC, 0.55, "prison|jail|nick|police|convicted|done|arrested|charged",
        r"\b(?:(?:mum|mam|mom|dad)'?s (?:new )?(?:boyfriend|partner|fella|girlfriend)|"
        r"step-?dad|stepfather|(?:her|his|their) (?:dad|father))\b[^.!?]{0,40}\b(?:(?:just )?"
        r"(?:out of|got out of|released from|been in|was in|did time in) (?:prison|jail|the "
        r"nick)\b[^.!?]{0,20}\bfor (?:hurting|assault\w*|gbh|violence|attacking|stabbing|beating|"
        r"hitting)|known to (?:the )?police for (?:violence|hurting|assault\w*|domestic\w*)|"
        r"(?:convicted|done|arrested|charged) (?:for|of|with) (?:assault\w*|gbh|violence|"
        r"attacking|domestic\w*|hurting))", False),
)
