"""Signs of risk written in other languages UK families use, a few high-signal phrases each."""

from rules.detectors.safeguarding_signals.signal import (
    DOMESTIC,
    GROOMING,
    NEGLECT,
    PHYSICAL,
    SELF_HARM,
    SEXUAL,
    Signal,
    sig,
)

CORE_WORDS: tuple[Signal, ...] = (
    # Other languages UK parents write in (Polish, Romanian, Portuguese, Spanish, Urdu in
    # Latin script): only the core words for bruises, a parent hitting a child, wanting to
    # die and cutting oneself. Accents are optional because the normaliser may drop them.
    sig("injury", PHYSICAL, 0.45, "siniak|siniaki|siniaków|vanatai|vanataie|vânătăi|vânătaie|"
        "nodoas|nódoas|hematoma|hematomas|moratones|moraton|moratón",
        r"\b(?:siniak\w*|v[aâ]n[aă]t[aă](?:i|ie)|n[oó]doas? negras?|hematomas?|moratones|"
        r"morat[oó]n)\b", False),
    sig("hit", PHYSICAL, 0.75,
        "bije|bija|bił|bil|biła|bila|bate|batea|bateu|batia|pega|pegaba|pegó|pego|maarta|maarti|"
        "marta|marti|maarte|peetta|peetata",
        r"\b(?:(?:ojciec|tata|ojczym|matka|mama)\w* (?:j[aą] |go |je |ich )?bi(?:je|ja|ł|l|ła|"
        r"la)\b|bi(?:je|ja) (?:j[aą]|go|je|ich) (?:ojciec|tata|ojczym|matka|mama)|(?:o|[iî]l|"
        r"[iî]i) bate(?:a)? (?:tat[aă]l|tata|mama|mam[aă]-sa|tat[aă]-s[aă]u|vitregul)|"
        r"(?:tat[aă]l|tata|mama|vitregul)\w* (?:o|[iî]l) bate|(?:o pai|a m[aã]e|o padrasto|"
        r"a madrasta) (?:bate|batia|bateu) (?:nela|nele|na|no)|(?:su (?:padre|madre|padrastro)|"
        r"su madrastra) le peg(?:a|aba|[oó])|le peg(?:a|aba|[oó]) su (?:padre|madre|padrastro)|"
        r"(?:abba|abbu|baap|walid|ammi|maa|sautel[ai] \w+)\w* (?:use |usko |usay |"
        r"ussay )?(?:maar|mar|peet)(?:ta|ti|te|tata)\b)", False),
    sig("self_harm", SELF_HARM, 0.7,
        "chce|vrea|quer|quiere|marna|khudkushi|khud|tnie|taie|corta|cortando",
        r"\b(?:chce (?:umrze[cć]|si[eę] zabi[cć])|vrea s[aă] (?:moar[aă]|se sinucid[aă])|"
        r"quer (?:morrer|se matar)|quiere (?:morir(?:se)?|matarse)|marna chaht[ae]|"
        r"mar jana chaht[ae]|khud ?kushi|tnie si[eę]|se taie|se cort(?:a|ando))\b", False),
)

MORE_PHRASES: tuple[Signal, ...] = (
    # The same in other languages UK families write in (accents dropped by the normaliser):
    # Polish, Romanian, Portuguese, Spanish, Italian, Urdu/Hindi and Bengali in Latin script,
    # Welsh, Tagalog. A few high-signal phrases each.
    sig("sexual", SEXUAL, 0.75, "dotyka|dotykal|dotykala",
        r"\b(?:wujek|wujcio|tata|ojciec|ojczym|pan|mezczyzna|dziadek|sasiad|brat|kuzyn)\w* "
        r"(?:ja |go |ich )?dotyka\w*|\bdotyka\w* (?:ja|go|ich)\b[^.!?]{0,30}\b(?:w nocy|i kaze|w "
        r"lozku)", False),
    sig("secret", GROOMING, 0.6, "kaze|wolno",
        r"\bkaze (?:jej|mu|im) milczec|\bnie wolno (?:jej|mu|im) (?:nikomu )?(?:powiedziec|"
        r"mowic)", False),
    sig("injury", PHYSICAL, 0.55, "slady|slad|przypalen|przypalenia|poparzenia|poparzen",
        r"\bslady? (?:przypal\w*|po (?:pasku|biciu|papierosach?))|\bprzypalen\w*|\bpoparzen\w*"),
    sig("hit", PHYSICAL, 0.75, "bate|batea|lhe|bateu|batia|picchia|picchiava|mena|menava|mare|"
                               "maare|marey|mareche|mere|pitay|petay|maarta|maarti|maarte|"
                               "marta|marti|marte|maartata|peetta|peetti|peette|peettata",
        r"\b(?:tatal|tata|mama|vitregul)\w*(?: (?:ei|lui|sau|sa|lor)(?: \w+)?)? (?:o|il|"
        r"ii) (?:mai )?bate\w*|\b(?:o pai|a mae|o padrasto|a madrasta)\w* (?:lhe |o |a )?(?:bate|"
        r"batia|bateu)\b|\b(?:suo |il )?(?:padre|patrigno|papa|madre|mamma)\w* (?:lo|la|"
        r"li) (?:picchia|picchiava|mena|menava)\b|\b(?:baba|abba|abbu|ma|maa|amma|ammu|sotbaba|"
        r"sothma)\s+(?:take|oke|tare|ore)\s+(?:mare|maare|marey|mareche|mere|pitay|petay)\b|"
        r"\b(?:abba|abbu|baap|walid|ammi|maa|amma|sautel[ai] \w+)\w*\b[^.!?]{0,25}?\b(?:use|usko|"
        r"usay|ussay|isko|isay|unko|bachay ko|bache ko|bachon ko|beti ko|bete ko) (?:bahut |roz |"
        r"bohat |bohot )?(?:maar|mar|peet)(?:ta|ti|te|tata)\b", False),
    sig("domestic", DOMESTIC, 0.7, "maar|maarta|maarti|maarte|marta|marti|marte|mar|maara|"
                                   "mara|peet|peetta|peetti|peette",
        r"\b(?:baap|abba|abbu|walid|shohar)\w*\b[^.!?]{0,40}\b(?:maa|ammi|ami|amma|biwi) ko "
        r"(?:bahut |roz |bohat )?(?:maar|mar|peet)\w*", False),
    sig("fear", PHYSICAL, 0.55, "frica|teama",
        r"\b(?:ii|il) e (?:frica|teama) sa (?:mearga|se duca|se intoarca) acasa", False),
    sig("confined", PHYSICAL, 0.6, "fecha|tranca|fechava|trancava|band",
        r"\b(?:o|a) (?:fecha|tranca|fechava|trancava) (?:no|num|dentro do) quarto|\bkamr[ae] "
        r"(?:mein|me|main|mai) band kar\w*"),
    sig("deprived", PHYSICAL, 0.55, "khana|sem",
        r"\bkhana nahi?n? (?:deti|deta|dete|diya|dena)\b|\bsem comida\b"),
    sig("no_food", NEGLECT, 0.6, "khana|hay|tem|does|dim|nie|nu|non|walang",
        r"\bkhana nahi?n? (?:milta|mila|milti)\b|\bno hay (?:comida|nada (?:de|que) comer)\b|"
        r"\bnao (?:ha|tem) comida\b|\bdoes (?:dim|na ddim) bwyd\b|\bdim bwyd (?:adre|gartre|yn y "
        r"ty)\b|\bnie ma (?:nic )?(?:jedzenia|co jesc)\b|\bnu (?:are|au) (?:ce (?:sa )?manca|"
        r"mancare)\b|\bnon c'?e (?:niente da mangiare|cibo)\b|\bwalang (?:pagkain|makain)\b"),
    sig("hunger", NEGLECT, 0.35, "bhooka|bhooki|bhookay|bhuka|bhuki|con|com|llwglyd|glodny|"
                                 "glodna|flamand|flamanda|infometat|affamato|affamata|gutom",
        r"\bbh?ook(?:a|i|ay|e)\b|\bcon hambre\b|\bcom fome\b|\bllwglyd\b|\bglodn[ya]\b|"
        r"\bflamand\w*|\binfometat\w*|\baffamat[oa]\b|\bgutom\b"),
    sig("clothes", NEGLECT, 0.4, "misma|mismo|mesma|mesmo", r"\b(?:misma|mesma) roupa\b|"
                                                            r"\bmisma ropa\b"),
    sig("lure", GROOMING, 0.7, "oferec|oferece|oferecido|oferecendo|dar|dando|deu|dava|ofrece|"
                               "ofreciendo|ofrecido|dio|daba|regala|regalando|offre|offriva|"
                               "offrendo|dando|nag|kapalit|nanghihingi",
        r"\b(?:homem|mulher|senhor|estranho|hombre|senor|mujer|desconocid\w*|uomo|signore|tizio|"
        r"sconosciut\w*)\b[^.!?]{0,40}\b(?:oferec\w*|a dar|dando|deu|dava|ofrec\w*|dio|daba|"
        r"regal\w*|offr\w*|dava) (?:doces|dinheiro|presentes|rebucados|guloseimas|boleia|"
        r"caramelos|dulces|chuches|dinero|regalos|caramelle|dolci(?:ni)?|soldi|regali) (?:as|aos|"
        r"a|a los|a las|ai|alle) (?:criancas|meninos|meninas|miudos|ninos|ninas|crios|chavales|"
        r"bambini|bambine|ragazzini)|\bkapalit ng (?:litrato|larawan|picture|pic|video|hubad)|"
        r"\bnanghihingi ng (?:litrato|larawan|picture|pic|video)", False),
    sig("online_reward", GROOMING, 0.5, "nag",
        r"\bnag-?aalok ng (?:pera|regalo|load|robux)\b"),
    sig("self_harm", SELF_HARM, 0.7, "eisiau|isio|moja", r"\b(?:eisiau|isio) marw\b"),
    sig("hit", PHYSICAL, 0.7, "daro|tharo|churo|guro",
        r"\b(?:ei (?:thad|fam|llystad|lysfam)|tad|llystad|mam)\b[^.!?]{0,20}\b(?:yn )?(?:ei )?"
        r"(?:daro|tharo|churo|guro)\b"),
)
