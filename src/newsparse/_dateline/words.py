"""Dateline vocabulary: months, weekdays, agencies, time zones and lead-in labels.

Words are looked up by :func:`key`: case-folded, accents stripped, only letters and
digits kept, so ``Sept.``, ``SEPT`` and ``sept`` are one entry, as are ``N.Y.`` and ``NY``.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache


@lru_cache(maxsize=4096)
def key(text: str) -> str:
    """Case-folded, accent-free, letters and digits only: the lookup form of a word."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if ch.isalnum())


def _keys(words: str, sep: str | None = None) -> frozenset[str]:
    """The lookup keys of the words of ``words``, split at ``sep`` (white space if None)."""
    return frozenset(key(word) for word in words.split(sep))


def _plain(words: str) -> frozenset[str]:
    """The white-space separated words of ``words``, as written."""
    return frozenset(words.split())


def _table(rows: str) -> dict[str, int]:
    """``"1: jan january; 2: ..."`` → {key: number}."""
    table: dict[str, int] = {}
    for row in rows.split(";"):
        number, _, words = row.partition(":")
        for word in words.split():
            table[key(word)] = int(number)
    return table


# Full names and the usual abbreviations in English, German (Austria's "Jänner", "Feber"),
# French, Spanish, Italian, Portuguese, Dutch ("mrt"), and Russian, Ukrainian and Polish
# in the nominative and the genitive a date writes ("12 октября", "12 жовтня", "12
# października"). Short words that are also ordinary words ("may", "set", "out", "ago")
# only count next to a day number.
MONTHS: dict[str, int] = _table(
    "1: january jan januar jänner janv janvier enero ene gennaio gen janeiro januari "
    "январь января янв січень січня styczeń stycznia;"
    "2: february feb febr februar feber février févr fév febrero febbraio fevereiro fev "
    "februari февраль февраля фев февр лютий лютого luty lutego;"
    "3: march mar märz maerz mär mars marzo março maart mrt март марта мар березень "
    "березня marzec marca;"
    "4: april apr avril avr abril abr aprile апрель апреля апр квітень квітня kwiecień "
    "kwietnia;"
    "5: may mai mayo maggio mag maio mei май мая травень травня maj maja;"
    "6: june jun juni juin junio giugno giu junho июнь июня июн червень червня czerwiec "
    "czerwca;"
    "7: july jul juli juillet juil julio luglio lug julho июль июля июл липень липня "
    "lipiec lipca;"
    "8: august aug août aout agosto ago augustus август августа авг серпень серпня "
    "sierpień sierpnia;"
    "9: september sep sept septembre septiembre setiembre set settembre setembro "
    "сентябрь сентября сен сент вересень вересня wrzesień września;"
    "10: october oct oktober okt octobre octubre ottobre ott outubro out октябрь "
    "октября окт жовтень жовтня październik października;"
    "11: november nov novembre noviembre novembro ноябрь ноября ноя нояб листопад "
    "листопада listopad listopada;"
    "12: december dec dezember dez décembre déc diciembre dic dicembre dezembro "
    "декабрь декабря дек грудень грудня grudzień grudnia"
)

# Polish and Ukrainian month abbreviations, as dates write them ("12 paź 2019", "3 лис.
# 2020"): many are names or ordinary words too ("Lis", "sie", "лип"), so they are read
# only inside a date, after its day and before its year (see :func:`month_in_date`),
# never as a month word standing alone.
DATE_ONLY_MONTHS: dict[str, int] = _table(
    "1: sty січ; 2: lut лют; 3: бер; 4: kwi квіт кві; 5: трав тра; 6: cze черв чер;"
    "7: lip лип; 8: sie серп сер; 9: wrz вер; 10: paź жовт жов; 11: lis лист лис;"
    "12: gru груд гру"
)

WEEKDAYS: frozenset[str] = _keys(
    "monday tuesday wednesday thursday friday saturday sunday "
    "mon tue tues wed thu thur thurs fri sat sun "
    "montag dienstag mittwoch donnerstag freitag samstag sonnabend sonntag "
    "lundi mardi mercredi jeudi vendredi samedi dimanche "
    "lunes martes miércoles jueves viernes sábado domingo "
    "lunedì martedì mercoledì giovedì venerdì sabato domenica "
    "segunda-feira terça-feira quarta-feira quinta-feira sexta-feira "
    "понедельник вторник среда четверг пятница суббота воскресенье"
)

# News agencies and wire services, as they are written in datelines.
AGENCIES: frozenset[str] = _keys(
    "AP|Associated Press|Reuters|Рейтер|AFP|Agence France-Presse|UPI|Xinhua|IRNA|ISNA|"
    "Itar-Tass|TASS|ТАСС|ИТАР-ТАСС|RIA Novosti|РИА Новости|Interfax|Интерфакс|Sputnik|"
    "EFE|ANSA|AGI|Adnkronos|dpa|DPA|KNA|epd|Kyodo|Kyodo News|Jiji|Yonhap|KCNA|CNA|"
    "Bloomberg|Bloomberg News|Dow Jones|CNN|CNN Business|CNN Money|BBC|PTI|IANS|ANI|UNI|"
    "Bernama|Antara|PNA|VNA|Anadolu|Anadolu Agency|AA|KUNA|WAM|SPA|MENA|QNA|BNA|Petra|"
    "Fars|FNA|Mehr|MNA|Tasnim|Notimex|Prensa Latina|Lusa|Agência Brasil|Europa Press|"
    "AAP|CP|Canadian Press|SAPA|NAN|APA|Trend|Armenpress|Azertac|Ukrinform|UNIAN|BelTA|"
    "Kazinform|ANP|Belga|ATS|SDA|CTK|PAP|MTI|Tanjug|HINA|BTA|Agerpres|ANA|AMNA|"
    "PRNewswire|PR Newswire|Business Wire|BusinessWire|GlobeNewswire|Globe Newswire|"
    "Accesswire|CNW|Marketwired|Newswire|PRWeb|ANI|RTTNews|RFE/RL|VOA|NHK|CGTN|ABC|NPR|"
    "CBS|NBC|Fox News|Al Jazeera|AFP-JIJI|AP-NORC|UPI-NA|"
    # Europe: the national agencies and their regional desks.
    "KNA|ddp|dapd|APA|Keystone-SDA|Keystone-ATS|ats afp|ats|SDA|ATS|NTB|TT|STT|Ritzau|"
    "FNB|LETA|BNS|ELTA|ČTK|TASR|STA|Fena|MIA|Mediafax|ANA-MPA|DHA|IHA|Servimedia|"
    "Colpisa|Askanews|LaPresse|Agenzia Nova|Belga|BELGA|Lusa|EP|"
    # The Americas, Asia, Africa.
    "Télam|Telam|Noticias Argentinas|NA|DyN|Andina|ABI|AVN|apro|Proceso|Agencia Reforma|"
    "Quadratín|Agência Estado|AE|Estadão Conteúdo|Folhapress|ABr|Agência O Globo|"
    "Agencia EFE|Agência EFE|Notimex|CMC|Xinhuanet|Xinhua News Agency|China News Service|"
    "CNS|Kyodo News|Jiji Press|APP|BSS|UNB|ENA|WAFA|SANA|NNA|MAP|TAP|APS|ACP|KNA|"
    "PTI|IANS|ANI|UNI|NNN|"
    # Russian, Ukrainian and Belarusian agencies as they sign in Cyrillic.
    "ИТАР-ТАСС|РИА|Интерфакс-Украина|Interfax-Ukraine|ПРАЙМ|Прайм|REGNUM|ИА REGNUM|"
    "БелТА|УНИАН|Укринформ|РБК|Росбалт|"
    # Outlets and services that sign wire copy on news feeds.
    "Sports Network|The Sports Network|Reuters Health|IDG News Service|IDG|"
    "The Motley Fool|Motley Fool|PC World|PCWorld|Macworld|InfoWorld|Computerworld|"
    "eWeek|TechWeb|ZDNet|CNET|CNET News.com|Ziff Davis|NewsFactor|MarketWatch|"
    "CBS MarketWatch|CBS.MW|CNN/Money|CNNMoney|Forbes|Fortune|BusinessWeek|Wired|"
    "Wired News|Billboard|Hollywood Reporter|The Hollywood Reporter|Variety|BANG|WENN|"
    "KRT|Ticker|Multichannel News|USA Today|Space.com|LiveScience|HealthDay|WebMD|"
    "Newsday|Canadian Press|Press Association|PA Media|AAP|NZPA|NewsCore|"
    "Bloomberg BNA|Dow Jones Newswires|Market News|MNI|Sports Xchange|Xinhua News|"
    "AWP|AFX|dpa-AFX|APA-OTS|OTS|Kathpress|Reuters Breakingviews|Canadian Press|"
    "Knight Ridder|Knight Ridder Newspapers|Scripps Howard|Newsweek|The Economist|Slate|"
    "BusinessWeek Online|Kiplinger|SmartMoney|Barron's|Network World|InformationWeek|"
    "PC Magazine|Marketwire|Market Wire|PRWEB|Kompas.com|CNN Indonesia|ANTARA|Agencia Brasil",
    "|",
)

# Chinese and Japanese agencies and papers, written before (Chinese) or inside (Japanese)
# the place: 新华社北京3月5日电, 【東京共同】.
CJK_AGENCIES: tuple[str, ...] = (
    "新华社", "新華社", "中新社", "中新网", "人民网", "新华网", "央视网", "本报", "本報",
    "法新社", "路透社", "美联社", "共同社", "塔斯社", "韩联社", "中央社",
)
JA_AGENCIES: tuple[str, ...] = ("共同", "時事", "ロイター", "AFP時事", "新華社")

# Words that may stand in an outlet's name although they are label words elsewhere:
# "(Sports Network)", "(CBS News)", "(IDG NEWS SERVICE)".
OUTLET_WORDS: frozenset[str] = _keys(
    "news sports sport press network wire service services health money reporter radio "
    "tv television online daily weekly times post world report business"
)

# Capitalised words that open a lead as a label, never as a place.
LABELS: frozenset[str] = _keys(
    "breaking update updated updates exclusive watch video videos photo photos gallery "
    "live opinion analysis editorial commentary review note editor editors correction "
    "clarification advisory alert urgent flash bulletin developing preview recap "
    "sponsored advertisement announcement listen spoiler spoilers warning transcript "
    "podcast interview obituary letters letter column feature report summary embargoed "
    "file related top news sports weather dear posted published modified last date dated "
    "filed issued aired broadcast staff press release by from story source sources "
    "credit credits caption image images reporting written reported subscribe trending "
    "popular latest featured recommended promoted partner newsletter menu search home "
    "share comments tags topics sections contact icymi "
    # Language pickers: "United States (English) -".
    "english español deutsch français italiano português русский "
    # Meta lines after a date: "05/10/2018 - Publicado por: …".
    "publicado postado por pubblicato veröffentlicht aktualisiert publié mis par von "
    "autor autore auteur categoria categoría tags etiquetas опубликовано обновлено"
)

# Rubrics, kickers and interview labels that open a lead in capitals before a dash or
# colon ("MEINUNG -", "ÉCONOMIE -", "PREGUNTA -"): never a place, whatever the case.
RUBRICS: frozenset[str] = _keys(
    # English
    "politics business economy economics finance markets money world nation national "
    "international local metro culture arts entertainment science technology tech health "
    "lifestyle travel food education environment climate society religion crime justice "
    "law media books music film movies television sport football soccer tennis golf "
    "motoring autos cars fashion style opinions viewpoint perspective insight explainer "
    "factcheck fact check question answer q a exclusive special inside profile rumor "
    "rumour "
    # Mexican and Spanish section and desk names before ".-"
    "redacción agencias estados metrópoli finanzas espectáculos gente nación país "
    "justicia seguridad policiaca policía regional nota aviso comunicado boletín "
    # German
    "meinung kommentar gastkommentar leitartikel analyse hintergrund interview reportage "
    "politik wirtschaft finanzen kultur feuilleton wissen wissenschaft gesellschaft "
    "panorama inland ausland welt regional lokales sport reise leben gesundheit bildung "
    "frage antwort glosse porträt portrait rezension kritik ratgeber eilmeldung "
    # French
    "économie culture société politique monde international décryptage éditorial "
    "édito tribune chronique entretien enquête reportage analyse débat point vue "
    "santé sciences planète idées opinion question réponse récit témoignage "
    "exclusif urgent direct vidéo info infos actualité actualités "
    # Spanish
    "pregunta respuesta entrevista opinión análisis economía cultura política sociedad "
    "internacional nacional deportes espectáculos tecnología salud ciencia mundo "
    "editorial columna crónica reportaje noticias última hora mira datos atención "
    "exclusiva "
    # Portuguese
    "pergunta resposta opinião análise economia política sociedade esportes desporto "
    "mundo cotidiano ciência saúde educação tecnologia repórter reportagem "
    "entrevistado entrevistada coluna crônica editorial destaque "
    # Italian
    "domanda risposta intervista commento cronaca politica economia cultura esteri "
    "spettacoli scienza salute mondo sport editoriale approfondimento "
    # Dutch
    "vraag antwoord binnenland buitenland economie cultuur wetenschap "
    # Russian
    "вопрос ответ мнение интервью комментарий политика экономика общество культура "
    "спорт мир наука происшествия"
)

# Time zones written after a time of day in header lines.
TIME_ZONES: frozenset[str] = _keys(
    "ET EST EDT CT CST CDT MT MST MDT PT PST PDT AKST AKDT HST GMT UTC BST CET CEST "
    "WET WEST EET EEST MSK IST PKT JST KST HKT SGT AEST AEDT AWST ACST NZST NZDT IRST "
    "WIB WITA"
)
AM_PM: frozenset[str] = _plain("am pm")

# Lower-case words inside place names: Frankfurt am Main, Rio de Janeiro, Isle of Man,
# Trinidad and Tobago, Castellón de la Plana.
PARTICLES: frozenset[str] = _plain(
    "de del della delle di da do dos das du des la le les el los am an der den im upon "
    "on of and y sur en"
)
# Particles that only place names carry: Frankfurt am Main, Halle an der Saale, Zell am
# See, Neumarkt im Mühlkreis, Weiler bei Bingen (a person's name has "von", not these).
PLACE_PARTICLES: frozenset[str] = _plain("am an im bei ob")
# First words that make a name a place's: Bad Ischl, Sankt Pölten, São Carlos, Fort Wayne.
# Endings of German and Dutch town names (Oberhausen, Rüsselsheim): a capitalised word
# ending so before a dash and a sentence is a town's, seldom anything else's.
# Endings common in surnames too (-berg, -burg, -bach, -feld, -hoven: Zuckerberg,
# Seinfeld, Beethoven) stay out; the gazetteer knows the large towns that have them.
TOWN_ENDINGS: tuple[str, ...] = (
    "heim", "hausen", "dorf", "stadt", "furt", "ingen", "kirchen", "brück", "bruck",
    "hofen", "leben", "stedt", "hagen", "münde", "rode", "walde", "wörth", "weiler",
    "drecht", "wijk", "veen",
)
PLACE_PREFIXES: frozenset[str] = _keys(
    "bad sankt st saint sainte san santa santo são fort port puerto porto ciudad mount "
    "lake cape"
)

# Prefixes of Arabic names written lower case before a hyphen: al-Tanf, el-Arish.
ARTICLE_PREFIXES: frozenset[str] = _plain("al el ad as ash an ar at az ed es")

# Top-level domains of outlets that sign as their web address: "PanARMENIAN.Net -".
DOMAIN_SUFFIXES: frozenset[str] = _plain(
    "com net org info biz news online media press tv fm io co uk de fr es it pt br ru ua by "
    "kz uz kg tj az am ge md ir tr in pk bd lk np af iq sy lb jo il ps eg ly tn dz ma ng "
    "ke za gh us ca au nz cn jp kr tw hk sg my id ph vn th mx ar cl pe ve ec uy py bo cu "
    "gt hn sv ni cr pa nl be ch at se no dk fi pl cz sk hu ro bg gr rs hr si ie lt lv ee"
)

# Words joining the day and month or month and year in Spanish and Portuguese dates.
DATE_JOINERS: frozenset[str] = _plain("de del")
# Articles before a date after the place: "Paris, le 5 janvier", "Berlin, den 5. Januar".
DATE_ARTICLES: frozenset[str] = _plain("le den am il el lo o the")


def month_of(word: str) -> int | None:
    """The month a word names, or None."""
    return MONTHS.get(key(word))


def month_in_date(word: str) -> int | None:
    """The month a word names where it stands inside a date, between its day and its year
    ("12 paź 2019"): a month word, or a short form only dates use (``DATE_ONLY_MONTHS``)."""
    folded = key(word)
    return MONTHS.get(folded) or DATE_ONLY_MONTHS.get(folded)


def is_weekday(word: str) -> bool:
    """True when the word names a day of the week."""
    return key(word) in WEEKDAYS


def is_agency(name: str) -> bool:
    """True when the name is a known news agency or wire service."""
    return key(name) in AGENCIES


def is_label(word: str) -> bool:
    """True when the word is a lead-in label such as UPDATE or Posted."""
    return key(word) in LABELS


def is_rubric(word: str) -> bool:
    """True when the word is a rubric or kicker such as MEINUNG or ÉCONOMIE."""
    return key(word) in RUBRICS


def is_outlet_word(word: str) -> bool:
    """True for a word that outlets carry in their names: News, Network, Service."""
    return key(word) in OUTLET_WORDS
