"""Ages as classes, not phrases: number words in each script and romanisation, halves and
quarters, units before or after, twins, school years and "from September", nearly an age,
births weeks ago, pregnancies told by weeks, months or a due month, and the numbers that are
no child's age (waits, counts, the parent's own age, times, prices, house numbers, years
lived somewhere). Written for the age reader's rules, never copied from the parents' tables."""

from __future__ import annotations

from pathlib import Path

import pytest

from finder.directory.yamlfile import load_yaml

SENTENCES = load_yaml((Path(__file__).parent / "fixtures" / "age-sentences.yaml").read_text(
    encoding="utf-8"))

# (text, the children's ages in completed months)
AGES = [
    ('she was born 3 weeks ago', (0,)), ('3 weeks ago I had my baby', (0,)),
    ("he's four and a half", (54,)), ('4 and a half year old', (54,)), ('my son is 6', (72,)),
    ('a 9 month old girl and a 5 year old boy', (9, 60)), ('girl 9 months, boy 5', (9, 60)),
    ('year 5 keeps forgetting homework', (108,)), ("at 7 months she still won't eat lumps", (7,)),
    ('my 3 kids are 7, 4 and 9 months', (84, 48, 9)), ('baby is 5 weeks', (1,)),
    ('yr 9 daughter', (156,)), ('y7 son', (132,)), ('my daughter turns 13 next week', (155,)),
    ("he's 2 and a bit", (24,)), ('19 month old', (19,)), ('my 6yo and 2yo', (72, 24)),
    ("he's 10 months old", (10,)), ('she is 1', (12,)), ('my one year old', (12,)),
    ('a two year old', (24,)), ('three year old twins', (36, 36)),
    ('urodziła się 3 tygodnie temu', (0,)), ('ma cztery i pół roku', (54,)),
    ('syn ma 6 lat', (72,)), ('córka 9 miesięcy i syn 5 lat', (9, 60)),
    ('w wieku 7 miesięcy dalej nie je', (7,)),
    ('troje dzieci: 7 lat, 4 lata i 9 miesięcy', (84, 48, 9)), ('dzidziuś ma 5 tygodni', (1,)),
    ('syn w year 9', (156,)), ('córka ma 13 lat', (156,)), ('roczny synek', (12,)),
    ('dwulatek nie mówi', (24,)), ('trzylatka nie je', (36,)), ('mam 2latka', (24,)),
    ('3 athvadiya pehla dikri aavi', (0,)), ('saadha chaar varas no', (54,)),
    ('dikro 6 varas no che', (72,)), ('dikri 9 mahina ni ane dikro 5 varas no', (9, 60)),
    ('7 mahina no che pan khato nathi', (7,)), ('baby 5 athvadiya nu che', (1,)),
    ('dikri year 8 ma che', (144,)), ('ત્રણ છોકરાં: 7 વર્ષ, 4 વર્ષ અને 9 મહિના', (84, 48, 9)),
    ('dikro 13 varas no che', (156,)), ('be varas no dikro', (24,)),
    ('beta ek saal ka hai', (12,)), ('beti do saal ki hai', (24,)), ('bacha teen saal ka', (36,)),
    ('beta char saal ka hai', (48,)), ('beti paanch saal ki', (60,)),
    ('beta chhe saal ka', (72,)), ('beti saat saal ki hai', (84,)), ('beta aath saal ka', (96,)),
    ('beti nau saal ki', (108,)), ('beta das saal ka', (120,)), ('beti gyarah saal ki', (132,)),
    ('beta barah saal ka', (144,)), ('beta dedh saal ka hai', (18,)),
    ('beti dhai saal ki', (30,)), ('beta adhai saal ka', (30,)), ('munda ikk saal da', (12,)),
    ('kudi do saal di aa', (24,)), ('munda tinn saal da', (36,)), ('kudi chaar saal di', (48,)),
    ('munda panj saal da', (60,)), ('kudi chhe saal di', (72,)), ('munda satt saal da', (84,)),
    ('kudi atth saal di', (96,)), ('munda dedh saal da', (18,)), ('kudi dhai saal di', (30,)),
    ('dikro ek varas no che', (12,)), ('dikri be varas ni che', (24,)),
    ('dikro tran varas no', (36,)), ('dikri char varas ni', (48,)),
    ('dikro panch varas no che', (60,)), ('dikri chh varas ni', (72,)),
    ('dikro saat varas no', (84,)), ('dikri aath varas ni', (96,)),
    ('dikro dodh varas no', (18,)), ('dikri adhi varas ni', (30,)), ('dikro nav mahina no', (9,)),
    ('dikri das mahina ni', (10,)), ('beta 9 mahine ka hai', (9,)), ('beti chhe mahine ki', (6,)),
    ('munda 8 mahineyan da', (8,)), ('kudi nau mahine di', (9,)), ('baby 6 hafte ka', (1,)),
    ('baby 3 hafte ki hai', (0,)), ('baby 10 din ka hai', (0,)), ('ابني عمره سنة', (12,)),
    ('بنتي عمرها شهرين', (2,)), ('ابني عمره خمس سنين', (60,)), ('بنتي عمرها سبع سنوات', (84,)),
    ('عندي ولد عمره ٦ شهور', (6,)), ('ابني عمره سنة ونص', (18,)), ('3omro 4 snin', (48,)),
    ('ibni 3omro santen', (24,)), ('binti 3omra 5 sneen', (60,)),
    ('ibni 3omro sane w nos', (18,)), ('عمرها تسع شهور', (9,)), ('ابني عمره عشر سنين', (120,)),
    ('عندي توأم عمرهم سنتين', (24, 24)), ('ابني عمره ٤ سنين ونص', (54,)),
    ('wiilkaygu waa 3 jir', (36,)), ('gabadhaydu waa 5 sano jir', (60,)),
    ('wiil laba jir ah', (24,)), ('gabar saddex jir ah', (36,)), ('ilmahaygu waa 6 bilood', (6,)),
    ('wiilka waa afar sano', (48,)), ('gabadha waa shan jir', (60,)),
    ('canugga waa 8 bilood jir', (8,)), ('wiil sanad jir ah', (12,)),
    ('gabar sanad iyo badh ah', (18,)), ('wiilkaygu waa 2 sano iyo badh', (30,)),
    ('my son is 4 he has autism', (48,)), ('mataano 3 jir ah', (36, 36)),
    ('mam trzyletniego syna', (36,)), ('córka ma dwa lata', (24,)),
    ('syn ma półtora roku', (18,)), ('córeczka ma roczek', (12,)), ('synek ma 8 miesięcy', (8,)),
    ('mam czteromiesięczną córkę', (4,)), ('mam 1,5 roczną córkę', (18,)),
    ('corka ma 3 lata', (36,)), ('syn ma piec lat', (60,)), ('mam 2 letnia corke', (24,)),
    ('syn ma dwa i pol roku', (30,)), ('bliźniaki mają 3 lata', (36, 36)),
    ('blizniaki maja 4 lata', (48, 48)), ('syn ma dwadzieścia miesięcy', (20,)),
    ('dwumiesięczna córka', (2,)), ('mam 3-letniego syna', (36,)), ('my son is two', (24,)),
    ("she's three and a half", (42,)), ('my daughter is 18 months', (18,)),
    ('twins aged 5', (60, 60)), ('my twins are 2', (24, 24)), ('my boy is 7', (84,)),
    ("he's in year 3", (84,)), ("she's in reception", (48,)), ('my 4 year old', (48,)),
    ('my 10 week old baby', (2,)), ("six month old won't sleep", (6,)),
    ('mara 2 chhokra che, 4 ane 8 varas', (48, 96)),
    ('mere 3 bache hain 2, 5 aur 9 saal', (24, 60, 108)),
    ('mere do bache hain, 3 aur 6 saal ke', (36, 72)),
    ('mere 2 bachay hain 4 or 7 saal', (48, 84)), ('mere 2 bache ne 3 te 5 saal de', (36, 60)),
    ('I have 3 kids aged 2, 4 and 6', (24, 48, 72)), ('mam 2 dzieci, 3 i 5 lat', (36, 60)),
    ('waxaan leeyahay 2 caruur ah 3 iyo 5 jir', (36, 60)),
    ('عندي ٣ اولاد ٢ و ٤ و ٧ سنين', (24, 48, 84)), ('2 dikra che 5 ane 9 varas na', (60, 108)),
    ('I have 2 boys 3 and 5', (36, 60)), ('main 19 saal ki hoon aur beta 2 saal ka', (24,)),
    ("I'm 24 and my son is 3", (36,)), ('mam 23 lata i syna 2 letniego', (24,)),
    ('انا عمري ٢٥ سنة وابني ٣ سنين', (36,)), ('16 mahina thava aavya', (15,)),
    ('beta 2 saal ka hone wala hai', (23,)), ('munda 3 saal da hon wala', (35,)),
    ("she'll be 4 next month", (47,)), ('almost 2', (23,)), ('nearly 3', (35,)),
    ('prawie 2 lata', (23,)), ('skończy 3 lata w maju', (35,)),
    ('dikri 2 varas ni thavani che', (23,)), ('قرب يكمل سنتين', (23,)),
    ('wuxuu ku dhow yahay 2 jir', (23,)), ('year 7', (132,)), ('beta year 4 mein hai', (96,)),
    ('dikro year 1 ma che', (60,)), ('kudi year 5 ch aa', (108,)), ('córka jest w year 3', (84,)),
    ('wiilkaygu wuxuu ku jiraa year 2', (72,)), ('ابني في year 6', (120,)),
    ('starts reception in september', (48,)), ('september thi reception', (48,)),
    ('september se reception shuru karega', (48,)), ('september ton reception', (48,)),
    ('od września idzie do reception', (48,)), ('wuxuu bilaabayaa reception september', (48,)),
    ('ابني رح يبلش reception بأيلول', (48,)), ('beti class 2 mein hai', (72,)),
    ('dikro class 3 ma', (84,)), ('twins in year 1', (60, 60)), ('judva year 2 ma che', (72, 72)),
    ('jorhe year 2 ch ne', (72, 72)), ('judwa bache year 3 mein', (84, 84)),
    ('bliźniaki są w year 2', (72, 72)), ('mataano year 4', (96, 96)), ('توأم بyear 1', (60, 60)),
    ('twins aged 3', (36, 36)), ('judva 2 varas na', (24, 24)), ('judwa 8 mahine ke', (8, 8)),
    ('jorhe 4 saal de', (48, 48)), ('توأم عمرهم ٥ سنين', (60, 60)),
    ('میرا بیٹا دو سال کا ہے', (24,)), ('بیٹی چھ ماہ کی ہے', (6,)),
    ('میرے بیٹے کی عمر پانچ سال ہے', (60,)), ('بچی ڈھائی سال کی', (30,)), ('بیٹا ۸ ماہ کا', (8,)),
    ('میری بیٹی ۱۳ سال کی ہے', (156,)), ('بیٹا سات سال کا ہو گیا ہے', (84,)),
    ('میرا بیٹا ایک سال کا ہے', (12,)), ('بیٹا سوا سال کا', (15,)),
    ('mera beta 3 sal ka he', (36,)), ('meri beti 4 saal ki he', (48,)), ('beta 2 sal ka', (24,)),
    ('beti 6 mahinay ki', (6,)), ('bacha 9 maheene ka', (9,)), ('beta 18 mahine ka hai', (18,)),
    ('beti 3 saal ki ho gayi', (36,)), ('mere bete ki umar 5 saal hai', (60,)),
    ('beti ki umar 7 saal', (84,)), ('umar 4 saal', (48,)),
    ('beta abhi 2 saal ka hua hai', (24,)), ('beti teesri jamat mein', (84,)),
    ('bachi ki age 3 hai', (36,)), ('beta 5 years ka hai', (60,)), ('meri 2 saal ki beti', (24,)),
    ('mera 10 saal ka beta', (120,)), ('3 saal ke bete ke liye', (36,)),
    ('6 mahine ki bachi', (6,)), ('beta 1 saal 3 mahine ka', (15,)),
    ('beti dedh saal ki ho gai', (18,)), ('beta pandrah saal ka', (180,)),
    ('beti solah saal ki', (192,)), ('mera beta 12 ka hai', (144,)), ('beta 14 ka', (168,)),
    ('mere do bete hain 5 aur 8 ke', (60, 96)), ('بیٹا ۳ سال اور بیٹی ۶ سال', (36, 72)),
    ('جڑواں بچے ۲ سال کے', (24, 24)), ('mere judwa bache 3 saal ke hain', (36, 36)),
    ('ابني ٣ سنين', (36,)), ('بنتي ٥ سنوات', (60,)), ('ابني عمره ست سنين', (72,)),
    ('بنتي عمرها ٨ شهور', (8,)), ('عندي طفل عمره ٩ أشهر', (9,)), ('بنتي عمرها سنة و نص', (18,)),
    ('ابني بالصف الاول', (60,)), ('ابني عمره تلات سنين ونص', (42,)), ('ابني عمره ١٤ سنة', (168,)),
    ('بنتي ١٢ سنة', (144,)), ('عندي ولد ٤ سنين وبنت ٧ سنين', (48, 84)),
    ('ابني عمره اربع سنين', (48,)), ('عمره ثمان سنوات', (96,)), ('بنتي عمرها عشرة اشهر', (10,)),
    ('ابني عمره اسبوعين', (0,)), ('بنتي عمرها ٣ اسابيع', (0,)), ('طفلي عمره ٦ اسابيع', (1,)),
    ('ابني ٧ سنين ونص', (90,)), ('ابني صار عمره سنتين', (24,)), ('ibni 3omro 3 snin', (36,)),
    ('binti 3omra 7 shhur', (7,)), ('ibni 5 snin', (60,)), ('binti 3omra sana', (12,)),
    ('3andi walad 3omro 6 snin', (72,)), ('ibni bel saf el tani', (72,)),
    ('بنتي بالسنة التالتة', (84,)), ('ابني بالروضة', (48,)), ('ابني عمره ٢٠ شهر', (20,)),
    ('ابني عمره سنة وشهرين', (14,)), ('بنتي عمرها ٤ سنوات و ٦ اشهر', (54,)),
    ('wiilkayga 4 sano ayuu jiraa', (48,)), ('gabadhayda waxay jirtaa 7 sano', (84,)),
    ('ilmaha 3 bilood', (3,)), ('wiil 10 jir ah', (120,)), ('gabar 12 jir ah', (144,)),
    ('ilmo 2 toddobaad jir ah', (0,)), ('wiilkaygu waa toban jir', (120,)),
    ('gabadhaydu waa sagaal bilood', (9,)), ('canuggu waa hal sano', (12,)),
    ('waxaan leeyahay wiil 5 jir iyo gabar 2 jir', (24, 60)),
    ('wiilka yar waa 3 jir, kan weyn 8 jir', (36, 96)),
    ('wiilkaygu wuxuu dhigtaa year 5', (108,)),
    ('gabadhaydu waxay ku jirtaa fasalka 3aad', (84,)), ('wiilku waa afar iyo badh', (54,)),
    ('synek ma 2 latka', (24,)), ('córka ma 10 lat', (120,)), ('syn 7 lat', (84,)),
    ('córeczka 6 miesięcy', (6,)), ('mam syna w wieku 4 lat', (48,)),
    ('dziecko ma 3 tygodnie', (0,)), ('mój syn ma siedem lat', (84,)),
    ('córka jedenaście lat', (132,)), ('synek skończył roczek', (12,)),
    ('córka ma 2,5 roku', (30,)), ('mam 8-miesięczną córkę', (8,)), ('pięcioletni syn', (60,)),
    ('mam dwóch synów 4 i 6 lat', (48, 72)), ('syn chodzi do klasy 2', (72,)),
    ('syn ma 15 lat i nie chce chodzić do szkoły', (180,)), ('maro dikro 3 varas no che', (36,)),
    ('દીકરી ૫ વર્ષની છે', (60,)), ('બાબો ૬ મહિનાનો છે', (6,)), ('dikri 10 mahina ni che', (10,)),
    ('dikro dodh varas no', (18,)), ('dikri adhi varas ni che', (30,)),
    ('baby 3 athvadiya nu che', (0,)), ('dikro 7 varas no ane dikri 4 varas ni', (48, 84)),
    ('dikro 9 ma dhoran ma', (156,)), ('dikro sava varas no', (15,)),
    ('dikri sada tran varas ni', (42,)), ('dikro pona be varas no', (21,)),
    ('mera munda 4 saal da hai', (48,)), ('ਮੇਰੀ ਧੀ ਪੰਜ ਸਾਲ ਦੀ ਹੈ', (60,)),
    ('kudi 9 mahine di', (9,)), ('putt dhai saal da', (30,)),
    ('munda 2 saal da te kudi 6 mahine di', (6, 24)), ('munda year 6 ch', (120,)),
    ('munda saadhe 3 saal da', (42,)), ('kudi paune 2 saal di', (21,)),
    ('my daughter is 14 months', (14,)), ('2yo', (24,)), ('3 yr old', (36,)), ('18mo', (18,)),
    ('11 week old', (2,)), ('my son just turned 5', (60,)), ('he turns 2 next month', (23,)),
    ('my kids are 2 and 5', (24, 60)), ("I'm 22 with a 2 year old", (24,)),
    ('born 3 weeks ago', (0,)), ('had her 5 weeks ago', (1,)), ('15 year old son', (180,)),
    ('teen of 15', (180,)), ('a teenager of 13', (156,)), ('year 10', (168,)),
    ('my son in year 7', (132,)), ('beti reception mein hai', (48,)),
    ('بیٹی reception میں ہے', (48,)), ('beta reception ch hai', (48,)),
    ('dikro reception ma che', (48,)), ('ابني بال reception', (48,)),
    ('ابني في reception', (48,)), ('syn chodzi do reception', (48,)),
    ('wiilku wuxuu dhigtaa reception', (48,)), ("my son's in reception", (48,)),
    ('بنتي بصف reception', (48,)), ('reception wala beta', (48,)), ('3 hafte pehle hui', (0,)),
    ('do hafte pehle paida hua', (0,)), ('5 hafte pehle beta hua', (1,)),
    ('٣ ہفتے پہلے پیدا ہوئی', (0,)), ('ولدت قبل ٣ أسابيع', (0,)), ('خلقت من اسبوعين', (0,)),
    ('انولد من ٥ اسابيع', (1,)), ('urodziła się 3 tygodnie temu', (0,)),
    ('urodził się 6 tygodni temu', (1,)), ('wuxuu dhashay 3 toddobaad ka hor', (0,)),
    ('gabadhu waxay dhalatay 2 toddobaad ka hor', (0,)), ('she was born 3 weeks ago', (0,)),
    ('baby came 2 weeks ago', (0,)), ('3 athvadiya pehla aavyo', (0,)),
    ('2 mahine pehle delivery hui', (2,)),
]
# a pregnancy and a child told in one message
BOTH = [
    ('main pregnant hoon aur 2 saal ka beta hai', (24,)),
    ('میں حاملہ ہوں اور بیٹا 2 سال کا ہے', (24,)),
    ('main pregnant haan te munda 3 saal da', (36,)),
    ('jestem w ciąży i mam 2-letniego syna', (24,)),
    ('حامل وعندي بنت عمرها ٣ سنين', (36,)),
]
EXPECTING = [
    "I'm 12 weeks", 'im 12 weeks pregnant', '12 weeks gone', 'jestem w 12 tygodniu ciąży',
    'jestem w ciąży, 12 tydzień', 'hu 12 athvadiya ni pregnant chu', '12 athvadiya pregnant',
    '34 weeks pregnant', "I'm due in March", 'pregnant with twins', 'jestem w 30 tygodniu ciąży',
    'termin mam na luty', '7 mahine ki pregnant', 'ਮੈਂ 5 ਮਹੀਨੇ ਦੀ pregnant ਹਾਂ',
    'uur baan ahay 6 bilood', 'ana hamel bel shahr el sabe3', 'حامل بالشهر الخامس',
    'due date agle mahine', 'ciąża 20 tydzień', 'uur baan leeyahay 7 bilood',
    'jestem w 7 miesiącu ciąży', 'hu 7 mahina pregnant chu', 'main 6 mahine di pregnant haan',
    '24 weeks pregnant', 'teesra baby march mein aayega', 'teesra bacha april mein aane wala hai',
    'تیسرا بچہ مارچ میں آنے والا ہے', 'الثالث جاي بآذار', 'ولادتي بشهر ٣', 'موعد ولادتي في مارس',
    'ilmaha saddexaad wuxuu iman doonaa march', 'trzecie dziecko w marcu',
    'baby number 2 due in june', 'due in july', 'biwi 28 hafte ki pregnant hai',
    'meri wife 30 hafte ki hai', 'ਘਰਵਾਲੀ 28 ਹਫ਼ਤੇ ਦੀ', 'زوجتي بالأسبوع ٣٠', 'żona w 30 tygodniu',
    'my wife is 32 weeks',
]
NOT_AGES = [
    'pracuję 3 dni w tygodniu', 'od 5 lat mieszkamy w UK', 'szczepienie w przyszłym tygodniu',
    'budzi się o 2 w nocy', 'czekamy 18 miesięcy na diagnozę', 'mam dwoje dzieci',
    '18 mahina thi waiting list par chiye', 'raat na 2 vage uthe che', 'mara be chokra che',
    'ame 5 varas thi UK ma chiye', 'ghar number 22 che', 'aavta athvadiye rasi mukavani che',
    'main kalli mummy haan, 24 saal di', 'hu 22 varas ni chu', 'waxaan ahay 20 jir',
    'ana 3omri 22 sana', 'single mum age 19', 'main 30 saal da haan', 'waiting list is 2 years',
    '2 saal se wait kar rahe hain', '6 mahine thi rah joiye chiye', 'czekamy 2 lata na diagnozę',
    'sugayay 2 sano', 'ننتظر من سنة', 'raat ma 4 vaar uthe che', 'raat nu 3 vaari uthda',
    'budzi się 3 razy w nocy', 'wuxuu toosaa 3 jeer habeenkii', 'بيصحى ٤ مرات',
    'up 4 times a night', 'call me on 07700 900123', 'I live at 24 Green Street', 'it costs £5',
    'meeting at 3pm', '5 vage aavu', 'ghar nu bhadu 800 pound', 'on the 12th of May', 'flat 7',
    'bus number 14', '2 ghante sota hai', '3 kalak unghe che', 'śpi 2 godziny',
    '2 hafte se bimar hai', '3 divas thi tav che', 'main 28 saal ki hoon', 'میری عمر ۲۵ سال ہے',
    '3 saal se intezar kar rahe hain', 'raat ko 2 baje uthta hai', '5 bajay', 'عمري ٣٠ سنة',
    'ساعة ٣ الصبح بيصحى', 'بستنى من ٦ شهور', 'دفعت ٥٠ جنيه', 'رقمي ٠٧٧٠٠٩٠٠١٢٣', '٢ ساعات نوم بس',
    'mere 3 bache hain', 'عندي ٣ اولاد', 'ana omri 30', 'waxaan ahay 25 jir',
    '3 jeer ayuu toosaa habeenkii', 'mam 25 lat', 'czekamy od 6 miesięcy',
    'mieszkam pod numerem 15', 'zadzwoń o 5', 'mara 3 chokra che', 'raat ma 2 vaar uthe',
    '6 vagye uthe che', 'bhadu 900 pound', 'raat nu 4 vaari uthda', 'main 26 saal di haan',
    'mere 2 bacche ne', 'we waited 2 years for a diagnosis', 'house number 12',
    'my number is 07911 123456', 'costs 20 pounds a week', 'at 7pm',
    'hafte mein 3 din kaam karti hoon', 'ہفتے میں 3 دن کام کرتی ہوں',
    'main hafte ch 4 din kamm karda', 'pracuję 3 dni w tygodniu', 'أشتغل ٤ أيام في الأسبوع',
    'toddobaadkii 4 maalmood ayaan shaqeeyaa', 'i do 2 days a week at tesco',
    'hum 5 saal se UK mein hain', '3 saal se yahan rehte hain', 'ہم 4 سال سے یہاں ہیں',
    'od 5 lat mieszkamy w UK', 'mieszkam tu 3 lata', 'صرلنا ٥ سنين بالبلد', 'من ٤ سنين ببريطانيا',
    "we've been here 2 years", 'lived in leicester for 6 years', 'ame 4 varas thi UK ma chiye',
    '4 sano ayaan halkan joognay', 'ghar number 22 hai', 'مکان نمبر 14', 'بيتنا رقم ٢٢',
    'mieszkanie numer 7', 'guriga lambarkiisu waa 12',
]

AGES += [(text, tuple(ages)) for text, ages in SENTENCES["ages"].items()]
BOTH += [(text, tuple(ages)) for text, ages in SENTENCES["both"].items()]
EXPECTING += SENTENCES["expecting"]
NOT_AGES += SENTENCES["not_ages"]
NUMBERS = [(sentence, word, value) for sentence, words in SENTENCES["numbers"].items()
           for word, value in words.items()]


@pytest.mark.parametrize(("text", "ages"), AGES, ids=[text for text, _ in AGES])
def test_each_class_of_age_is_read(understander, text, ages):
    found = understander.interpret(text)
    assert sorted(found.age_months) == sorted(ages) and not found.expecting


@pytest.mark.parametrize("text", EXPECTING)
def test_a_pregnancy_is_no_child(understander, text):
    found = understander.interpret(text)
    assert found.expecting and found.age_months == ()


@pytest.mark.parametrize("text", NOT_AGES)
def test_a_number_of_another_kind_adds_no_child(understander, text):
    assert understander.interpret(text).age_months == ()


@pytest.mark.parametrize(("text", "ages"), BOTH, ids=[text for text, _ in BOTH])
def test_a_pregnancy_beside_a_child_keeps_both(understander, text, ages):
    found = understander.interpret(text)
    assert found.expecting and sorted(found.age_months) == sorted(ages)


@pytest.mark.parametrize(("sentence", "word", "years"), NUMBERS,
                         ids=[f"{word} in {sentence}" for sentence, word, _ in NUMBERS])
def test_each_number_word_is_read(understander, sentence, word, years):
    found = understander.interpret(sentence.replace("X", word))
    assert found.age_months == (round(years * 12),)
