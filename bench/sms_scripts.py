"""Scripted parent conversations by SMS, per language: all at once (three per language, as
most parents text), step by step, greeting first.

Written as parents text: short, lower case, typos and Latin-script forms of gu, pa and ur.
"""

SCRIPTS: dict[str, list[list[str]]] = {
    "en": [
        ["my 3 year old wont sleep, we live in Oakham"],
        ["my 4 year old has tantrums, we live in Leicester"],
        ["help with breastfeeding my 2 month old in Loughborough"],
        ["my 15 year old son and i argue all the time, we live in Hinckley"],
        ["hi", "my toddler has tantrums", "2", "Loughborough"],
        ["help with breastfeeding", "baby is 4 months", "Melton Mowbray"],
        ["im a dad, my son is 14 and we argue all the time", "Hinckley"],
    ],
    "pl": [
        ["mój synek ma 3 lata i nie chce spać, mieszkamy w Oakham"],
        ["córka ma 4 lata i ma napady złości, mieszkamy w Leicester"],
        ["karmienie piersią, synek ma 2 miesiące, Loughborough"],
        ["dzień dobry", "córka ma napady złości", "2 lata", "Loughborough"],
        ["karmienie piersią", "dziecko ma 4 miesiące", "Melton Mowbray"],
    ],
    "gu": [
        ["મારો દીકરો 3 વર્ષનો છે અને ઊંઘતો નથી, અમે Oakham માં રહીએ છીએ"],
        ["મારી દીકરી 4 વર્ષની છે અને ઊંઘતી નથી, અમે Leicester માં રહીએ છીએ"],
        ["મારો દીકરો 2 વર્ષનો છે અને ઊંઘતો નથી, Loughborough"],
        ["નમસ્તે", "મારું બાળક ઊંઘતું નથી", "2 વર્ષ", "Leicester"],
        ["maru balak unghtu nathi", "3 varas", "Leicester"],
    ],
    "pa": [
        ["ਮੇਰਾ ਪੁੱਤਰ 3 ਸਾਲ ਦਾ ਹੈ ਅਤੇ ਸੌਂਦਾ ਨਹੀਂ, ਅਸੀਂ Oakham ਵਿੱਚ ਰਹਿੰਦੇ ਹਾਂ"],
        ["ਮੇਰੀ ਧੀ 4 ਸਾਲ ਦੀ ਹੈ ਅਤੇ ਸੌਂਦੀ ਨਹੀਂ, ਅਸੀਂ Leicester ਵਿੱਚ ਰਹਿੰਦੇ ਹਾਂ"],
        ["ਮੇਰਾ ਪੁੱਤਰ 2 ਸਾਲ ਦਾ ਹੈ ਅਤੇ ਸੌਂਦਾ ਨਹੀਂ, Loughborough"],
        ["ਸਤ ਸ੍ਰੀ ਅਕਾਲ", "ਮੇਰਾ ਬੱਚਾ ਸੌਂਦਾ ਨਹੀਂ", "2 ਸਾਲ", "Leicester"],
        ["mera bacha saunda nahi", "3 saal", "Leicester"],
    ],
    "ur": [
        ["میرا بیٹا 3 سال کا ہے اور سوتا نہیں، ہم Oakham میں رہتے ہیں"],
        ["میری بیٹی 4 سال کی ہے اور سوتی نہیں، ہم Leicester میں رہتے ہیں"],
        ["میرا بیٹا 2 سال کا ہے اور سوتا نہیں، Loughborough"],
        ["السلام علیکم", "بچہ سوتا نہیں", "2 سال", "Leicester"],
        ["mera beta sota nahi", "3 saal", "Leicester"],
    ],
    "so": [
        ["wiilkaygu waa 3 sano mana seexdo, waxaan deggannahay Oakham"],
        ["gabadhaydu waa 4 sano mana seexato, waxaan deggannahay Leicester"],
        ["wiilkaygu waa 2 sano mana seexdo, Loughborough"],
        ["salaan", "ilmahaygu ma seexdo", "2 sano", "Leicester"],
    ],
    "ar": [
        ["ابني عمره 3 سنوات ولا ينام، نسكن في Oakham"],
        ["ابنتي عمرها 4 سنوات ولا تنام، نسكن في Leicester"],
        ["ابني عمره سنتان ولا ينام، نسكن في Loughborough"],
        ["مرحبا", "طفلي لا ينام", "سنتان", "Leicester"],
    ],
}
