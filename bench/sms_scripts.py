"""Scripted parent conversations by SMS, per language: all at once, step by step, greeting first.

Written as parents text: short, lower case, typos and Latin-script forms of gu, pa and ur.
"""

SCRIPTS: dict[str, list[list[str]]] = {
    "en": [
        ["my 3 year old wont sleep, we live in Oakham"],
        ["hi", "my toddler has tantrums", "2", "Loughborough"],
        ["help with breastfeeding", "baby is 4 months", "Melton Mowbray"],
        ["im a dad, my son is 14 and we argue all the time", "Hinckley"],
    ],
    "pl": [
        ["mój synek ma 3 lata i nie chce spać, mieszkamy w Oakham"],
        ["dzień dobry", "córka ma napady złości", "2 lata", "Loughborough"],
        ["karmienie piersią", "dziecko ma 4 miesiące", "Melton Mowbray"],
    ],
    "gu": [
        ["મારો દીકરો 3 વર્ષનો છે અને ઊંઘતો નથી, અમે Oakham માં રહીએ છીએ"],
        ["નમસ્તે", "મારું બાળક ઊંઘતું નથી", "2 વર્ષ", "Leicester"],
        ["maru balak unghtu nathi", "3 varas", "Leicester"],
    ],
    "pa": [
        ["ਮੇਰਾ ਪੁੱਤਰ 3 ਸਾਲ ਦਾ ਹੈ ਅਤੇ ਸੌਂਦਾ ਨਹੀਂ, ਅਸੀਂ Oakham ਵਿੱਚ ਰਹਿੰਦੇ ਹਾਂ"],
        ["ਸਤ ਸ੍ਰੀ ਅਕਾਲ", "ਮੇਰਾ ਬੱਚਾ ਸੌਂਦਾ ਨਹੀਂ", "2 ਸਾਲ", "Leicester"],
        ["mera bacha saunda nahi", "3 saal", "Leicester"],
    ],
    "ur": [
        ["میرا بیٹا 3 سال کا ہے اور سوتا نہیں، ہم Oakham میں رہتے ہیں"],
        ["السلام علیکم", "بچہ سوتا نہیں", "2 سال", "Leicester"],
        ["mera beta sota nahi", "3 saal", "Leicester"],
    ],
    "so": [
        ["wiilkaygu waa 3 sano mana seexdo, waxaan deggannahay Oakham"],
        ["salaan", "ilmahaygu ma seexdo", "2 sano", "Leicester"],
    ],
    "ar": [
        ["ابني عمره 3 سنوات ولا ينام، نسكن في Oakham"],
        ["مرحبا", "طفلي لا ينام", "سنتان", "Leicester"],
    ],
}
