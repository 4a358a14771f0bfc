"""Harm a child may do to themselves: self-harm and suicidal talk, eating, talk of jumping,
and dangerous online challenges."""

from rules.detectors.safeguarding_signals.signal import CHALLENGE, SELF_HARM, Signal, sig

_CHALLENGE = (r"(?:blackout|black[- ]out|choking|choke|pass[- ]?out|fainting|skull[- ]?breaker|"
              r"scarf|tide pod|benadryl|salt and ice|superglue|hot water|deodorant|nyquil|"
              r"milk crate)")
_CHALLENGE_DONE = (r"(?:passed out|pass out|passing out|fainted|blacked out|collapsed|hospital|"
                   r"a&e|ambulance|tried it|trying it|doing it|did it|done it)")

SELF_HARM_TALK: tuple[Signal, ...] = (
    # Self-harm and suicidal talk.
    sig("self_harm", SELF_HARM, 0.7, "cut|cuts|cutting|scratch|scratching|scratches|burn|burning|"
                                     "self|harming|hurting|suicide|suicidal|marks|scars|himself|"
                                     "herself|themselves",
        r"\b(?:cut|cutting|scratch|burn|self[- ]?harm) marks\b|\bcuts? (?:on|all over|all up|up|"
        r"up and down) (?:his|her|their|\w+'s) (?:wrists?|arms?|legs?|thighs?)|"
        r"\b(?:cuts|scratches|marks) [^.!?]{0,40}\bin (?:neat |straight |little )?"
        r"(?:lines|rows)\b|"
        r"\b(?:cutting|harming|hurting|burning|scratching) (?:him|her|them)sel(?:f|ves)\b|"
        r"\bself[- ]?harm\w*|"
        r"\bsuicid\w*|\b(?:marks|scars|scratches) on (?:his|her|their) wrists?"),
    sig("self_harm", SELF_HARM, 0.75,
        "die|dying|kill|end|exist|live|alive|here|dead|reason|wanting|hurt",
        r"(?<!\bi )(?<!\bwe )(?<!\byou )\b(?:wants|wanted|wanting|want) to (?:die\b(?! (?:of|"
        r"from|laughing|when|at|in|his|her|their|my|it|the)\b)|(?:kill|hurt) (?:him|her|them)"
        r"sel(?:f|ves)|"
        r"end (?:it all|(?:his|her|their) life)|not (?:be here|exist|be alive))|\b(?:talking|"
        r"talks|going on) about (?:dying|wanting to die|killing (?:him|her|them)sel(?:f|ves))|"
        r"\b(?:doesn't|does not|didn't|not wanting|not want) to (?:be alive|exist|wake up|"
        r"live)\b(?! (?:in|with|near|there|here|at)\b)|\bbetter off dead\b|"
        r"\bno reason to live\b"),
    sig("self_harm", SELF_HARM, 0.45, "hate|hates", r"\bhates? (?:him|her|them)sel(?:f|ves)\b"),
    sig("self_harm", SELF_HARM, 0.65,
        "hitting|hits|banging|bangs|punching|punches|biting|bites|overdose|overdosed|taking|took|"
        "taken",
        r"\b(?:hitting|hits|banging|bangs|punching|punches|biting|bites) (?:him|her|them)sel(?:f|"
        r"ves)\b|\b(?:took|taking|taken|had) an overdose\b|\boverdos(?:e|ed)\b"),
    sig("self_harm", SELF_HARM, 0.6, "cutting|scratching|burning|harming|hurting",
        r"\b(?:cutting|scratching|burning|harming|hurting) (?:his|her|their) (?:own )?(?:arms?|"
        r"wrists?|legs?|thighs?|skin|tummy|stomach)\b"),
    sig("blade", SELF_HARM, 0.4, "blade|blades|razor|razors|sharpener|compass|scissors|knife",
        r"\bwith (?:a |the |his |her )?(?:\w+ )?(?:blade|razor|sharpener|compass|scissors|"
        r"knife)\b"),
    sig("ideation", SELF_HARM, 0.7,
        "nobody|noone|one|gone|dead|here|around|alive|better|wish|wishes|wished|born|end|take|"
        "kill",
        r"\b(?:nobody|no ?one|no-one) (?:would|will|'d) (?:miss|care about|notice) (?:me|her|him|"
        r"them)\b|\b(?:if|when) (?:i|she|he|they) (?:was|were|am|is|'m|'s) (?:gone|dead|"
        r"not (?:here|around|alive))\b|\bbetter off without (?:me|her|him|them)\b|\bwish(?:es|"
        r"ed)? (?:i|she|he|they) (?:was|were) dead\b|\bwish(?:es|ed)? (?:i|she|he|they)(?:'d|"
        r" had) never been born\b|\bend it all\b|\btake (?:his|her|their) own life\b|"
        r"\bkill (?:him|her|them)sel(?:f|ves)\b"),
    sig("ideation", SELF_HARM, 0.55, "disappear|here|anymore",
        r"\bwants? to disappear\b|\b(?:doesn't|does not|don't) want to be here any ?more\b"),
)

EATING: tuple[Signal, ...] = (
    # Eating: making themselves sick, refusing food, hiding it.
    sig("eating", SELF_HARM, 0.6, "sick|making|makes|made|stopped|hides|hiding|starving|eating",
        r"\b(?:(?:been |being )?sick on purpose|mak(?:es|ing|e) (?:him|her|them)sel(?:f|"
        r"ves) sick|(?:stopped|refuses|refusing) (?:eating|to eat)|hid(?:es|ing|den) (?:her |"
        r"his )?food|starving (?:him|her|them)sel(?:f|ves))\b"),
)

JUMPING: tuple[Signal, ...] = (
    # Self-harm: a child at a height talking of jumping.
    sig("self_harm", SELF_HARM, 0.55, "jump|wrong|edge",
        r"\b(?:wants?|wanted|wanting|threaten\w*|going|trying|tried|about) to jump (?:off|from) "
        r"(?:the |a )?(?:bridge|roof|cliff|pier|building|balcony|car park|window)\b|\bwrong side "
        r"of the (?:railings|barrier|bridge|fence)\b|\bon the edge of (?:the |a )?(?:bridge|roof|"
        r"cliff|pier|building)\b"),
    sig("jump", SELF_HARM, 0.4, "wants|want|wanted|wanting|saying|said|says|threatening|"
                                "threatened",
        r"\b(?:wants?|wanted|wanting|saying|said|says|threatening|threatened) (?:(?:she|he|"
        r"they) )?(?:wants? )?to jump\b(?! (?:in|on|into|over|around|about|up|higher|rope|the "
        r"queue|ship|start|ahead|off the (?:sofa|bed|wall|climbing)))"),
    sig("self_harm", SELF_HARM, 0.45, "does|did|doing",
        r"\b(?:does|did|doing) (?:it|that|this) to (?:him|her|them)sel(?:f|ves)\b"),
)

CHALLENGES: tuple[Signal, ...] = (
    # Dangerous online challenges.
    sig("challenge", CHALLENGE, 0.45, "challenge|challenges|game|chroming",
        rf"\b{_CHALLENGE} challenges?\b|\b(?:choking|fainting|pass[- ]?out|blackout) game\b|"
        r"\bchroming\b"),
    sig("challenge", CHALLENGE, 0.7, "doing|did|done|tried|trying|try|copying|copied|playing|"
                                     "dared|daring|challenge|game|choke|choking|choked|strangle|"
                                     "strangling|strangled",
        rf"\b(?:doing|did|done|tried|trying|try|copying|copied|playing|dared|"
        rf"daring)\b[^.!?]{{0,40}}\b{_CHALLENGE} (?:challenge|game)|\b{_CHALLENGE} (?:challenge|"
        rf"game)\b[^.!?]{{0,60}}\b{_CHALLENGE_DONE}|\b(?:chok|strangl)\w* (?:each other|"
        rf"themselves|him|her) (?:till|"
        r"until|to) (?:they|he|she) (?:pass|passed|black|blacked) out"),
)
