"""Threats in the community languages parents use in UK school chats, as typed after
normalisation (accents and the Polish "ł" removed: "połamię" is matched as "polamie").

Only high-signal forms: a first-person future of a violent verb with its object ("zabiję
go", "îl omor", "vou-te matar"), set threats ("you'll regret it", "I know where you live")
and their Latin-script spellings for Urdu, Hindi, Punjabi, Bengali and Somali. Idioms
that use the same verbs harmlessly are left out or fenced off ("matar a saudade" is "to
catch up" in Portuguese, "ten upał mnie zabije" is "this heat will kill me").
"""

from rules.lexicons import THREAT, Family, words

_REASON = "threat lexicon: threat in another language"

FAMILIES: tuple[Family, ...] = (
    # Polish: "dostanie w łeb", "zabiję go", "połamię mu nogi", "pożałujesz".
    Family(THREAT, _REASON, (
        (r"\b(?P<hit>dostan(?:ie|iesz|a|iecie)\s+(?:w\s+(?:zeby|morde|ryj|leb|twarz|pysk|dupe|"
         r"czape|jape|mordke)|po\s+(?:mordzie|ryju|pysku|glowie|lbie|gebie|zebach|twarzy)|"
         r"wpierdol|wpierdziel|lomot|bure|baty|lanie))", 0.9),
        (r"\b(?P<hit>(?:zabije|zatluke|pobije|rozwale|spale|zajebie|udusze|dopadne|"
         r"zalatwie|skopie|stluke|zlamie)\s+(?:cie|ciebie|go|jego|ja|was|ich|tego|te|ta|"
         r"tamtego|tamta))\b", 0.9),
        (r"\b(?P<hit>(?:polamie|polamiemy|zlamie|rozwale|rozbije|obije|wybije|porachuje)\s+(?:mu|"
         r"jej|ci|wam|im)\s+(?:nogi|rece|kosci|zeby|palce|leb|glowe|morde|ryj|twarz|gebe|nos|"
         r"szczeke|samochod|auto|szyby|okna|gnaty|zebra))", 0.9),
        (r"\b(?P<hit>(?:wiem|wiemy)\s+gdzie\s+(?:mieszkasz|mieszka|mieszkaja|parkuje|parkujesz|"
         r"pracuje|pracujesz))", 0.9),
        (r"\b(?P<hit>pozaluje(?:sz|cie|sz\s+tego|\s+tego)?)\b", 0.7),
        (r"\b(?P<hit>popamieta(?:sz|cie|ja)?)\b", 0.7),
        (r"\b(?P<hit>policze\s+sie\s+z\s+(?:nim|nia|toba|wami|nimi|tym|ta))\b", 0.75),
        (r"\b(?P<hit>(?:jeszcze|to)\s+(?:zobaczysz|zobaczy|zobaczycie))\s*(?:$|[.!])", 0.5),
    ), frozenset(words("dostanie dostaniesz dostana dostaniecie zabije zatluke pobije rozwale "
                       "spale zajebie udusze dopadne zalatwie skopie stluke zlamie polamie "
                       "polamiemy rozbije obije wybije porachuje wiem wiemy pozaluje "
                       "pozalujesz pozalujecie popamieta popamietasz popamietacie popamietaja "
                       "policze jeszcze"))),
    # Romanian: "îl omor", "o bat", "îi rup picioarele", "o să regrete".
    Family(THREAT, _REASON, (
        (r"\b(?P<hit>(?:te|il|o|va|ii|i)\s+omor)\b", 0.9),
        (r"\b(?P<hit>(?:te|il|o|va)\s+(?:bat|snopesc|rup|calc|tai|strang\s+de\s+gat|"
         r"zdrobesc|spintec))\b", 0.8),
        (r"\b(?P<hit>(?:ii|iti|le|va|i)\s+(?:rup|sparg|zdrobesc|frang|crap|scot)\s+(?:picioarele|"
         r"gatul|capul|fata|oasele|mainile|dintii|nasul|gura|masina|geamurile|ochii|"
         r"falca|coastele))", 0.9),
        (r"\b(?P<hit>(?:ii|iti|le)\s+dau\s+(?:una|o\s+palma|pumni|in\s+cap|in\s+gura|bataie|"
         r"cu\s+\w+\s+in\s+cap))", 0.8),
        (r"\b(?P<hit>stiu\s+unde\s+(?:stai|locuiesti|sta|locuieste|stati|locuiti|parchezi|"
         r"parcheaza|lucrezi|lucreaza))", 0.9),
        (r"\b(?P<hit>o\s+sa[\s-]+(?:ti|iti|i|va|le)\s+para\s+rau)", 0.75),
        (r"\b(?P<hit>(?:o\s+sa\s+(?:regrete|regreti|regretati)|(?:va|vei|vor|veti)\s+regreta))\b",
         0.7),
        (r"\b(?P<hit>(?:o\s+sa\s+)?(?:vezi|vada|vedeti)\s+tu\s+ce\s+(?:pati|pateste|patesti))\b",
         0.75),
    ), frozenset(words("te il o va ii i iti le stiu sa vei vor veti vezi vada vedeti"))),
    # Portuguese: "vai se arrepender", "vou partir-lhe a cara", "vou-te bater".
    Family(THREAT, _REASON, (
        (r"\b(?P<hit>(?:vai|vais|vao|voce\s+vai|tu\s+vais)[\s-]+(?:se[\s-]+|te[\s-]+)?"
         r"arrepender(?:-se|-te)?)\b", 0.7),
        (r"\b(?P<hit>(?:partir|parto|partimos|quebrar|quebro|rebentar|rebento|arrebentar|"
         r"arrebento|esmurrar|esmurro)(?:[\s-]+(?:lhe|te|-lhe|-te))?\s+(?:a\s+cara|os\s+dentes|"
         r"a\s+boca|as\s+pernas|a\s+cabeca|o\s+focinho|a\s+fuca|a\s+tromba|o\s+nariz|os\s+"
         r"cornos|a\s+fronha|a\s+mona|todo|toda))", 0.9),
        (r"\b(?P<hit>(?:vou|vamos)[\s-]+(?:lhe|te)[\s-]+(?:bater|partir|matar|quebrar|pegar|"
         r"dar\s+(?:uma|um)\s+\w+|partir\s+\w+)|(?:vou|vamos)\s+(?:bater|dar|partir)[\s-]+(?:lhe|"
         r"te)\b|(?:vou|vamos)\s+(?:matar|mata)[\s-]*(?:-?lo|-?la|-?te)\b|(?:vou|vamos)\s+matar\s+"
         r"(?:esse|essa|aquele|aquela|ele|ela|voce|o\s+\w+|a\s+\w+(?<!saudade)(?<!aula)(?<!fome)"
         r"(?<!tempo)(?<!sede))\b|(?:mato|bato)[\s-]+(?:te|o|a)\b|te\s+(?:mato|bato|parto|"
         r"quebro)\b)", 0.85),
        (r"\b(?P<hit>(?:vai|vais|vao)\s+levar\s+(?:uma\s+surra|porrada|um\s+murro|um\s+soco|"
         r"um\s+tabefe|na\s+cara|uma\s+chapada|no\s+focinho|um\s+estalo|nas\s+trombas|"
         r"um\s+enxerto|pancada))", 0.85),
        (r"\b(?P<hit>sei\s+onde\s+(?:moras|mora|vives|vive|voce\s+mora|tu\s+moras|ele\s+mora|"
         r"ela\s+mora|trabalhas|trabalha|estacionas|estaciona))", 0.9),
    ), frozenset(words("vai vais vao voce tu partir parto partimos quebrar quebro rebentar "
                       "rebento arrebentar arrebento esmurrar esmurro vou vamos mato bato te "
                       "sei"))),
    # Urdu, Hindi and Punjabi in Latin script: "maar dunga", "chhodunga nahi", "sabak
    # sikha dunga", "haddi tod dunga".
    Family(THREAT, _REASON, (
        (r"\b(?P<hit>(?:jaan\s+se\s+)?(?:maar|mar|maar\s+maar\s+ke)\s+(?:dunga|dungi|doonga|"
         r"daalunga|dalunga|daloonga|denge|dengi|deyanga|deyangi|duga|dunga\s+tujhe))\b", 0.85),
        (r"\b(?P<hit>(?:maarunga|marunga|maaroonga|maarenge|marenge|maarungi|kutt\s+(?:dunga|"
         r"deyanga|denge)|kuttunga|peet\s+(?:dunga|denge)|peetunga|pitai\s+karunga|thappad\s+"
         r"(?:maarunga|marunga|lagaunga|padega)|khatam\s+kar\s+(?:dunga|denge|deyanga)))\b", 0.85),
        (r"\b(?P<hit>(?:dekh|dekh\s+ke)\s+(?:lunga|loonga|lungi|lenge|laanga|lawanga))\b", 0.7),
        (r"\b(?P<hit>(?:chhodunga|chodunga|chorunga|chhodenge|chhadanga|chaddanga|chadanga|"
         r"chhodungi)\s+(?:nahi|nai|nahin|ni)|(?:nahi|nai|nahin|ni)\s+(?:chhodunga|chodunga|"
         r"chorunga|chhodenge|chaddanga|chhodungi))\b", 0.75),
        (r"\b(?P<hit>(?:tang|taang|tangen|taangein|tangan|haddi|haddiyan|haddian|daant|dant|"
         r"muh|munh|mooh|sar|sir|bazu)\s+(?:tod|torr|tor|phod|phor)\s+(?:dunga|doonga|denge|"
         r"dungi|deyanga|duga))\b", 0.9),
        (r"\b(?P<hit>sabak\s+(?:sikha|sikhaa|sikhau?n?ga|sikhayenge|sikhaunga|sikhana\s+"
         r"padega|sikhaoon\s*ga|sikhaonga|sikhani\s+(?:hai|padegi)|sikhaenge|sikhayega))\b",
         0.7),
        (r"\b(?P<hit>(?:pata|pta)\s+hai\s+(?:tu|tum|wo|woh|vo|voh)\s+(?:kahan|kithe|kidhar)\s+"
         r"(?:rehta|rehti|rehte|rehnda|rehndi))\b", 0.85),
    ), frozenset(words("maar mar maarunga marunga maaroonga maarenge marenge maarungi kutt "
                       "kuttunga peet peetunga pitai thappad khatam dekh chhodunga chodunga "
                       "chorunga chhodenge chhadanga chaddanga chadanga chhodungi nahi nai "
                       "nahin ni tang taang tangen taangein tangan haddi haddiyan haddian "
                       "daant dant muh munh mooh sar sir bazu sabak pata pta"))),
    # Somali and Bengali in Latin script: "waan ku dili", "mere felbo".
    Family(THREAT, _REASON, (
        (r"\b(?P<hit>waan\s+(?:ku\s+|idin\s+|kaa\s+)?(?:dili|dilayaa|dili\s+doonaa|garaaci|"
         r"garaacayaa|jebin|jebinayaa))\b", 0.9),
        (r"\b(?P<hit>(?:ku|idin)\s+dili\s+doonaa)\b", 0.9),
        (r"\b(?P<hit>(?:mere|maira|mayre)\s+(?:felbo|fellbo|phelbo|felmu|falabo|dibo|debo|"
         r"falmu))\b", 0.85),
        (r"\b(?P<hit>(?:khun|khoon)\s+(?:kore\s+felbo|korbo|kore\s+dibo|kormu))\b", 0.9),
        (r"\b(?P<hit>(?:tore|toke|oke|take|ore)\s+(?:pitabo|pitiye\s+debo|marbo|dekhe\s+nibo))\b",
         0.8),
    ), frozenset(words("waan ku idin kaa mere maira mayre khun khoon tore toke oke take ore"))),
    # Italian: "gli spacco la faccia", "ti ammazzo", "te la faccio pagare".
    Family(THREAT, _REASON, (
        (r"\b(?P<hit>(?:gli|le|ti|vi)\s+(?:spacco|rompo|spacchiamo|rompiamo)\s+(?:la\s+faccia|"
         r"il\s+muso|le\s+gambe|la\s+testa|il\s+naso|le\s+ossa|la\s+macchina))", 0.9),
        (r"\b(?P<hit>(?:ti|lo|la|vi|li)\s+(?:ammazzo|uccido|ammazziamo|meno|picchio|"
         r"massacro))\b", 0.9),
        (r"\b(?P<hit>(?:te|ve|gliela)\s+(?:la\s+)?(?:faccio|facciamo)\s+pagare)\b", 0.75),
        (r"\b(?P<hit>so\s+dove\s+(?:abiti|abita|vivi|vive|lavori|lavora))\b", 0.85),
    ), frozenset(words("gli le ti vi spacco rompo spacchiamo rompiamo lo la li ammazzo uccido "
                       "ammazziamo meno picchio massacro te ve gliela faccio facciamo so"))),
)
