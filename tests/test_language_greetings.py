"""Greetings, short romanised messages, and languages the finder does not speak."""

from __future__ import annotations

import pytest

GREETINGS = [
    ("hello", "en"), ("hiya", "en"), ("witam", "pl"), ("Dzień dobry", "pl"),
    ("kem cho", "gu"), ("કેમ છો", "gu"), ("sat sri akal", "pa"), ("ਸਤ ਸ੍ਰੀ ਅਕਾਲ", "pa"),
    ("salaam", "ur"), ("asalamu alaikum", "ur"), ("السلام علیکم", "ur"), ("asc", "ur"),
    ("iska warran", "so"), ("asc walaal", "so"), ("shukriya", "ur"), ("dhanvaad", "pa"),
    ("marhaba", "ar"), ("السلام عليكم", "ar"), ("مرحبا", "ar"),
]

SHORT_ROMANISED = [
    ("bacha sota nahi", "ur"), ("dikro jamto nathi", "gu"), ("ibni la yanam", "ar"),
    ("binti ma btakol", "ar"), ("salam, wiilkayga ma seexdo", "so"), ("ok dzieki", "pl"),
    ("szkola", "pl"), ("ASD", "en"), ("yahan tak nahi aya", "ur"),
]

OTHER = [
    ("Buna ziua, copilul meu nu doarme", "ro"),
    ("Dobrý den, můj syn nespí", "cs"),
    ("dobry den, moje dcera neji", "cs"),
    ("پسرم شب نمیخوابد، کمک میخواهم", "fa"),
    ("Ami khub chinta korchi amar baccha ghumay na", "bn"),
    ("আমার বাচ্চা ঘুমায় না", "bn"),
    ("என் குழந்தை தூங்கவில்லை", "ta"),
    ("Vanakkam, en kuzhandhai thoongavillai", "ta"),
    ("मेरा बच्चा सोता नहीं है", "hi"),
    ("Hola, mi hijo no duerme", "es"),
    ("Bonjour, mon fils ne dort pas", "fr"),
    ("Мой сын не спит", "ru"),
    # Arabic-script languages beside Urdu and Arabic: Sorani's and Pashto's own letters, and
    # Persian's words where it writes none of Urdu's or Arabic's own letters
    ("سڵاو، کوڕەکەم شەو ناخەوێت", "ckb"),
    ("منداڵەکەم نەخۆشە", "ckb"),
    ("زما زوی د شپې نه ویده کیږي", "ps"),
    ("زه مرستې ته اړتیا لرم", "ps"),
    ("پسرم خیلی گریه میکند", "fa"),
    ("دخترم سه سالشه و غذا نمیخوره", "fa"),
    ("سلام، به کمک نیاز دارم", "fa"),
    ("mano vaikas nemiega naktimis", "lt"),
    ("o meu filho não dorme", "pt"),
    ("ወደይ ኣይድቅስን እዩ", "am"),
    ("ልጄ አይተኛም", "am"),
    ("Jó napot, a fiam nem alszik", "hu"), ("Përshëndetje, djali im nuk fle", "sq"),
    ("Habari, mtoto wangu halali", "sw"), ("Xin chào, con tôi không ngủ", "vi"),
    ("Kumusta, ang anak ko ay hindi natutulog", "tl"), ("Zdravstvuyte, moy syn ne spit", "ru"),
    ("Hej, min son sover inte", "sv"), ("naan romba kastapadren", "ta"),
    # Kurmanji Kurdish, Romanian, Turkish and Albanian in Latin letters
    ("zarokê min naxwe", "ku"), ("ez alîkarî dixwazim", "ku"), ("kurê min şevê naxwe", "ku"),
    ("keça min naçe dibistanê", "ku"), ("buna, fiul meu are 3 ani", "ro"),
    ("mama nu doarme deloc", "ro"), ("oglum 3 yasinda konusmuyor", "tr"),
    ("djali im nuk ha", "sq"),
]

OURS = ["my son wont sleep", "syn nie śpi w nocy", "mera beta nahi sota", "ابني لا ينام",
        "میری بیٹی دو سال کی ہے", "مجھے مدد چاہیے", "میرا بچہ", "بچه", "ابني عمره سنتين",
        "عندي ولد عمره ٣ سنين", "من فضلك ساعدني", "سلام", "میں بہت پریشان ہوں",
        "hej, mój syn nie śpi", "hei", "moi", "mujhe madad chahiye",
        "wiilkayga ma seexdo", "મારો દીકરો ઊંઘતો નથી", "ਮੇਰਾ ਪੁੱਤ ਨਹੀਂ ਸੌਂਦਾ", "hi", "ok",
        "no", "im in Leicester", "LE4 5AB", "asc walaal, wiilkaygu ma seexdo", "ssa ji",
        "mera beta school nahi jata", "munda school nahi janda", "dikro school nathi jato"]


@pytest.mark.parametrize(("text", "language"), GREETINGS, ids=[g[0] for g in GREETINGS])
def test_a_greeting_is_a_greeting_in_its_language(understander, text, language):
    found = understander.interpret(text)
    assert (found.language, found.greeting, found.other_language) == (language, True, None)


@pytest.mark.parametrize(("text", "language"), [("asc", "so"), ("slm", "so"), ("asc", "ar"),
                                              ("ssa", "pa"), ("asc", "pa")])
def test_a_greeting_several_languages_share_keeps_the_conversations(understander, text,
                                                                     language):
    assert understander.interpret(text, language=language).language == language


def test_a_message_without_a_greeting_is_not_one(understander):
    assert understander.interpret("my son wont sleep").greeting is False


@pytest.mark.parametrize(("text", "language"), SHORT_ROMANISED,
                         ids=[s[0] for s in SHORT_ROMANISED])
def test_short_romanised_messages_keep_their_language(understander, text, language):
    assert understander.interpret(text).language == language


@pytest.mark.parametrize(("text", "code"), OTHER, ids=[o[1] + "-" + o[0][:12] for o in OTHER])
def test_a_language_the_finder_does_not_speak_is_named(understander, text, code):
    assert understander.interpret(text).other_language == code


@pytest.mark.parametrize("text", OURS)
def test_the_seven_languages_are_not_reported_as_other(understander, text):
    assert understander.interpret(text).other_language is None


def test_the_new_fields_are_in_the_json(understander):
    body = understander.interpret("witam").to_json()
    assert (body["greeting"], body["other_language"], body["need_confident"]) == \
        (True, None, True)
