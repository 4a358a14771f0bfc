"""The kinds of sensitive fact: health, pregnancy, mental health, SEN, exclusion, social
services, police, sexuality, family breakdown, child welfare, discipline and complaint
outcomes, each a set of patterns with a strength."""

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class FactCategory:
    """A kind of sensitive fact.

    Attributes:
        name: How reasons name it ("medical detail").
        triggers: Words (exact tokens) at least one of which every pattern needs; a
            message without any skips the category's regex (the cheap prefilter).
        patterns: (detail, strength, regex over lower-cased text).
        institutional: Stays confidential when the person is only "a member of staff".
        about_children: Usually about a child, which decides "Ava's mum said she ...".
    """

    name: str
    triggers: str
    patterns: tuple[tuple[str, float, str], ...]
    institutional: bool = False
    about_children: bool = False

    def compile(self) -> re.Pattern[str]:
        """One alternation; the matching group's index names the pattern."""
        return re.compile("|".join(f"(?P<p{i}>{src})" for i, (_, _, src) in
                                   enumerate(self.patterns)))


_T = "[tțţ]"  # Romanian t-comma in its two encodings, or plain t
FACT_CATEGORIES: tuple[FactCategory, ...] = (
    FactCategory(
        "medical detail",
        "pregnant pregnancy expecting miscarriage miscarried ivf însărcinată insarcinata"
        " însărcinat insarcinat ciąży ciazy umeed hospital hospitalised hospitalized intensive"
        " operation surgery tonsils appendix adenoids gallbladder gall grommets cancer tumour"
        " tumours tumor tumors leukaemia leukemia chemo chemotherapy radiotherapy diabetes"
        " diabetic epilepsy epileptic seizure seizures hiv terminal terminally attack stroke"
        " dementia eating anorexia anorexic bulimia bulimic medication meds antidepressants"
        " medicate medicated medicates signed sick stress preggers preggo duff oven knocked"
        " drugs alcoholic drink drinking addict addiction rehab",
        (("pregnancy", 0.9, r"\bpregnan(?:t|cy)\b|\bexpecting (?:a baby|another (?:baby|one)|"
                            r"again|twins)\b|\b(?:is|she['’]s|she is) expecting(?= ?[!.,]|$)|"
                            r"\bmiscarri(?:ed|age)\b|\bivf\b|\bpregg(?:ers|o)\b|"
                            r"\bup the duff\b|\bbun in the oven\b|\bknocked up\b|"
                            r"\b[iî]ns[aă]rcinat[aă]?\b|\bw ci[aą][zż]y\b|\bumeed se\b"),
         # "in hospital" is a patient; "at the hospital" is as often a nurse or a visitor.
         ("hospital treatment", 0.75, r"\b(?:in|into|out of|from) hospital\b|"
                                      r"\bhospital appointment|\bhospitali[sz]ed\b|"
                                      r"\bintensive care\b|\brushed to (?:the )?hospital\b"),
         ("surgery", 0.75, r"\b(?:having|had|has|needs|needed|getting) (?:an? |(?:his|her|"
                           r"their) )?(?:operation|surgery)\b|\b(?:tonsils|appendix|adenoids|"
                           r"gall ?bladder|grommets) (?:out|removed|taken out|in)\b"),
         ("serious illness", 0.85, r"\bcancer\b(?! (?:research|charity|awareness|uk|trust|"
                                   r"relay|society|fundrais\w*|ward|nurse))|\btumou?rs?\b|\bleuka?emia\b|"
                                   r"\bchemo(?:therapy)?\b|\bradiotherapy\b|"
                                   r"\bdiabet(?:es|ic)\b|\bepilep(?:sy|tic)\b|\bseizures?\b|"
                                   r"\bhiv\b|\bterminal(?:ly)? ill\b|\bheart attack\b|"
                                   r"\bhad a stroke\b|\bdementia\b|\beating disorder|"
                                   r"\banorexi[ac]\b|\bbulimi[ac]\b"),
         ("medication", 0.75, r"\bon (?:medication|meds|antidepressants)\b|\bmedicate[ds]?\b|"
                              r"\bantidepressants\b"),
         ("sick leave", 0.8, r"\bsigned off\b|\bsick note\b|\boff with stress\b|"
                             r"\blong[- ]term sick\b"),
         ("addiction", 0.8, r"\b(?:on|back on) (?:the )?drugs\b|\balcoholic\b|"
                            r"\bdrink(?:ing)? problem\b|\b(?:drug )?addict\b|\baddiction\b|"
                            r"\brehab\b"))),
    FactCategory(
        "mental-health detail",
        "camhs mental breakdown depression depressed anxiety panic ocd ptsd bipolar"
        " schizophrenia schizophrenic psychiatric psychiatrist psychiatry therapy therapist"
        " counselling counsellor harm harming harms selfharm suicide suicidal himself herself"
        " sectioned"
        " themselves psychiatrists"
        " marks cuts",
        (("CAMHS referral", 0.95, r"\bcamhs\b"),
         ("mental health", 0.8, r"\bmental health (?:issues|problems|crisis|team|services)|"
                                r"\b(?:had|having|has had|on the verge of) a (?:nervous |"
                                r"mental )?breakdown\b|\bnervous breakdown\b|"
                                r"\bdepress(?:ion|ed)\b|\banxiety\b|\bpanic attacks\b|"
                                r"\bocd\b|\bptsd\b|\bbipolar\b|\bschizophreni\w*|"
                                r"\bpsychiatr\w*|\btherap(?:y|ist)\b|\bcounsell(?:ing|or)\b|"
                                r"\b(?:been|was|got|being) sectioned\b"),
         ("self-harm", 0.9, r"\bself[- ]?harm\w*|\bsuicid\w*|\b(?:tried|attempted|trying) to "
                            r"(?:kill|hurt) (?:him|her|them)sel(?:f|ves)\b|\bcut marks\b|"
                            r"\bcuts on (?:his|her|their) (?:arms?|wrists?|legs?)\b"))),
    FactCategory(
        "SEN detail",
        "ehcp ehc plan adhd autism autistic asd spectrum asperger aspergers dyslexia"
        " dyslexic dyspraxia dyspraxic dyscalculia tourette tourettes disability disabilities"
        " difficulty difficulties needs delay assessed referred diagnosed list diagnosis"
        " speech 1:1 1-1 one",
        (("EHCP", 0.9, r"\behcp\b|\behc plan\b|\beducation,? health and care plan\b"),
         ("diagnosis or assessment", 0.85,
          r"\badhd\b|\bautis(?:m|tic)\b|\basd\b|\bon the (?:autism |autistic )?spectrum\b|"
          r"\basperger\w*|\bdyslexi[ac]\b|\bdyspraxi[ac]\b|\bdyscalculi[ac]\b|\btourette\w*|"
          r"\blearning (?:disabilit(?:y|ies)|difficult(?:y|ies))\b|\bspecial needs\b|"
          r"\bdevelopmental delay\b|\b(?:assessed|referred|diagnosed|waiting list) for\b|"
          r"\bdiagnos(?:is|ed)\b|\breferred to (?:a |the )?(?:paediatrician|ed(?:ucational)? "
          r"psych\w*|speech|occupational)|\bspeech and language\b"),
         ("one-to-one support", 0.8, r"\b(?:has|have|gets|got|with) (?:an? |(?:their|his|her) "
                                     r"own )?(?:1[:-]1|one[- ]to[- ]one)(?!\w)")),
        about_children=True),
    FactCategory(
        "exclusion detail",
        "excluded excluding exclusion expelled expelling expulsion managed referral"
        " suspended suspending suspension timetable isolation kicked",
        (("exclusion", 0.9, r"\b(?:got|been|was|were|is|being|be|getting|gets|get)\s+"
                            r"(?:permanently |temporarily |internally )?excluded\b|"
                            r"\bexclu(?:ded|ding)\b(?= (?:him|her|them|my|our)\b| for \w+ "
                            r"days?\b)|\b(?:permanent|fixed[- ]term|internal) exclusion\b|"
                            r"\bexpell?(?:ed|ing)\b|\bexpulsion\b|\bmanaged move\b|"
                            r"\bpupil referral unit\b|\bkicked out of (?:the )?(?:school|"
                            r"academy|college|nursery)\b|\b(?:reduced|part[- ]time) timetable\b|"
                            r"\bisolation booth\b"),
         ("suspension", 0.85, r"\b(?:got|been|was|were|is|being|be|getting|gets|get)\s+"
                              r"suspended\b|\bsuspend(?:ed|ing)\b(?= (?:him|her|them|my|our)"
                              r"\b)|\bsuspension\b")),
        about_children=True),
    FactCategory(
        "social-services detail",
        "social sociali services protection care foster fostered looked asistenții"
        " asistentii asistenți asistenti asistentul asistenta asistentă protecția protectia"
        " protecţia opieka opieki opiekę opiece pracownik pracownica pracownicy kurator"
        " kuratora kuratorem",
        (("social services", 0.9,
          r"\bsocial services\b|\bsocial workers?\b|\bchildren['’]?s services\b|"
          r"\bchild protection\b|\b(?:in|into) (?:foster )?care\b(?! of)|\bfoster(?:ed| care|"
          r" carers?| parents?| family| home)\b|\bcare order\b|\blooked[- ]after child\b|"
          rf"\basisten{_T}\w* social\w*|\bprotec{_T}ia copilului\b|\bopiek\w* spo[lł]eczn\w*|"
          r"\bpracowni\w* socjaln\w*|\bkurator\w*"),)),
    FactCategory(
        "police or criminal detail",
        "arrest arrested arresting prison jail jailed custody locked bail remand"
        " criminal convicted charged court restraining probation police cops aresztowany"
        " aresztowani aresztowana aresztowali arestat arestată arestata închisoare"
        " inchisoare więzieniu wiezieniu giraftar tag",
        (("police or prison", 0.85,
          r"(?<!cardiac )\barrest(?:ed|ing)?\b|\b(?:in|into|to|out of|from) (?:prison|jail|"
          r"custody)\b|\bprison sentence\b|\bjailed\b|\bjail (?:mein|me|main)\b|"
          r"\b(?:been|was|got|is|being|get) locked up\b|\bon bail\b|\bon remand\b|"
          r"\bcriminal record\b|\bconvicted\b|\bcharged with (?:assault|theft|drink|fraud|"
          r"harassment|possession|an? (?:crime|offence))|\bcourt case\b|"
          r"\brestraining order\b|\bon probation\b|\b(?:on|wearing) an? (?:electronic )?tag\b|"
          r"\b(?:police|cops) (?:came|come|were|was|turned up|raided|took|round|at)\b|"
          r"\baresztowan\w*|\barestat\w*|\b[iî]nchisoare\b|\bw wi[eę]zieniu\b|\bgiraftar\b"),)),
    FactCategory(
        "sexuality detail",
        "gay lesbian bisexual queer came come coming closet transgender trans"
        " transitioning",
        (("sexual orientation or gender identity", 0.85,
          r"\bgay\b|\blesbian\b|\bbisexual\b|\bqueer\b|\b(?:came|come|coming) out as\b|"
          r"\bin the closet\b|\btransgender\b|\btrans\b|\btransitioning\b"),)),
    FactCategory(
        "family-breakdown detail",
        "divorce divorced divorcing divorcee divorces splitting split separated"
        " separating left affair custody talaq talaaq divorț divorţ divort divorțează"
        " divortează divorteaza divorțat divortat rozwód rozwod rozwodu rozwodzi rozwodzą"
        " rozwodza domestic",
        (("divorce or separation", 0.85,
          r"\bdivorc\w*|\bsplitting up\b|\bsplit up\b(?! (?:into|in|the|them|us|for|by))|"
          r"\b(?:are|is|have|has|just|recently|got|getting|being) separat(?:ed|ing)\b|"
          r"\b(?:wife|husband|partner|girlfriend|boyfriend|hubby)(?:['’]s| has| had)? "
          r"(?:just |finally |now )?(?:left|walked out on|kicked (?:him|her) out)\b|"
          r"\bleft (?:his|her) (?:wife|husband|partner|family)\b|\b(?:having|had) an affair\b|"
          rf"\bcustody (?:battle|of|case|hearing)\b|\btalaa?q\b|\bdivor{_T}\w*|\brozw[oó]d\w*"),
         ("domestic abuse", 0.9, r"\bdomestic (?:abuse|violence)\b"))),
    FactCategory(
        "child-welfare detail",
        "bruises bruised bruising black burn flinch flinched flinches flinching"
        " marks clothes tea breakfast dinner food lunch eat lock locks locked alone own look"
        " carer",
        (("injury", 0.75, r"\bbruis(?:es|ed|ing)\b|\bblack eye\b|\bburn marks\b|"
                          r"\bflinch(?:ed|es|ing)?\b|\bmarks (?:all )?(?:on|up|over) (?:his|her|"
                          r"their) (?:arms?|legs?|neck|face|back)\b"),
         ("neglect", 0.75, r"\bsame clothes\b|\b(?:hadn['’]?t|hasn['’]?t|had no|not had|"
                           r"didn['’]?t have|never gets|had nothing) (?:any |anything (?:for |"
                           r"to )?)?(?:tea|breakfast|dinner|food|lunch|to eat)\b|\bno food\b|"
                           r"\block(?:s|ed)? (?:him|her|them) (?:in|out)\b|"
                           r"\b(?:left|leaves|leaving|is|was|been|being) home alone\b|"
                           r"\bleft (?:alone|on (?:his|her|their) own)\b|\b(?:has|have|had) "
                           r"to look after (?:his|her|their) (?:\w+ )?(?:brothers?|sisters?|"
                           r"siblings)\b|\byoung carer\b")),
        about_children=True),
    FactCategory(
        "disciplinary detail",
        "disciplinary disciplined warning retraining training misconduct sacked"
        " fired dismissed struck demoted investigation investigated performance capability",
        (("disciplinary action", 0.85,
          r"\bdisciplinar\w*|\b(?:final|formal|written|verbal) warning\b|\bre-?training\b|"
          r"\b(?:gross )?misconduct\b|\b(?:got|been|was|were|being|getting) (?:sacked|fired|"
          r"dismissed|struck off|demoted)\b|\bunder investigation\b|"
          r"\bbeing investigated\b|\bperformance (?:management|improvement plan)\b|"
         r"\bcapability (?:review|procedure|process|hearing)\b"),),
        institutional=True),
    FactCategory(
        "complaint or investigation outcome",
        "complaint complaints grievance grievances investigation investigations upheld",
        (("outcome", 0.85,
          r"\b(?:complaint|grievance|investigation)s?\b[^.!?\n]{0,80}?\b(?:(?:was|were|has "
          r"been|have been|been|got|is|are) (?:upheld|not upheld|rejected|substantiated|"
          r"proven|concluded|closed|done|finished|over)|upheld|outcome|findings)\b|"
          r"\bupheld (?:my|our|the|a|his|her) (?:complaint|grievance)\b"),),
        institutional=True),
)
