"""Short and code-mixed messages keep their language: Polish without its letters, romanised
Urdu, Punjabi, Gujarati and Arabic, Somali with English words, greetings, and English with a
foreign name or place inside. Written for the detector's rules, not copied from any table."""

from __future__ import annotations

import pytest

# (text, its language)
CASES = [
    ('help with my toddler', 'en'), ("my son Kacper won't sleep", 'en'),
    ('is there a group in Belgrave', 'en'), ('my daughter Ayesha is 3', 'en'),
    ('sure start centre near me', 'en'), ('food bank', 'en'), ('need help', 'en'),
    ('my baby Zainab cries all night', 'en'), ('any mum groups in Oadby', 'en'),
    ('my husband Tomasz shouts', 'en'), ('hi', 'en'), ('thanks', 'en'), ('hello there', 'en'),
    ('ok thanks', 'en'), ('where is the nearest childrens centre', 'en'), ('Wigston', 'en'),
    ('my son Bilal has autism', 'en'), ('dad groups', 'en'),
    ('Jagdeep needs speech therapy', 'en'), ('baby massage', 'en'),
    ('breastfeeding support', 'en'), ('nursery for my 2 year old', 'en'),
    ('can you help me', 'en'), ('my name is Agnieszka and I need help', 'en'),
    ('ramadan and my kids wont sleep', 'en'), ('my mother in law lives with us', 'en'),
    ('Highfields drop in', 'en'), ('halal food bank near Spinney Hill', 'en'),
    ('playgroup', 'en'), ('I am from Somalia and need help', 'en'), ('autism', 'en'),
    ('postnatal depression', 'en'), ("the baby's dad left", 'en'), ('bank zywnosci', 'pl'),
    ('pomocy', 'pl'), ('czesc', 'pl'), ('dzien dobry', 'pl'), ('syn nie spi', 'pl'),
    ('corka ma 3 lata', 'pl'), ('szukam grupy dla mam', 'pl'), ('potrzebuje pomocy', 'pl'),
    ('mam problem z synem', 'pl'), ('gdzie jest bank zywnosci', 'pl'), ('dziekuje', 'pl'),
    ('nie mam pieniedzy', 'pl'), ('zlobek', 'pl'), ('karmienie piersia', 'pl'),
    ('grupa dla ojcow', 'pl'), ('witam, szukam pomocy', 'pl'), ('mieszkam w leicester', 'pl'),
    ('depresja po porodzie', 'pl'), ('synek caly czas placze', 'pl'), ('maz krzyczy', 'pl'),
    ('tata szuka grupy', 'pl'), ('naumaulood baby chup hi nahi hota', 'ur'),
    ('beta so nahi raha', 'ur'), ('madad chahiye', 'ur'), ('assalam o alaikum', 'ur'),
    ('shukriya', 'ur'), ('mera beta bolta nahi', 'ur'), ('baby bohat rota hai', 'ur'),
    ('mujhe help chahiye', 'ur'), ('food bank kahan hai', 'ur'), ('beti school nahi jati', 'ur'),
    ('ghar mein paise nahi', 'ur'), ('bacha doodh nahi peeta', 'ur'),
    ('main bohat pareshan hoon', 'ur'), ('shohar chillata hai', 'ur'), ('salam', 'ur'),
    ('aoa', 'ur'), ('baby ko neend nahi aati', 'ur'), ('bache ki speech late hai', 'ur'),
    ('sat sri akal', 'pa'), ('munda sonda nahi', 'pa'), ('kudi bahut rondi aa', 'pa'),
    ('madad chahidi aa', 'pa'), ('mainu help chahidi', 'pa'), ('bacha khanda nahi', 'pa'),
    ('ghar ch paise nahi', 'pa'), ('munda gall nahi sunda', 'pa'),
    ('school ch tang karde ne', 'pa'), ('ki haal aa', 'pa'), ('kem cho', 'gu'),
    ('dikro sutto nathi', 'gu'), ('madad joie che', 'gu'), ('baby bahu rade che', 'gu'),
    ('mane help joie', 'gu'), ('dikri khati nathi', 'gu'), ('ghar ma paisa nathi', 'gu'),
    ('mane bahu chinta thay che', 'gu'), ('jai shri krishna', 'gu'),
    ('baby dudh nathi peetu', 'gu'), ('salaan', 'so'), ('ilmahaygu ma seexdo', 'so'),
    ('caawimaad baan u baahanahay', 'so'), ('wiilkaygu ma hadlo', 'so'),
    ('hooyo keligeed ah', 'so'), ('lacag ma haysto', 'so'), ('ilmaha wuu ooyaa', 'so'),
    ('mahadsanid', 'so'), ('iska warran', 'so'), ('baby-ga ma seexdo at night', 'so'),
    ('nursery ma jiraa', 'so'), ('marhaba', 'ar'), ('ibni ma bynam', 'ar'),
    ('baddi mosa3de', 'ar'), ('binti ma btakol', 'ar'), ('shukran', 'ar'), ('kifak', 'ar'),
    ('ibni ma byehki', 'ar'), ('ma 3andi masari', 'ar'), ('jozi byesrakh', 'ar'),
    ('ana ta3bane', 'ar'), ('ahlan', 'ar'), ('Kacper wont eat', 'en'),
    ('Agnieszka here, need help', 'en'), ('Zainab is 2', 'en'),
    ('Mohammed hits his sister', 'en'), ('my son Oluwaseun has adhd', 'en'),
    ('Gurpreet cant sleep', 'en'), ('Hamza cries a lot', 'en'), ('Bartosz is in year 3', 'en'),
    ('is Belgrave far', 'en'), ('groups in Evington', 'en'), ('anything in Rushey Mead', 'en'),
    ('Braunstone', 'en'), ('Hinckley please', 'en'), ('Melton Mowbray groups', 'en'),
    ('ok', 'en'), ('yes', 'en'), ('no', 'en'), ('thank you so much', 'en'), ('cheers', 'en'),
    ('Nowak family here', 'en'), ('Priya needs help with reading', 'en'), ('help pls', 'en'),
    ("inshallah it gets better, my son won't sleep", 'en'),
    ('alhamdulillah baby is healthy but i am tired', 'en'), ('my son Ahmed', 'en'),
    ('Krzysztof shouts at me', 'en'), ('Oadby', 'en'), ('Loughborough', 'en'),
    ("mashallah she is growing but won't eat", 'en'), ('bhangra class for kids?', 'en'),
    ('is there a halal food bank', 'en'), ('dhal recipes for toddlers', 'en'),
    ('Wojtek is 4', 'en'), ('Szymon has autism', 'en'), ('my daughter Ayaan', 'en'),
    ("Abdi won't talk", 'en'),
]


@pytest.mark.parametrize(("text", "language"), CASES, ids=[text for text, _ in CASES])
def test_a_short_or_mixed_message_keeps_its_language(understander, text, language):
    assert understander.interpret(text).language == language


# languages the finder does not speak, each told from its words, greeting or letters
OTHER = [
    ("Salam, komək lazımdır", "az"), ("Hej, jag behöver hjälp", "sv"),
    ("Sannu, ina bukatar taimako", "ha"), ("Ndewo, achọrọ m enyemaka", "ig"),
    ("Bawo, mo nilo iranlọwọ", "yo"), ("Zdravo, trebam pomoć", "hr"),
    ("Mhoro, ndinoda rubatsiro", "sn"), ("Selamat pagi, saya perlu bantuan", "ms"),
    ("Merhaba, yardıma ihtiyacım var", "tr"), ("Labas, man reikia pagalbos", "lt"),
]


@pytest.mark.parametrize(("text", "code"), OTHER)
def test_a_language_not_spoken_is_named(understander, text, code):
    assert understander.interpret(text).other_language == code
