"""Family-by-family tables for the offline scorer's threat, hate and regional insult lexicons.

Each family has positives written in several registers (standard English, Scots, Northern,
London, text-speak, unpunctuated voice-note transcripts, community languages) and clean
look-alikes that must stay below FLAG_THRESHOLD. The wording is deliberately unlike the dev
set's: these tables check that a family generalises, not that one sentence is caught.
"""

import pytest

from rules.offline_scorer import FLAG_THRESHOLD, OfflineScorer
from rules.scorer import IDENTITY_ATTACK, INSULT, THREAT, TOXICITY_KEYS


@pytest.fixture(scope="module")
def scorer() -> OfflineScorer:
    return OfflineScorer()


def _scores(scorer: OfflineScorer, texts: list[str]) -> list[dict[str, float]]:
    return [s.values for s in scorer.predict(texts)]


# --- Threats ---------------------------------------------------------------------------------

THREATS_VEILED = [
    # a condition with a price, property, "not for a chat", a night visit
    "stay away from my son or he'll be sorry",
    "keep fining us and see what happens to your precious minibus",
    "I'm coming down there, and it won't be for a chat",
    # conditional and "you'll see"
    "she keeps blocking my drive. she'll see what happens",
    "carry on like that Mrs Hughes and you'll see",
    "one more comment about my boy and he'll regret it",
    "trust me that man is gonna regret ever opening his mouth",
    "ur going to regret this",
    "she won't be so smug after Friday",
    "he wont be mouthing off after I've had a word",
    "they won't be laughing when I'm finished",
    "Next time it won't be an email Mr Barker",
    "lovely car the deputy drives, shame if something happened to it",
    "would be a real pity if anything happened to her windows",
    "he'll get what's coming to him",
    "she's got what's coming, believe me",
    "one more time and I swear down that kid's dad is getting it",
    "if she shouts at my daughter again I'll deal with her myself",
    "school won't act so I'll sort him out myself",
    "If he touches my son again I'll break his fingers",
    "she'll be picking her teeth up off the yard",
    "I'll put him through the staffroom window",
    "gonna put her through a wall",
    "a few of us will be waiting for him at the gates on Monday",
    "there'll be a few of us waiting for that teacher",
    "might turn up on his doorstep tonight",
    "we know where you live",
    "i kno where she lives",
    "he won't know what hit him",
    "keep it up and she'll end up in hospital",
    "that man will end up in an ambulance",
    # voice-note style, no punctuation
    "honestly if that woman says one more word to me im going to lose it and she will get hurt",
    "he needs to watch his back thats all im saying",
    "i swear on my kids lives that woman is getting it",
    "when i see him next time hes dead",
    # provocation, luck and warnings
    "touch my lad again and see what happens",
    "you'd better hope I don't catch you at the gate",
    "she's lucky I don't know where she lives",
    "tell that dinner lady to watch her back",
    "keep talking and you'll be drinking your tea through a straw",
    "he'll be needing a dentist after Monday",
    "that head won't have a car left by the weekend",
    "I'll end up doing time for that man",
    "going round his later to have a word, if you know what I mean",
]

THREATS_WISHES = [
    "I've a good mind to go round and knock his block off",
    "I'd love to slap that smug look off her face",
    "id happily strangle the woman in the office",
    "I hope someone slashes his tyres",
]

THREATS_REGIONAL = [
    # Scots
    "I'll skelp his wee erse if he comes near my wean again",
    "am gonnae batter him",
    "ahm gonny leather that wee scrote",
    "somebody's gonnae gie him a doing",
    "I'll boot his heid in",
    "he's getting his jaw burst",
    # Northern, Welsh, London
    "I'll lamp him next time I see him",
    "gonna deck her at pick up",
    "swear down I'll chin him",
    "I'm gonna twat him one",
    "ill bray the lad if he touches her again",
    "that dad's getting merked",
    "he's getting battered when I catch him",
]

THREATS_PROPERTY = [
    "someone should key the head's car",
    "I'll slash his tyres",
    "gonna put his windows in",
    "her windows are getting put through",
    "brick through their front window would sort it",
    "might torch that van of his",
    "someone should set fire to that school",
    "I'll set his car on fire",
]

THREATS_INCITEMENT = [
    "someone's gonna smack that man one of these days",
    "somebody needs to sort her out",
    "a few of us should go round and have him",
    "we should all go down there and sort him out, who's with me",
    "someone ought to wipe that smug grin off his face with a slap",
    "the dads need to give him a hiding",
    "somebody oughta batter that teacher",
]

THREATS_OTHER_LANGUAGES = [
    # Polish
    "Ta nauczycielka jeszcze pożałuje",
    "zabiję tego gościa",
    "jak jeszcze raz coś powie to dostanie w łeb",
    "pobiję go pod szkołą",
    "połamię mu nogi",
    # Romanian
    "o să regrete ce i-a făcut fetei mele",
    "îl omor dacă se mai apropie",
    "o bat pe aia la poartă",
    "îi rup picioarele",
    # Portuguese
    "essa professora vai se arrepender",
    "vou partir-lhe a cara",
    "vou-lhe bater amanhã",
    # Urdu, Hindi, Punjabi in Latin script
    "usko maar dunga agar phir se kuch bola",
    "main usay chhodunga nahi",
    "is teacher ko sabak sikha dunga",
    # Somali, Bengali in Latin script
    "waan ku dili haddaad mar kale sidaas tiraahdo",
    "oke ami mere felbo",
]


@pytest.mark.parametrize("text", THREATS_VEILED + THREATS_WISHES + THREATS_REGIONAL
                         + THREATS_PROPERTY + THREATS_INCITEMENT + THREATS_OTHER_LANGUAGES)
def test_when_harm_is_threatened_then_threat_is_flagged(scorer: OfflineScorer,
                                                       text: str) -> None:
    assert scorer.predict([text])[0].get(THREAT) >= FLAG_THRESHOLD


# --- Hate ------------------------------------------------------------------------------------

HATE_DOG_WHISTLES = [
    "not being funny but we all know who really runs the banks",
    "not racist but this is England, speak English",
    "speak english ur in britain now",
    "they never integrate, that lot",
    "those people just don't integrate do they",
    "if you don't like it go back to where you came from",
    "go back to your own country",
    "you can always tell the Romanian families, the kids are filthy",
    "I'd rather mine mixed with their own kind tbh",
    "should stick with their own kind",
]

HATE_GENDER_AND_SEXUALITY = [
    "the new TA is just a bloke in a dress",
    "keep those freaks away from our kids, pronouns my arse",
    "teaching pride month to 5 year olds, they're all groomers",
    "a fella in a frock reading stories to reception, no thanks",
    "her two mums are confusing the poor kids, it's not natural",
    "women heads are useless, too emotional",
    "there's no such thing as a trans child",
    "a bloke pretending to be a woman in the girls' toilets",
]

HATE_RACE_RELIGION_NATIONALITY = [
    "more cow worshippers joining reception then",
    "the kids come home talking about worshipping elephants",
    "she's only deputy to tick a box, let's be honest about why",
    "another diversity hire in the office",
    "the Polish lot are always drunk at pick up",
    "the Romanians are at it again, hide your purses",
    "the Bradford families are all the same",
    "chattering away in their own language at the gate, so rude",
    "Mrs Adeyemi 🐒🍌",
    "look at him 🐵🐵",
    "their prophet was a paedo",
    "the jews control the media",
    "probably got a bomb in that rucksack, look at her headscarf",
    "the teacher in the turban looks like a terrorist",
    "funny how it's always the Polish dads parking on the zigzags",
    "they never learn the language, that lot",
    "send them home on the first plane",
    "keep this school British",
    "the Somali family are scammers",
    "he's a bit special if you know what I mean 🙄",
]

HATE_SLURS = [
    "the pikeys are back on the field",
    "gyppos nicking the bikes again",
    "that spaz on the bus",
    "stop being a retard",
    "the mongs in the unit",
    "dont let the window lickers near my son",
    "a load of nignogs moved in",
    "he's a poof",
    "downies shouldn't be in mainstream",
]


@pytest.mark.parametrize("text", HATE_DOG_WHISTLES + HATE_GENDER_AND_SEXUALITY
                         + HATE_RACE_RELIGION_NATIONALITY + HATE_SLURS)
def test_when_identity_is_attacked_then_identity_attack_is_flagged(scorer: OfflineScorer,
                                                                  text: str) -> None:
    assert scorer.predict([text])[0].get(IDENTITY_ATTACK) >= FLAG_THRESHOLD


# --- Regional and other-language insults -----------------------------------------------------

INSULTS_REGIONAL = [
    # epithets and superlatives
    "the caretaker is a creepy old perv",
    "Mr P is a spineless little worm",
    "you're genuinely the thickest woman I've ever met",
    # Scots
    "you're a total bawbag",
    "what a numpty",
    "he's an absolute roaster",
    "shut it ya fud",
    "that bampot from year 4",
    "ya dafty",
    "she's some eejit",
    # Northern, London
    "ur such a melt",
    "what a wasteman",
    "you div",
    "he's a complete plank",
    "that bloke's a nonce",
    "she's a slag",
    # Welsh
    "you twpsyn",
    # Polish
    "ty idiotko",
    "co za debil",
    "kretyn jeden",
    # Romanian
    "ești o proastă",
    "idioată",
    "mincinoaso",
    "e o mincinoasă",
    # Portuguese
    "és mesmo burra",
    "que idiota",
    # Urdu, Hindi
    "bewakoof aurat",
    "ghatiya insaan",
    "kameena",
]


@pytest.mark.parametrize("text", INSULTS_REGIONAL)
def test_when_insult_is_regional_then_insult_is_flagged(scorer: OfflineScorer,
                                                       text: str) -> None:
    assert scorer.predict([text])[0].get(INSULT) >= FLAG_THRESHOLD


# --- Clean look-alikes -----------------------------------------------------------------------

CLEAN_LOOKALIKES = [
    # words children repeat from games; worms in gardens; chats that won't be long
    "my son came home shouting 'I'm gonna kill you' from that Fortnite game",
    "we found a worm in the garden",
    "Put names in all the jumpers or they'll get it mixed up",
    "I'm the laziest mum ever, forgot the PE kit again",
    "come in for a chat, it won't be for long",
    # figurative violence
    "I could murder a coffee after that assembly",
    "that spelling test killed him, he was shattered",
    "Year 5 absolutely killed it at the quiz",
    "nearly died laughing at the nativity",
    "I'll kill him if he loses another jumper 😂",
    "the twins will batter us at rounders again",
    "we got battered 4-0 on saturday",
    "he's getting hammered in the league table",
    # chores and plans
    "don't worry about the raffle, I'll deal with it myself",
    "I'll sort the PE kits out myself tomorrow",
    "let's see what happens with the weather",
    "we'll just see what happens on Friday",
    "you'll see the sign for the car park on the left",
    "she'll regret not bringing a coat, it's freezing",
    "Would be a shame if nothing happened for world book day",
    "shame if something happened to the trip, they've looked forward to it all term",
    "one more time and we'll have the full set of signatures",
    "the lads were waiting for him at the gate to walk home together",
    "Watch your back foot on the crossing, it's icy",
    "I know where the lost property is",
    "who's with me for the PTA quiz?",
    "a few of us should go round and help her with the garden",
    "we should set the fire alarm test for Tuesday",
    "he put his windows up because of the rain",
    "the kids put their heads through the cardboard windows in the play",
    "My daughter will end up in the hospital play as the nurse",
    "I'll pay the office a visit about the dinner money",
    "someone should sort the lost property out",
    # identity mentioned neutrally or warmly
    "Eid Mubarak to everyone celebrating!",
    "Happy Diwali from all of us",
    "Black History Month assembly was brilliant",
    "there's a dad in a wheelchair who'd like the ramp kept clear",
    "the Polish club meets on Saturdays",
    "her two mums are both coming to sports day",
    "the Romanian families brought amazing food to the fair",
    "my son has Down's syndrome and loved the trip",
    "the kids learnt about Hinduism and how cows are sacred",
    "they chatted in Polish the whole way home, lovely to hear",
    "we're so proud to be a diverse school, speak any language at home",
    "This is England's first win in ages",
    "go back to the office if your form isn't signed",
    "send them back to class after lunch",
    "the boys dressed up as knights and the girls in a dress for the parade",
    "the head asked us not to use the word retard, quite right",
    "my nan's from Bradford, lovely families there",
    "we should go back to the old pick up time",
    "He's so good at integrating new kids into the class",
    "monkey bars are closed 🐒",
    "Trip to the zoo was amazing 🐵🍌",
    "they stick to their own routine at home",
    "made bath bombs for the Muslim girls' Eid party",
    "they go back home to Pakistan every summer",
    "he's getting it for his birthday, don't tell him",
    "I know where she lives, I'll drop the costume round",
    "mind your back lifting the tables!",
    "they don't integrate maths and science enough",
    "a man in a dress read at drag queen story hour and the kids loved it",
    "tell him to watch his step on the stage, it's slippery",
    "if it rains again on sports day I'll cry",
    "I swear to god I'm going to lose it with this printer",
    "you'll regret it if you miss the fair",
    "a few of us will be waiting outside with the cake",
    "we turned up on her doorstep with flowers",
    "our windows got smashed in the storm",
    "someone's gonna get hurt on that broken fence",
    "If you're dead you don't feel anything, said the science video",
    # regional words in harmless senses
    "the roaster for the Sunday lunch is in the staff room",
    "the plank challenge in PE",
    "melted cheese toasties at the fair",
    "I'll pick up a bag of nuggets for the party",
]


@pytest.mark.parametrize("text", CLEAN_LOOKALIKES)
def test_when_message_only_looks_risky_then_nothing_is_flagged(scorer: OfflineScorer,
                                                              text: str) -> None:
    values = scorer.predict([text])[0].values
    assert {k: v for k, v in values.items() if k in TOXICITY_KEYS and v >= FLAG_THRESHOLD} == {}


# --- Explanations and mechanics ---------------------------------------------------------------

def test_when_threat_is_in_polish_then_evidence_points_at_the_typed_words(
        scorer: OfflineScorer) -> None:
    text = "Jak jeszcze raz krzyknie, to dostanie w łeb."
    result = scorer.predict([text])[0]
    start, end = result.evidence[THREAT]
    assert (text[start:end], result.reasons[THREAT]) == (
        "dostanie w łeb", "threat lexicon: threat in another language")


def test_when_a_masked_word_could_be_a_swear_word_then_it_is_not_read_as_a_slur(
        scorer: OfflineScorer) -> None:
    values = _scores(scorer, ["f*** off Lisa", "what a pair of c***s"])
    assert [v[IDENTITY_ATTACK] for v in values] == [0.0, 0.0]


def test_when_two_weak_threat_hints_are_separate_then_they_add_up(
        scorer: OfflineScorer) -> None:
    alone, together = _scores(scorer, ["that woman is getting it",
                                       "swear down that woman is getting it"])
    assert alone[THREAT] < FLAG_THRESHOLD <= together[THREAT]
