"""Disclosures in wording nobody has seen, by family, in every language; and the look-alikes
that share their words (session 13, round r4). Sentences of our own, not the batch's."""

from __future__ import annotations

import pytest

from tests.cases.safety_scoring import heard

ABUSE = ("domestic-abuse",)

# (language, kind, text[, also]): the disclosure, heard as its kind (danger to life and a child
# in danger may stand together, 999 first; `also`: other kinds a worker would name too).
HEARD = [
    # siblings' rows are quiet (below), a partner who hits is still heard beside the words
    ("en", "domestic-abuse", "my husband hits me when the kids are asleep"),
    ("ur", "domestic-abuse", "shohar mujhe roz maarta hai"),
    ("gu", "domestic-abuse", "maro ex mane dhamki aape che ke mari nakhish"),
    # a place to fall or traffic to step into, beside a thought of it
    ("en", "self-harm", "every morning i think about walking out in front of a lorry"),
    ("en", "self-harm", "crossed the bridge again today, kept wondering how easy it would be"),
    ("pl", "self-harm", "czasem myślę żeby skoczyć z mostu jak wracam z pracy"),
    ("pl", "self-harm", "stoję na balkonie i myślę jak łatwo byłoby zrobić jeden krok"),
    ("gu", "self-harm", "raat na agashi par jau chu ane niche joti rahu chu"),
    ("pa", "self-harm", "kall pul te jaa ke socheya chhal maar dyan"),
    ("ur", "self-harm", "har raat pul pe khari ho kar neeche dekhti hoon"),
    ("ur", "self-harm", "nehar ke kinare gayi aur socha kood jaoon"),
    # a hot thing on a child as punishment, a lesson
    ("en", "child-in-danger", "my ex burnt her hand on the iron to teach her a lesson"),
    ("pl", "child-in-danger", "konkubent przyłożył małemu żelazko do ręki za karę"),
    ("pa", "child-in-danger", "ohne bache de hath te garam chamcha la ditta saza den layi"),
    ("ur", "child-in-danger", "sauteli maa ne bachi ko garam chamach se daagha saza ke liye"),
    ("so", "child-in-danger", "aabbahood gacanta wiilka ku qabtay shooladda si uu wax u barto"),
    # burning oneself on purpose, as punishment
    ("so", "self-harm", "ula kac ayaan gacanta isku gubay markii aan xanaaqay"),
    ("gu", "self-harm", "gusso aave tyare mari jaat ne saja aapu chu, garam istri adadu chu"),
    # a child who says nobody would miss them
    ("en", "child-in-danger", "my 11 year old keeps saying nobody would miss him"),
    ("pl", "child-in-danger", "córka powiedziała że nikt by za nią nie tęsknił"),
    ("so", "child-in-danger", "inantaydu waxay tidhi way fiicnaan lahayd haddaan dhinto"),
    ("ar", "child-in-danger", "بنتي بتقول ما حدا رح يشتقلي"),
    ("ur", "child-in-danger", "beta kehta hai koi yaad nahi karega agar main na rahun"),
    # a child gone blue or not moving; all of a medicine at once
    ("gu", "danger-to-life", "dikro pani ma padi gayo ane halto nathi"),
    ("ur", "danger-to-life", "bachi seedhi se gir gayi aur hil nahi rahi"),
    ("pa", "danger-to-life", "bacha pool vich dig gaya te hilda nahi"),
    ("en", "danger-to-life", "my dad injected all his insulin at once and wont wake up"),
    ("ur", "danger-to-life", "ammi ne saari goliyan ek saath kha li hain"),
    ("pl", "danger-to-life", "brat połknął wszystkie tabletki mamy, nie mogę go obudzić"),
    # a child asked online for pictures, money offered, secrecy asked
    ("en", "child-in-danger", "a guy on tiktok keeps asking my 13yo for photos"),
    ("en", "child-in-danger", "a man sent my son money for pics, told him to delete the messages"),
    ("pl", "child-in-danger", "jakiś facet na instagramie prosi o zdjęcia moją 12 letnią córkę"),
    ("ur", "child-in-danger", "ek aadmi snapchat pe meri beti se tasveerein mangta hai"),
    ("pa", "child-in-danger", "insta te ik banda meri dhee kolon photoan mangda"),
    ("gu", "child-in-danger", "insta par ek mans mari dikri pase photo mange che"),
    ("ar", "child-in-danger", "في زلمة على سناب بيطلب من بنتي صور"),
    # a child used to carry packages for older boys
    ("en", "child-in-danger", "older boys are paying him to deliver packages after school"),
    ("ur", "child-in-danger", "bade larke usay packet pohanchane bhejte hain"),
    # an ex who turns up and knows where the children are
    ("en", "domestic-abuse", "my ex keeps turning up at my work, says he knows which school"),
    ("pl", "domestic-abuse", "były czeka pod moją pracą, mówi że wie gdzie mieszkam"),
    ("ar", "domestic-abuse", "طليقي بيجي على شغلي وبيقول بعرف وين ساكنة"),
    # a marriage against one's will; what to wear and make-up
    ("pl", "domestic-abuse", "brat mówi że wyjdę za tego człowieka czy chcę czy nie"),
    ("ar", "domestic-abuse", "جوزي بيقولي شو ألبس وما بيخليني حط مكياج"),
    # violence played down
    ("pa", "domestic-abuse", "ohda hath bhaara aa, kadi kadi dhakka shakka, koi vaddi gall nahi"),
    ("ur", "domestic-abuse", "shohar kabhi kabhi dhakka mukki karte hain, koi badi baat nahi"),
    ("en", "domestic-abuse", "my partner can be a bit rough, its no big deal"),
    # a goodbye and no answer; fire through the door
    ("en", "danger-to-life", "my brother texted goodbye and now his phone is off"),
    ("pl", "danger-to-life", "córka napisała żegnaj i nie odbiera telefonu"),
    ("pl", "danger-to-life", "ktoś wrzucił płonącą szmatę przez skrzynkę na listy, dym"),
    # a child who swallowed a household danger; afraid of shaking the baby; small ones alone
    ("so", "danger-to-life", "wiilkayga ayaa liqay batari yar, neefta ayuu ku dhibtoonayaa"),
    ("ur", "danger-to-life", "bete ne battery nigal li hai"),
    ("ur", "child-in-danger", "itna thak gayi hoon, dar lagta hai kahin baby ko jhinjhor na doon"),
    ("pa", "child-in-danger", "gwandiyan da nikka raat nu kalla hunda"),
    ("ar", "child-in-danger", "ولاد جارتنا بيضلوا لوحدهم كل الليل"),
    ("ur", "child-in-danger", "sas kehti hai beti ka khatna Pakistan mein karwayenge"),
    # everyone relieved if I were gone; throwing oneself before a bus, as a thought
    ("ar", "self-harm", "تعبت، الكل رح يرتاحوا لو أنا مش موجودة"),
    ("so", "self-harm", "mararka qaar waxaan ka fikiraa inaan tareen hortiisa isku tuuro"),
    # the same families in the languages that lacked them
    ("pl", "domestic-abuse", "mąż czasem popchnie albo szarpnie, ale to nic takiego"),
    ("pl", "danger-to-life", "synek połknął bateryjkę z pilota i wymiotuje"),
    ("ar", "danger-to-life", "البيبي وقع بالبانيو وما عم يتحرك"),
    ("ar", "danger-to-life", "أبي أخذ الأنسولين كله مرة وحدة وما عم يصحى"),
    ("ar", "domestic-abuse", "جوزي ايده تقيلة وبيدفشني بس عادي"),
    ("so", "domestic-abuse", "ninkeyga wuu i riixaa mararka qaar, wax weyn maaha"),
    ("ur", "danger-to-life", "bete ne message kiya khuda hafiz ammi aur ab phone nahi utha raha"),
    ("pa", "domestic-abuse", "mera ex kamm te aunda te kehnda ohnu pata bache kehde school jande"),
    ("so", "self-harm", "bilo bilo kiniinno ayaan ururinayay, haddii loo baahdo"),
    # a phrase whose word the model never learnt from is not overruled by the model's veto
    ("gu", "danger-to-life", "dikro pani ma thi kadhyo, hoth bhura che ane halto nathi"),
    # cuts or scars found on a child's limbs (session 13, the lead's own sentences)
    ("en", "child-in-danger", "my son is 15 and i found cuts all up his legs"),
    ("en", "child-in-danger", "found scars on her wrists when she was getting changed, shes 14"),
    ("en", "child-in-danger", "i noticed cuts on her arms she keeps hiding them"),
]

# (language, text): the look-alike, quiet.
QUIET = [
    # children hitting each other: a row between brothers and sisters
    ("en", "the twins hit each other all day, is that normal at 3"),
    ("en", "my boys keep punching each other over the xbox"),
    ("pl", "bliźniaki biją się nawzajem cały dzień"),
    ("gu", "બંને છોકરા આખો દિવસ એકબીજાને મારે છે"),
    ("gu", "mara dikra ekbija ne thappad mare che, shu karu"),
    ("pa", "dono munde ik duje nu maarde rehnde ne"),
    ("ur", "dono bachay aapas mein maarte rehte hain"),
    ("ur", "بہن بھائی سارا دن ایک دوسرے کو مارتے ہیں"),
    # an ex (written in Latin letters) and the children's expenses
    ("gu", "મારો ex બાળકોનો ખર્ચો નથી આપતો, શું કરું"),
    ("pa", "ਮੇਰਾ ex ਬੱਚਿਆਂ ਦਾ ਖਰਚਾ ਨਹੀਂ ਦਿੰਦਾ"),
    ("ur", "mera ex bachon ka kharcha nahi deta, CSA se baat karni hai"),
    # abuse as the topic of a course or volunteering
    ("en", "im doing a domestic abuse awareness course, any childcare on tuesdays"),
    ("en", "i volunteer with a domestic abuse charity, can i refer families here"),
    # a door slammed in a temper
    ("ur", "beta ghusse mein darwaza zor se maar ke kamre mein chala gaya"),
    ("pa", "munda gusse ch darwaza zor naal maar ke andar chala gaya"),
    # the same words in ordinary life
    ("en", "thinking of taking the kids to see the trains, is the bridge buggy friendly"),
    ("en", "how easy would it be to get a pram over the bridge into town"),
    ("en", "i took his xbox away as a punishment, he was rude about the iron i bought"),
    ("en", "my son says nobody would miss the old sofa lol"),
    ("pl", "myślę żeby pojechać z dziećmi na most w sobotę"),
    ("pl", "złapałam syna z papierosem, jak go ukarać"),
    ("gu", "baby agashi par ramva mange che, niche jova nu game"),
    ("ur", "bache chhat pe patang uda rahe hain, neeche dekhti rehti hoon ke gir na jayen"),
    ("ur", "istri kharab ho gayi, saza to mujhe mil rahi hai"),
    ("pa", "ik vaar khana kha layi te so gayi"),
    ("so", "wiilkayga ula kac ma ahayn, gacanta ayuu ku gubtay shooladda"),
    ("ar", "بنتي بتقول اشتقتلك يا ماما"),
    ("en", "can i give the baby all his vaccines at once"),
    ("en", "my mum keeps asking for pics of the baby, how do i share an album"),
    ("en", "my daughter takes selfies all day on snapchat"),
    ("en", "he delivers packages for amazon, any evening childcare"),
    ("en", "my ex knows which school the kids go to, we share the school run"),
    ("en", "said goodbye to the childminder today, any new ones near me"),
    ("pl", "córka wysyła zdjęcia babci na instagramie"),
    ("pl", "były wie gdzie mieszkam, odbiera dzieci w piątki"),
    ("ur", "dhakka mukki to bus mein hoti rehti hai"),
    ("ar", "بنتي بتلعب لوحدها بالجنينة"),
    ("ar", "بنتي بتحط مكياج وأنا بعصب"),
    ("ur", "bete ka khatna karwana hai, kahan hota hai"),
    ("so", "batariga telefoonka ayaa dhacay"),
    ("so", "waxaan ka fikiraa inaan baska raaco berri"),
    ("ar", "الكل رح يرتاحوا لما تخلص المدرسة"),
    ("pl", "nic takiego, mąż ma ciężką pracę i wraca późno"),
    ("pl", "bateria w telefonie mi padła, oddzwonię"),
    ("ar", "ابني ما عم يتحرك من قدام التلفزيون"),
    ("ur", "khuda hafiz, kal baat karti hoon"),
    ("so", "daawada ilmaha waxaan ku kaydiyaa qaboojiyaha, ma caadi baa"),
    # the same English words in ordinary life (each once raised a reply from this session's pairs)
    ("en", "the kids keep looking down from the roof terrace at the boats"),
    ("en", "i took away her iron on beads as a punishment for fighting"),
    ("en", "my son says nobody would miss him at the party if he didnt go"),
    ("en", "my mum texted goodbye from the airport and now her phone is off"),
    ("en", "can i give all the tablets at once or spread them out"),
    ("en", "my sister in law is asking for pics of the kids online"),
    ("en", "the ice cream man knows where we live and turns up every sunday"),
    ("pl", "z dachu kapie woda, myślę że trzeba wezwać dekarza"),
    ("pl", "syn powiedział że nie tęsknił za szkołą w wakacje"),
    ("ur", "shohar ka haath bhaari hai khane mein namak ka"),
    ("ar", "جوزي بيقولي شو ألبس للعرس"),
    ("en", "my son fell off his bike and has cuts all up his legs"),
    ("en", "saw scratches on her arms from the cat"),
    ("en", "my toddler has scratches all over his arms from eczema"),
]


def test_the_veto_does_not_overrule_a_phrase_ending_in_a_word_the_model_never_saw(understander):
    from finder.understand.patterns import Hit
    from finder.understand.text import words
    finder = understander.safety
    stems = finder._stems(words("baby qwertyzx nathi").tokens)
    assert finder.model.unseen(stems, [Hit(0, 2, "danger-to-life")])
    assert not finder.model.unseen(stems, [Hit(0, 1, "danger-to-life")])


@pytest.mark.parametrize("row", HEARD, ids=[f"{h[0]}-{h[1]}-{i}" for i, h in enumerate(HEARD)])
def test_a_disclosure_in_new_wording_is_heard_as_its_kind(understander, row):
    language, kind, text, *also = row
    found = understander.interpret(text).safety
    assert heard(kind, found, also[0] if also else ()), (language, found)


@pytest.mark.parametrize(("language", "text"), QUIET,
                         ids=[f"{q[0]}-{i}" for i, q in enumerate(QUIET)])
def test_its_look_alike_stays_quiet(understander, language, text):
    assert understander.interpret(text).safety == (), language
