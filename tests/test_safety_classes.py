"""Classes of disclosure widened in session 8 (en, pl, so), each heard in wordings of our own.

Every class is written in other actors, persons, tenses and spellings than the independent
table's, with look-alikes beside it that must stay quiet. A disclosure is heard when its kind is
found and nothing outside the kind (danger to life and a child in danger may stand together).
"""

from __future__ import annotations

import pytest

from finder.understand.text import words

DANGER, SELF, ABUSE, CHILD = "danger-to-life", "self-harm", "domestic-abuse", "child-in-danger"
TOGETHER = {DANGER, CHILD}

HEARD = {
    "en": [
        # a teenager's overdose: the young person, a word of many taken, the medicine
        ("my 14 year old daughter swallowed a load of paracetamol last night", CHILD),
        ("our 15 yo took loads of his sertraline on purpose", CHILD),
        ("my teenage son took all of my codeine this afternoon", CHILD),
        ("my stepdaughter necked the whole packet of ibuprofen", CHILD),
        ("my 13 year old has taken too many of her antidepressants", CHILD),
        ("my son took the rest of my diazepam and wont wake properly", CHILD),
        ("my 17 yr old downed a box of painkillers after school", CHILD),
        ("my eldest took a handful of tablets from my bag", CHILD),
        ("my 12 year old swallowed a bunch of my sleeping pills", CHILD),
        ("our daughter took a lot of her meds at once and is being sick", CHILD),
        # the rest of a medicine, on its own or after a drink
        ("i just took the rest of my sertraline", DANGER, SELF),
        ("drank a bottle of vodka and the rest of the codeine", DANGER, SELF),
        ("had a few cans and the rest of my co codamol", DANGER, SELF),
        ("he swallowed whats left of his tramadol", DANGER, SELF),
        ("she took what was left of the painkillers", DANGER, SELF),
        ("had gin and all my sleeping pills", DANGER, SELF),
        ("ive necked the rest of the diazepam", DANGER, SELF),
        ("my partner had whisky and the rest of his tablets", DANGER, SELF),
        ("had some cider and whats left of the paracetamol", DANGER, SELF),
        ("swallowed the rest of my antidepressants an hour ago", DANGER, SELF),
        # looking up a way to die
        ("ive been googling how many paracetamol it takes", SELF),
        ("i looked up how many sertraline would kill me", SELF),
        ("been searching painless ways to die", SELF),
        ("i googled how to kill myself last night", SELF),
        ("i keep looking up the lethal dose of my tablets", SELF),
        ("researched how long it takes to die from an overdose", SELF, DANGER),
        ("im reading up on suicide methods", SELF),
        ("my 15 year old has been googling ways to die", CHILD),
        ("my daughter searched how many paracetamol it takes to die", CHILD),
        ("my son looked up the lethal dose of his meds", CHILD),
        # threats in other words of killing
        ("my ex keeps saying im a dead woman", ABUSE),
        ("he says my days are numbered", ABUSE),
        ("he said hed break my neck if i talk to anyone", ABUSE),
        ("my husband says hell snap my neck", ABUSE),
        ("she threatened to stab me if i leave", ABUSE),
        ("he swore hed put me six feet under", ABUSE),
        ("my partner said i will end up dead", ABUSE),
        ("he told me ill leave in a box", ABUSE),
        ("he says hell shoot me one day", ABUSE),
        ("my ex said hed smash my face in", ABUSE),
    ],
    "pl": [
        # cutting that will not stop bleeding
        ("podcięłam sobie żyły i nie mogę zatamować krwi", DANGER, SELF),
        ("pocielam sie za gleboko i krwawi", DANGER, SELF),
        ("przecięłam sobie nadgarstek i leje się krew", DANGER, SELF),
        ("pociąłem się żyletką i krew leci bez końca", DANGER, SELF),
        ("siostra się pocięła i krew nie przestaje lecieć", DANGER, SELF),
        ("cięłam się za głęboko, dużo krwi", DANGER, SELF),
        ("podcięła żyły i krwawi", DANGER, SELF),
        ("pocięłam nadgarstki i krew tryska", DANGER, SELF),
        ("pociął się nożem, cały we krwi", DANGER, SELF),
        ("znowu pocięłam ręce i nie da się zatamować", DANGER, SELF),
        # a farewell letter: the parent's own unless a child writes it
        ("zostawiłam pożegnalny list na stole", SELF),
        ("napisałem listy pożegnalne do rodziny", SELF),
        ("mam już gotowy list pożegnalny dla męża", SELF),
        ("piszę pożegnalne listy do dzieci", SELF),
        ("napisałam list pozegnalny do mamy", SELF),
        ("córka napisała list pożegnalny", CHILD),
        ("syn zostawił list pożegnalny w szufladzie", CHILD),
        ("moja 15 latka schowała list pożegnalny pod łóżkiem", CHILD),
        ("nastolatek pisze list pożegnalny do kolegów", CHILD),
        ("wczoraj napisałam pożegnalny list do syna", SELF),
        # a crash on purpose
        ("chciałabym wjechać samochodem w ścianę", SELF),
        ("myślę żeby rozbić się autem o drzewo", SELF),
        ("kusi mnie żeby wjechać pod tira", SELF),
        ("miałam ochotę wjechać w słup na autostradzie", SELF),
        ("chce wjechac w mur i mieć spokój", SELF),
        ("wyobrażam sobie że wjadę pod pociąg", SELF),
        ("planuję rozbić się o wiadukt", SELF),
        ("chciałem wjechać w ciężarówkę jadąc do pracy", SELF),
        ("myślałam żeby wjechać autem w barierkę", SELF),
        ("czasem chcę roztrzaskać się o drzewo", SELF),
        # tracking her and ringing when she is late
        ("mąż zainstalował mi lokalizator i musze mu wysyłać gdzie jestem", ABUSE),
        ("wydzwania do mnie co chwilę gdzie jestem i z kim", ABUSE),
        ("musze miec wlaczona lokalizacje bo inaczej krzyczy", ABUSE),
        ("śledzi moją lokalizację przez telefon i wydzwania", ABUSE),
        ("partner wgrał aplikację i sprawdza gdzie chodzę", ABUSE),
        ("dzwoni bez przerwy jak się spóźnię z pracy", ABUSE),
        ("każe mi mieć lokalizację włączoną cały czas", ABUSE),
        ("wydzwania jak wychodzę z koleżankami", ABUSE),
        ("założył mi gps w samochodzie", ABUSE),
        ("chłopak kontroluje moją lokalizację i pyta z kim jestem", ABUSE),
        # threats in other verbs of killing
        ("były powiedział że mnie zakopie w lesie", ABUSE),
        ("grozi że mnie udusi jak odejdę", ABUSE),
        ("mąż powiedział że poderżnie mi gardło", ABUSE),
        ("jak go zostawię to mnie zadźga", ABUSE),
        ("eks napisał że mnie zastrzeli", ABUSE),
        ("mówi że mnie utopi w wannie", ABUSE),
        ("partner krzyczy że mnie zakatuje", ABUSE),
        ("napisał mi że połamie mi nogi", ABUSE),
        ("groził że nas pochowa", ABUSE),
        ("chłopak mówi że mnie zarżnie jak zobaczy z innym", ABUSE),
        # a child not fed by the one caring for them
        ("ojciec dzieci nie daje im jeść", CHILD),
        ("były nie karmi małego przez cały weekend", CHILD),
        ("syn wraca głodny od taty", CHILD),
        ("córka chodzi głodna bo ojczym nie daje jej jeść", CHILD),
        ("dzieci nie mają co jeść u ojca", CHILD),
        ("partner głodzi dzieci za karę", CHILD),
        ("mąż nie daje mu jeść jak płacze", CHILD),
        ("niemowlę nie dostaje jeść cały dzień", CHILD),
        ("macocha nie karmi synka", CHILD),
        ("dzieci wracają głodne od byłego", CHILD),
        # a pillow over a face, and waiting outside her door
        ("dusił mnie poduszką", ABUSE),
        ("partner dusił syna poduszką", CHILD),
        ("były czeka pod moim domem co wieczór", ABUSE),
        ("ex stoi pod moją pracą codziennie", ABUSE),
        ("czeka pod moją pracą codziennie", ABUSE),
    ],
    "so": [
        # throwing oneself from a height (isa, iska, isku, with soo)
        ("dusha dabaqa sare ayaan joogaa waan isa soo tuurayaa", DANGER, SELF),
        ("buundada ayaan saaranahay waan iska soo tuurayaa", DANGER, SELF),
        ("saqafka guriga ayaan taagnahay waan isa tuurayaa", DANGER, SELF),
        ("balakoonka ayaan joogaa hadda waan isku soo tuurayaa", DANGER, SELF),
        ("daaqadda ayaan ka soo boodayaa", DANGER, SELF),
        ("waxay leedahay dhismaha dushiisa waan isa soo tuuri", DANGER, SELF),
        ("buundo dusheeda waan is soo tuurayaa", DANGER, SELF),
        ("waxaan joogaa saqafka waan isa soo ridayaa", DANGER, SELF),
        ("dhismaha ayaan ka soo boodo ayaan rabaa", DANGER, SELF),
        ("tareenka hortiisa ayaan isku soo tuuro", DANGER, SELF),
        # bleeding now, or pregnant and hit
        ("wuu i garaacay dhiig ayaa iga imanaya", DANGER, ABUSE),
        ("ninkayga ayaa i laaday dhiiggu ma istaagayo", DANGER, ABUSE),
        ("uur baan leeyahay wuu i laaday", DANGER, ABUSE),
        ("uur baan leeyahay ninkeyga ayuu i riixay", DANGER, ABUSE),
        ("uur leh ayaan ahay wuu i garaacay xalay", DANGER, ABUSE),
        ("madaxa ayuu iga dhuftay dhiig ayaa ka socda", DANGER, ABUSE),
        ("ninkeyga wuu i tumay dhiig badan ayaa iga socda", DANGER, ABUSE),
        ("uur ayaan leeyahay ayuu i tuuray dhulka", DANGER, ABUSE),
        ("wuu i feeray sanka dhiig ayaa ka qulqulaya", DANGER, ABUSE),
        ("uurka lahaa ayaan ahay wuu i feeray", DANGER, ABUSE),
        # hoarding pills for one day
        ("kiniinyo ayaan kaydinayaa maalin uun", SELF, DANGER),
        ("daawooyinka ayaan ururinayaa maalin uun baan u baahan doonaa", SELF, DANGER),
        ("kiniinka hurdada ayaan keydiyay", SELF, DANGER),
        ("kiniinyo badan ayaan urursaday", SELF, DANGER),
        ("daawooyin ayaan kaydsanayaa", SELF, DANGER),
        ("kiniinta ayaan ururiyay bilo", SELF, DANGER),
        ("kiniinada hurdada ayaan uruursaday", SELF, DANGER),
        ("kiniinyo ayaan ururisaa qarsoodi", SELF, DANGER),
        ("daawooyinka ayaan keydinayaa maalin maalmaha ka mid ah", SELF, DANGER),
        ("kiniinka ayaan uruursanayaa", SELF, DANGER),
        # sleeping and never waking
        ("waxaan rabaa inaan seexdo oon soo kicin", SELF),
        ("waxaan jeclaan lahaa inaan hurdo oon marnaba soo kicin", SELF),
        ("inaan seexdo oo aanan soo kicin ayaan rabaa", SELF),
        ("mararka qaar waxaan doonayaa inaan seexdo aanan waligay soo kicin", SELF),
        ("waxaan rabaa inaan seexdo weligay soo kicin", SELF),
        ("jeclaan lahaa inaan jiifsado oon soo toosin", SELF),
        ("habeen walba waxaan rabaa inaan seexdo oon marnaba soo toosin", SELF),
        ("inaan hurdo oon soo kicin ayaa ii wanaagsan", SELF),
        ("waxaan jeclaan lahaa inaan seexdo aanan soo toosin", SELF),
        ("runtii rabaa inaan seexdo oon soo kicin", SELF),
        # driving into something on purpose
        ("waxaan ka fikiraa inaan gaariga geed ku dhufto", SELF, DANGER),
        ("waxaan rabaa inaan baabuurka darbiga ku dhufto", SELF, DANGER),
        ("markaan waddo waxaan ka fekeraa inaan lori ku dhex rido", SELF, DANGER),
        ("waxaan ka fikirayaa inaan tareenka hor boodo", SELF, DANGER),
        ("maalin walba waxaan ka fikiraa inaan baabuur weyn ku dhex galo", SELF, DANGER),
        ("waxaa i soo gala inaan gaari weyn ku dhex rido", SELF, DANGER),
        ("waxaan doonayaa inaan gaariga buundada ku dhufto", SELF, DANGER),
        ("habeenkii waxaan ka fekerayaa inaan loriga ku dhex galo", SELF, DANGER),
        ("waxaan jeclaan lahaa inaan baabuurka geedka ku dhufto", SELF, DANGER),
        ("waxaan ka fakaraa inaan tareen hortiisa ku boodo", SELF, DANGER),
        # killing oneself in its isu/isa forms
        ("waxaan ka fikiraa sidii aan isu dili lahaa", SELF),
        ("maalin walba waxaan rabaa inaan isu dilo", SELF),
        ("waxaan ka fekerayaa inaan isa dilo", SELF),
        ("habeenkii waxaan ka fikiraa isu dilid", SELF),
        ("waxaan isku dayay inaan isu dilo", SELF),
        ("mararka qaar waxaan doonayaa inaan isa dili", SELF),
        ("waxaan rabaa inaan isu dilo runtii", SELF),
        ("waxaan ka fikiraa inaan isu dilayaa", SELF),
        ("waan rabaa inaan isu dilo", SELF),
        ("waxaan u maleynayaa inaan isu dilo", SELF),
        # locked in by him or his family
        ("hooyadiis ayaa guriga igu quufushaa markay baxdo", ABUSE),
        ("ninkayga guriga ayuu igu qufulaa", ABUSE),
        ("qoyskiisa markay baxaan qolka ayay igu xiraan", ABUSE),
        ("wuxuu guriga igu xiraa markuu shaqo aado", ABUSE),
        ("reerkiisa ayaa albaabka igu quflaa", ABUSE),
        ("ninkeyga qolka ayuu igu quflay habeenkii", ABUSE),
        ("markuu baxo guriga ayuu igu qufulay", ABUSE),
        ("reerka ninka ayaa igu xireen guriga", ABUSE),
        ("wuu igu xirtaa guriga dhexdiisa", ABUSE),
        ("qoyskiisa guriga ayay igu quufulay", ABUSE),
        # a parent's urge to harm a crying baby
        ("markuu ooyo waxaa i soo gala inaan ruxo", CHILD),
        ("markay qeyliso waxaan dareemaa inaan tuuro", CHILD),
        ("ilmuhu qeyliyo markuu waxaan u dhawaaday inaan garaaco", CHILD),
        ("markuu qeyliyo waxaa i soo galaa inaan dhaawaco", CHILD),
        ("waxaa i soo gala inaan ilmaha ruxo", CHILD),
        ("waxaan dareemaa inaan cunugga afka ka qabto markuu ooyo", CHILD),
        ("markay ooydo waxaa i qabta inaan barkin ku saaro", CHILD),
        ("ilmuhu ooyo markuu waxaan ku sigtay inaan tuuro", CHILD),
        ("markuu qeyliyo habeenkii waxaa i soo gala inaan darbiga ku dhufto", CHILD),
        ("waxaa maskaxda iigu soo dhaca inaan ilmaha ceejiyo", CHILD),
        # a teenager cutting herself (isku, iska)
        ("wiilkaygu shafrad ayuu isku jaraa", CHILD),
        ("gabadheydu gacmaheeda ayay iska jartaa", CHILD),
        ("inantayda 16 jir ah ayaa isku gooysaa", CHILD),
        ("gabadhayda 14 jirka ah way isku jarjartaa", CHILD),
        ("wiilkeygu bawdada ayuu isku gooyaa", CHILD),
        ("gabadhaydu way isku gubtaa", CHILD),
        ("gabadheyda 13 jir ah ayaa iska gooysaa gacmaha", CHILD),
        ("wiilkayga 15 jirka ah wuu isku dhaawacdaa", CHILD),
        ("gabadhaydu mar kale ayay isku jartaa", CHILD),
        ("gabadhayda way iska jartaa habeenkii", CHILD),
        # looking up a way to die
        ("gabadhayda ayaa internetka ka raadisay sida qofku isu dilo", CHILD),
        ("wiilkayga wuxuu baaray sida is dilo", CHILD),
        ("wiilkeygu telefoonka ayuu ka eegay sida loo is dilo", CHILD),
        ("gabadheyda 15 jir ah ayaa raadinaysay sida isu dilo", CHILD),
        ("waxaan raadiyay sida qofku isu dilo", SELF),
        ("internetka ayaan ka baaray sida is dilo", SELF),
        ("xalay waxaan raadinayay sida loo is deldelo", SELF),
        ("telefoonka ayaan ka eegay sida isu dilo", SELF),
        ("waxaan baadhay sidii aan isu dili lahaa", SELF),
        ("google ayaan ka raadiyay sida qofku is dilo", SELF),
        # threats that she will die
        ("ninkaygii hore wuxuu igu yiri waad dhiman doontaa", ABUSE),
        ("ninkeyga wuxuu yiri haddaad tagto waan ku gowracayaa", ABUSE),
        ("fariin ayuu ii soo diray waad dhimanaysaa", ABUSE),
        ("ninkii hore wuxuu ii sheegay ma noolaan doontid haddaad guursato", ABUSE),
        ("wuxuu yiri meydkaaga qofna ma heli doono", ABUSE),
        # the partner hitting the child, the child named before the verb
        ("ninkayga wuxuu wiilkayga ku garaacay suun", CHILD),
        ("ninkeyga wuxuu gabadhayda ku dhuftay ul", CHILD),
    ],
}

QUIET = {
    "en": [
        "my 16 yr old took her pills with breakfast",
        "my 12 year old took a bunch of photos at school",
        "my son took a handful of sweets",
        "i took a load of photos of the kids",
        "she took his meds at 8 like the doctor said",
        "the rest of the calpol is in the cupboard",
        "my son had the rest of the pizza and some wine gums",
        "i had a glass of wine and two paracetamol for my headache",
        "can i finish the rest of the antibiotics if i drink wine",
        "our 15 yo had the rest of the birthday cake",
        "i gave her the rest of the ibuprofen for her teething",
        "had wine and the rest of the cheese board lol",
        "im gonna strangle whoever invented slime",
        "i could kill whoever designed this car seat",
        "gonna murder whoever decided school starts at 8",
        "my mum says im a dead woman if i forget her birthday lol",
        "googling how many calpol a day for a 2 year old",
        "i looked up how many paracetamol can i take while breastfeeding",
        "searched how many ibuprofen is safe for a toddler",
        "he says he will break my legs in football tomorrow lol",
        "my phone is dead meat after the baby threw it",
    ],
    "pl": [
        "skaleczyłam się nożem przy krojeniu chleba i krew leci",
        "syn rozbił kolano na rowerze i krwawi",
        "córka ma krwotok z nosa i krew leci",
        "mama mnie zakopie jak zobaczy oceny",
        "szef mnie zakopie za ten raport",
        "pies zakopie kość w ogrodzie",
        "zakopię się pod kocem z książką",
        "piszemy list pożegnalny dla pani z przedszkola",
        "boję się że wjadę w drzewo bo jest ślisko",
        "chcę wjechać na parking pod sklepem",
        "film o kobiecie która wjechała w drzewo",
        "aplikacja pokazuje lokalizację autobusu",
        "mam apkę z lokalizacją syna żeby wiedzieć gdzie jest",
        "babcia wydzwania co chwilę bo się nudzi",
        "udostępniłam mężowi lokalizację bo jechałam sama nocą",
        "babcia nie daje mu jeść słodyczy przed obiadem",
        "tata nie karmi kota jak mnie nie ma",
        "syn nie ma co jeść w szkole bo zapomniał kanapki",
        "córka chodzi głodna bo nie lubi obiadów w szkole",
        "mały śpi z poduszką",
        "przytuliłam syna do poduszki",
        "mąż czeka pod pracą bo mnie odbiera",
    ],
    "so": [
        "ilmaha ayaan rabaa inuu seexdo oo uusan soo kicin ilaa subaxa",
        "uur ayaan leeyahay ilmuhu calooshayda wuu laadaa",
        "uur baan leeyahay ilmaha ayaa i laaday markii ugu horeysay",
        "gabadhaydu ciddiyaha ayay iska jartaa",
        "sanka ayaa dhiig ka yimid iskuulka",
        "daawooyinka ayaan ururinayaa si aan farmashiyaha ugu celiyo",
        "kiniinka madax xanuunka ayaan qaatay",
        "markuu ooyo waxaa i soo gala inaan hurdo",
        "markuu ooyo waxaan dareemaa inaan ooyo anigana",
        "gaariga ayaan ku dhex ridayaa alaabta",
        "waxaan rabaa inaan gaariga dhaqo",
        "albaabka ayaan xiraa habeenkii si ammaan ah",
        "wiilkayga ayaa internetka ka raadiyay sida loo sameeyo keeg",
        "gabadhayda timaheeda ayay iska jartaa",
        "wiilka yar ayaa ciyaar ahaan is tuuray sariirta",
        "waxaan ka fikiraa inaan gaari cusub iibsado",
        "waxaan u malaynayaa in ubaxu dhiman doono",
        "ciyaarta wiilka waad dhiman doontaa haddaad ka dhacdo",
    ],
}


def _heard(found: tuple[str, ...], kind: str, *also: str) -> bool:
    """The kind found, and nothing outside it and its `also` (as the independent table scores)."""
    allowed = {kind, *also} | (TOGETHER if kind in TOGETHER else set())
    return kind in found and set(found) <= allowed


@pytest.mark.parametrize("language", sorted(HEARD))
def test_each_widened_class_is_heard_in_wordings_of_our_own(understander, language):
    found = [(row, understander.safety.kinds(words(row[0]).tokens)) for row in HEARD[language]]
    missed = [(row, kinds) for row, kinds in found if not _heard(kinds, *row[1:])]
    assert not missed, missed


@pytest.mark.parametrize("language", sorted(QUIET))
def test_their_look_alikes_stay_quiet(understander, language):
    alarms = [(text, understander.safety.kinds(words(text).tokens)) for text in QUIET[language]]
    assert not [alarm for alarm in alarms if alarm[1]], alarms
