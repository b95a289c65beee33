"""School stages and pregnancies as classes in all seven languages (romanised and in script):
a school year inside another language's sentence, stages named without a number (nursery,
sixth form, starting secondary or reception), due dates and months of birth, weeks notation,
and the look-alikes that are no pregnancy. Sentences of our own, never the parents' tables'."""

from __future__ import annotations

import pytest

# (id, text, the children's ages in completed months, expecting)
SCHOOL = [
    ("en-year-1", "my boy is in year 4 and hates reading", (96,), False),
    ("en-year-2", "she's year 9 w no friends", (156,), False),
    ("ar-year-1", "ibni fi year 5 w ma bi7ib el madrase", (108,), False),
    ("ar-year-2", "binti bl year 8 w 3am tet3ab", (144,), False),
    ("ar-year-3", "ابني في year 2 وما بيقرا", (72,), False),
    ("ur-year-1", "beti year 4 mein hai w parhai mein kamzor", (96,), False),
    ("pa-year-1", "ਮੁੰਡਾ ਯੀਅਰ 8 ਵਿੱਚ ਆ, ਬਹੁਤ ਗੁੱਸਾ ਕਰਦਾ", (144,), False),
    ("gu-year-1", "dikro year 5 ma che ane vanchto nathi", (108,), False),
    ("so-year-1", "wiilkaygu year 3 ayuu ku jiraa wax ma akhriyo", (84,), False),
    ("pl-year-1", "syn jest w year 10 i nie chce się uczyć", (168,), False),
    ("en-nursery-1", "my son goes to the school nursery and won't talk to anyone", (36,), False),
    ("en-nursery-2", "my 2 year old bites at nursery", (24,), False),
    ("en-nursery-3", "are there any nursery places in oadby", (), False),
    ("en-nursery-4", "my daughter is at nursery 2 days a week", (), False),
    ("en-nursery-5", "the baby bites other kids at nursery", (), False),
    ("pa-nursery-2", "ਕੁੜੀ ਸਕੂਲ ਦੀ ਨਰਸਰੀ ਵਿੱਚ ਆ, 30 ਘੰਟੇ ਮਿਲਦੇ?", (36,), False),
    ("ar-nursery-3", "البيبي بالحضانة وبيبكي كتير", (), False),
    ("ar-nursery-1", "binti btrou7 3al nursery w bt3ayyet kel yom", (36,), False),
    ("ar-nursery-2", "ابني بالحضانة وما بياكل هناك", (36,), False),
    ("ur-nursery-1", "beta nursery jata hai magar bolta nahi", (36,), False),
    ("ur-nursery-2", "میری بیٹی نرسری جاتی ہے اور روتی ہے", (36,), False),
    ("pa-nursery-1", "ਕੁੜੀ ਨਰਸਰੀ ਜਾਂਦੀ ਆ ਪਰ ਰੋਂਦੀ ਰਹਿੰਦੀ", (36,), False),
    ("gu-nursery-1", "mari dikri nursery ma jay che pan radye che", (36,), False),
    ("gu-nursery-2", "દીકરો નર્સરીમાં છે અને બોલતો નથી", (36,), False),
    ("so-nursery-1", "wiilkayga nursery-ga ayuu aadaa laakiin ma hadlo", (36,), False),
    ("pl-nursery-1", "syn chodzi do nursery i płacze", (36,), False),
    ("en-sixth-1", "my son's in sixth form and skipping lessons", (192,), False),
    ("en-sixth-2", "daughter just started 6th form, no bus pass", (192,), False),
    ("ar-sixth-1", "ibni fi el sixth form w ma 3ando masari", (192,), False),
    ("ar-sixth-2", "ابني بالسكستث فورم وتعبان", (192,), False),
    ("ur-sixth-1", "beta sixth form mein hai aur kaam dhoond raha hai", (192,), False),
    ("pa-sixth-1", "putt sixth form ch aa, EMA mil sakda?", (192,), False),
    ("gu-sixth-1", "dikro sixth form ma che, bus pass joie", (192,), False),
    ("so-sixth-1", "wiilkaygu sixth form ayuu dhigtaa", (192,), False),
    ("pl-sixth-1", "syn jest w sixth form i wagaruje", (192,), False),
    ("pl-sixth-2", "corka chodzi do sixth form, nie radzi sobie", (192,), False),
    ("en-secondary-1", "he starts secondary in september and is terrified", (132,), False),
    ("en-secondary-2", "my son hates secondary", (), False),
    ("en-secondary-3", "she's in year 6 and starts secondary in september", (120,), False),
    ("ar-secondary-1", "binti ra7 tbalesh secondary b September", (132,), False),
    ("ur-secondary-1", "beti September se secondary shuru karegi", (132,), False),
    ("ur-secondary-2", "بیٹی ستمبر سے secondary شروع کرے گی", (132,), False),
    ("pa-secondary-1", "kudi September ton secondary shuru karugi", (132,), False),
    ("gu-secondary-1", "dikro September thi secondary school sharu karse", (132,), False),
    ("so-secondary-1", "wiilkaygu wuxuu bilaabayaa secondary September", (132,), False),
    ("pl-secondary-1", "córka od września idzie do secondary", (132,), False),
    ("en-reception-1", "she starts reception in september and isn't potty trained", (48,), False),
    ("en-reception-2", "he's at nursery and starts reception in september", (36,), False),
    ("ur-reception-1", "beta September se reception mein jayega", (48,), False),
    ("pa-reception-1", "munda September ton reception ch jauga", (48,), False),
    ("gu-reception-1", "dikri September thi reception ma jashe", (48,), False),
    ("ar-reception-1", "ebni ra7 ybalesh reception b September", (48,), False),
    ("so-reception-1", "gabadhaydu waxay bilaabaysaa reception September", (48,), False),
    ("pl-reception-1", "syn od września pójdzie do reception", (48,), False),
]

SCHOOL += [
    ("en-sats-1", "my daughter is doing her SATs and can't sleep", (120,), False),
    ("ar-sats-1", "ibni 3ando SATs w khayef ktir", (120,), False),
    ("ur-gcse-1", "beta GCSE year mein hai, bohat tension hai", (180,), False),
    ("en-gcse-1", "my son is in his gcse year and won't revise", (180,), False),
    ("en-gcse-2", "my son is 15 and doing his gcses", (180,), False),
]

PREGNANCY = [
    ("en-due-1", "I'm due in March and my eldest is 6", (72,), True),
    ("en-weeks-1", "pregnant with my second, 10 weeks, so sick", (), True),
    ("en-weeks-2", "pregnant again and my baby is 12 weeks", (2,), True),
    ("en-not-1", "my 9 month old is due a check-up next week", (9,), False),
    ("en-not-2", "baby is due his jabs, he's 8 weeks", (1,), False),
    ("ar-due-1", "مرتي ولادتها بشهر ٥ وابني عمره ٣", (36,), True),
    ("ar-due-2", "maw3ed wladti el shahr el jay w ebni 4 snin", (48,), True),
    ("ar-second-1", "انتظر طفلي الثالث وعندي بنت عمرها ٧", (84,), True),
    ("ar-second-2", "جاينا البيبي الثاني وابني عمره سنتين", (24,), True),
    ("ur-weeks-1", "main pregnant hun, 14 hafte, aur beta 3 saal ka hai", (36,), True),
    ("ur-partner-1", "biwi ko 5 mahine ho gaye pregnant, beti 2 saal ki", (24,), True),
    ("pa-due-1", "baby march ch auna, munda 4 saal da", (48,), True),
    ("pa-due-2", "ਬੱਚਾ ਅਗਸਤ ਚ ਆਉਣਾ, ਕੁੜੀ 6 ਸਾਲ ਦੀ", (72,), True),
    ("pa-not-1", "munda school ch auna nahi chahunda, 9 saal da", (108,), False),
    ("gu-due-1", "મારી ડ્યુ ડેટ જૂનમાં છે, દીકરો 4 વર્ષનો છે", (48,), True),
    ("gu-partner-1", "wife ne sara divas che, 4 mahina thaya, dikri 6 varas ni", (72,), True),
    ("gu-weeks-1", "preg chu 7 months, dikro 2 varas no", (24,), True),
    ("so-due-1", "waxaan dhali doonaa bisha June gabadhayduna waa 5 jir", (60,), True),
    ("so-due-2", "dhalmadu waa bisha August, wiilkaygu waa 3 jir", (36,), True),
    ("so-not-1", "uurka ayaa i xanuunaya, wiilkayguna waa 6 jir", (72,), False),
    ("so-not-2", "wiilkayga 10 bilood ah uurka ayaa ka xanuunaya", (10,), False),
    ("pl-due-1", "żona za miesiąc rodzi, syn ma 3 lata", (36,), True),
    ("pl-due-2", "zona za dwa miesiace rodzi a corka ma 5 lat", (60,), True),
    ("pl-weeks-1", "30 tc i synek 2 latka, nie daje rady", (24,), True),
    ("en-notation-1", "38+4 and my 3 year old won't let me rest", (36,), True),
    ("en-notation-2", "the kids are 4+2, loud all day", (48, 24), False),
    ("ur-notation-1", "main 35+2 hun aur beti 5 saal ki hai", (60,), True),
    ("pa-notation-1", "ਮੈਂ 34+1 ਹਾਂ, ਮੁੰਡਾ 3 ਸਾਲ ਦਾ", (36,), True),
    ("gu-notation-1", "hu 37+3 chu ane dikro 2 varas no che", (24,), True),
    ("so-notation-1", "waxaan ahay 30+5, wiilkaygu waa 6 jir", (72,), True),
    ("ar-notation-1", "انا 36+1 وابني عمره ٤ سنين", (48,), True),
    ("pl-notation-1", "jestem 33+4, córka ma 3 lata", (36,), True),
    ("pl-not-1", "syn 10 mies. ma termin na szczepienie w piątek", (10,), False),
    ("pl-not-2", "corka 2 lata ma termin u lekarza we wtorek", (24,), False),
]

CASES = SCHOOL + PREGNANCY


@pytest.mark.parametrize(("text", "ages", "expecting"), [case[1:] for case in CASES],
                         ids=[case[0] for case in CASES])
def test_each_stage_and_pregnancy_is_read(understander, text, ages, expecting):
    found = understander.interpret(text)
    assert (sorted(found.age_months), found.expecting) == (sorted(ages), expecting)
