"""Unit tests of dateline parsing: one case per form, the leads that must not yield a
dateline, where the story starts, year completion, and the cost on adversarial input."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys

import attrs
import pytest

from conftest import SHARED_DIR, requires_shared
from cpu_time import best_cpu_seconds, grows_linearly
from newsparse import Dateline, parse_dateline
from newsparse._dateline.match import DatelineMatch, complete_year, match_dateline
from newsparse._options import DEFAULT_OPTIONS

# (lead, text, place, source, day, month, year)
FORMS = [
    # Wire style.
    ("WASHINGTON (AP) — The president said.", "WASHINGTON (AP) —", "WASHINGTON", "AP",
     None, None, None),
    ("LONDON, Sept 4 (Reuters) - Shares fell.", "LONDON, Sept 4 (Reuters) -", "LONDON",
     "Reuters", 4, 9, None),
    ("PARIS, 4 sept (AFP) - Le président a dit.", "PARIS, 4 sept (AFP) -", "PARIS", "AFP",
     4, 9, None),
    ("BEIJING, Sept. 4 (Xinhua) -- China said.", "BEIJING, Sept. 4 (Xinhua) --", "BEIJING",
     "Xinhua", 4, 9, None),
    ("TEHRAN (IRNA) -- Iran said.", "TEHRAN (IRNA) --", "TEHRAN", "IRNA", None, None, None),
    ("NEW YORK, N.Y. (UPI) -- Stocks rose.", "NEW YORK, N.Y. (UPI) --", "NEW YORK, N.Y.",
     "UPI", None, None, None),
    ("(CNN) — The storm hit.", "(CNN) —", None, "CNN", None, None, None),
    ("(CNN)President Trump said.", "(CNN)", None, "CNN", None, None, None),
    ("MOSCOW, September 4 (Itar-Tass) - Russia said.", "MOSCOW, September 4 (Itar-Tass) -",
     "MOSCOW", "Itar-Tass", 4, 9, None),
    ("HONOLULU, Hawaii (HawaiiNewsNow) - NASA said.", "HONOLULU, Hawaii (HawaiiNewsNow) -",
     "HONOLULU, Hawaii", "HawaiiNewsNow", None, None, None),
    ("Hong Kong (CNN Business)A muddled view.", "Hong Kong (CNN Business)", "Hong Kong",
     "CNN Business", None, None, None),
    ("LONDON, Sept. 4, 2001 (Reuters) - Shares fell.", "LONDON, Sept. 4, 2001 (Reuters) -",
     "LONDON", "Reuters", 4, 9, 2001),
    ("WASHINGTON (AP) _ The old wire dash.", "WASHINGTON (AP) _", "WASHINGTON", "AP",
     None, None, None),
    ("(ANSA) - ROMA, 4 SET - Il governo.", "(ANSA) - ROMA, 4 SET -", "ROMA", "ANSA", 4, 9,
     None),
    # Newspaper style.
    ("SAN FRANCISCO — The city said.", "SAN FRANCISCO —", "SAN FRANCISCO", None, None,
     None, None),
    ("KABUL, Afghanistan — Fighting resumed.", "KABUL, Afghanistan —", "KABUL, Afghanistan",
     None, None, None, None),
    ("Tehran, Sept 4, IRNA -- Iran said.", "Tehran, Sept 4, IRNA --", "Tehran", "IRNA", 4, 9,
     None),
    ("JERUSALEM, Tuesday — Israel said.", "JERUSALEM, Tuesday —", "JERUSALEM", None, None,
     None, None),
    ("NEW DELHI: Their American dream shattered.", "NEW DELHI:", "NEW DELHI", None, None,
     None, None),
    ("Washington, DC, United States: Getting to the Moon.", "Washington, DC, United States:",
     "Washington, DC, United States", None, None, None, None),
    ("Dekalb, Ill. — Mike Glass threw.", "Dekalb, Ill. —", "Dekalb, Ill.", None, None, None,
     None),
    ("SMALLVILLE, Kan. – The county said.", "SMALLVILLE, Kan. –", "SMALLVILLE, Kan.", None,
     None, None, None),
    ("SMALLVILLE — The county said.", "SMALLVILLE —", "SMALLVILLE", None, None, None, None),
    ("ST. JOSEPH, Mich. (AP) — Authorities said.", "ST. JOSEPH, Mich. (AP) —",
     "ST. JOSEPH, Mich.", "AP", None, None, None),
    ("NEWPORT NEWS, Va. (AP) — A label word inside a name.", "NEWPORT NEWS, Va. (AP) —",
     "NEWPORT NEWS, Va.", "AP", None, None, None),
    ("RIO DE JANEIRO (Reuters) - Brazil said.", "RIO DE JANEIRO (Reuters) -",
     "RIO DE JANEIRO", "Reuters", None, None, None),
    ("al-Tanf, Syria — Fighters said.", "al-Tanf, Syria —", "al-Tanf, Syria", None, None,
     None, None),
    ("Pittsburgh\n\nBrock Nelson scored.", "Pittsburgh", "Pittsburgh", None, None, None, None),
    ("BAAR, SWITZERLAND\n\nAscom said.", "BAAR, SWITZERLAND", "BAAR, SWITZERLAND", None, None,
     None, None),
    # A source with no place.
    ("PanARMENIAN.Net - Verified video footage.", "PanARMENIAN.Net -", None,
     "PanARMENIAN.Net", None, None, None),
    ("IRNA -- Iran said.", "IRNA --", None, "IRNA", None, None, None),
    # Header lines and leading dates.
    ("4\u00a0September IranExpert\n\nIran, Russia to boost military cooperation",
     "4 September IranExpert", None, "IranExpert", 4, 9, None),
    ("Tuesday, September 4, 2001 | MOSCOW\n\nBody.", "Tuesday, September 4, 2001 | MOSCOW",
     "MOSCOW", None, 4, 9, 2001),
    ("MOSCOW | Tuesday, September 4, 2001\n\nBody.", "MOSCOW | Tuesday, September 4, 2001",
     "MOSCOW", None, 4, 9, 2001),
    ("04/09/2001 12:34 - IRNA\n\nBody.", "04/09/2001 12:34 - IRNA", None, "IRNA", 4, 9, 2001),
    ("11/19/2019 10:30 AM\n\nBody.", "11/19/2019 10:30 AM", None, None, 19, 11, 2019),
    ("04/09/2001 12:34 PM - IRNA\n\nBody.", "04/09/2001 12:34 PM - IRNA", None, "IRNA", 9, 4,
     2001),
    ("2001-09-04 - IRNA\n\nBody.", "2001-09-04 - IRNA", None, "IRNA", 4, 9, 2001),
    ("Sept. 4, 2001, 10:15 a.m. ET\n\nBody.", "Sept. 4, 2001, 10:15 a.m. ET", None, None, 4,
     9, 2001),
    ("Feb. 23, 2015 -- Life-threatening allergies rose.", "Feb. 23, 2015 --", None, None, 23,
     2, 2015),
    ("Sept 4 (Reuters) - Shares fell.", "Sept 4 (Reuters) -", None, "Reuters", 4, 9, None),
    # Other languages.
    ("MOSKAU, 4. September (Reuters) - Die Regierung.", "MOSKAU, 4. September (Reuters) -",
     "MOSKAU", "Reuters", 4, 9, None),
    ("FRANKFURT AM MAIN, 4. Sept. (dpa) - Die Börse.", "FRANKFURT AM MAIN, 4. Sept. (dpa) -",
     "FRANKFURT AM MAIN", "dpa", 4, 9, None),
    ("TÉHÉRAN, 4 septembre (AFP) - Le gouvernement.", "TÉHÉRAN, 4 septembre (AFP) -",
     "TÉHÉRAN", "AFP", 4, 9, None),
    ("PARÍS, 4 sep (EFE).- El gobierno.", "PARÍS, 4 sep (EFE).-", "PARÍS", "EFE", 4, 9, None),
    ("MADRID, 4 de septiembre de 2001 (EFE).- El gobierno.",
     "MADRID, 4 de septiembre de 2001 (EFE).-", "MADRID", "EFE", 4, 9, 2001),
    ("ROMA, 4 settembre (ANSA) - Il governo.", "ROMA, 4 settembre (ANSA) -", "ROMA", "ANSA",
     4, 9, None),
    ("SÃO PAULO, 4 de setembro (Reuters) - O governo.",
     "SÃO PAULO, 4 de setembro (Reuters) -", "SÃO PAULO", "Reuters", 4, 9, None),
    ("МОСКВА, 4 сентября (Рейтер) - Правительство.", "МОСКВА, 4 сентября (Рейтер) -",
     "МОСКВА", "Рейтер", 4, 9, None),
    ("МОСКВА, 4 сентября. /ТАСС/. Правительство.", "МОСКВА, 4 сентября. /ТАСС/.", "МОСКВА",
     "ТАСС", 4, 9, None),
    ("МОСКВА, 4 сен — РИА Новости. Правительство.", "МОСКВА, 4 сен — РИА Новости.",
     "МОСКВА", "РИА Новости", 4, 9, None),
    ("КИЇВ, 19 листопада — Уряд заявив.", "КИЇВ, 19 листопада —", "КИЇВ", None, 19, 11,
     None),
    ("WARSZAWA, 19 listopada (PAP) - Rząd ogłosił.", "WARSZAWA, 19 listopada (PAP) -",
     "WARSZAWA", "PAP", 19, 11, None),
    ("Москва. 19 ноября. INTERFAX.RU - Президент заявил.", "Москва. 19 ноября. INTERFAX.RU -",
     "Москва", "INTERFAX.RU", 19, 11, None),
    ("Berlin (dpa/lnw) - Die Regierung.", "Berlin (dpa/lnw) -", "Berlin", "dpa/lnw", None,
     None, None),
    ("MADRID, 19 Nov. (EUROPA PRESS) - El Gobierno.", "MADRID, 19 Nov. (EUROPA PRESS) -",
     "MADRID", "EUROPA PRESS", 19, 11, None),
    # Press releases and Indian agencies.
    ("Geneva, Switzerland – 19 November 2019 – Company X announced.",
     "Geneva, Switzerland – 19 November 2019 –", "Geneva, Switzerland", None, 19, 11, 2019),
    ("Zug – 19 November 2019 – Company X announced.", "Zug – 19 November 2019 –", "Zug",
     None, 19, 11, 2019),
    ("NEW YORK, Nov. 19, 2019 /PRNewswire/ -- Company X announced.",
     "NEW YORK, Nov. 19, 2019 /PRNewswire/ --", "NEW YORK", "PRNewswire", 19, 11, 2019),
    ("SAN FRANCISCO--(BUSINESS WIRE)--Company X announced.",
     "SAN FRANCISCO--(BUSINESS WIRE)--", "SAN FRANCISCO", "BUSINESS WIRE", None, None, None),
    ("New Delhi [India], Nov 19 (ANI): Prime Minister Modi said.",
     "New Delhi [India], Nov 19 (ANI):", "New Delhi [India]", "ANI", 19, 11, None),
    ("New Delhi, Nov 19 (IANS) The government said.", "New Delhi, Nov 19 (IANS)", "New Delhi",
     "IANS", 19, 11, None),
    ("Mumbai: The municipal corporation said on Tuesday that it would act.", "Mumbai:",
     "Mumbai", None, None, None, None),
    # Dashes, abbreviations and a missing comma.
    ("WASHINGTON – En dash.", "WASHINGTON –", "WASHINGTON", None, None, None, None),
    ("WASHINGTON -- Double hyphen.", "WASHINGTON --", "WASHINGTON", None, None, None, None),
    ("WASHINGTON - Hyphen.", "WASHINGTON -", "WASHINGTON", None, None, None, None),
    ("WASHINGTON—Unspaced em dash.", "WASHINGTON—", "WASHINGTON", None, None, None, None),
    ("LONDON Sept 4 (Reuters) - Missing comma.", "LONDON Sept 4 (Reuters) -", "LONDON",
     "Reuters", 4, 9, None),
    ("SAN JOSE, Calif — No dot.", "SAN JOSE, Calif —", "SAN JOSE, Calif", None, None, None,
     None),
]

NOT_DATELINES = [
    "A HUNTER who killed and ate a wild rabbit in China has been hit by the plague.",
    "A HIGH-powered federal government team has been doing the rounds.",
    "DEAR ABBY: My husband of more than 20 years just purchased plane tickets.",
    "CHEER ON Juniors and Young Riders as they display their skills.",
    "LOOK WHAT YOU MADE ME DO\n\nBrace yourself, Swifties.",
    "GIRLS BASKETBALL\n\nPalm Bay d. Rockledge 70-44",
    "Staff Reports\n\nPolice arrested six people Monday.",
    "By Jane Doe\n\nPolice arrested six people Monday.",
    "By Brenda Goodman, MA\n\nWebMD Health News.",
    "\u201cWASHINGTON is a swamp,\u201d he said.",
    '"You\'re going to see a number of things," says Jack Buser.',
    "Hong Kong is burning. The authorities continue to pour fuel on the fire.",
    "Washington, D.C., is a city of monuments.",
    "Paris, the capital of France, was quiet.",
    "Paris: the city of lights, reviewed.",
    "Prince Andrew, the nearly 60-year-old younger brother, said.",
    "South Dakota Gov. Kristi Noem (R) is defending the state's campaign.",
    "In October, Rep. David McKinley, R-W.Va., visited the border.",
    "As of 29 November 2018, thirty artworks will light up the city.",
    "Am 12. Bis 13. September startet wieder die DMEXCO 2018 in Köln.",
    "Last updated September 14, 2016\n\nSave",
    "Fox News Flash top entertainment headlines for Nov. 19",
    "Two hostages — an American and an Australian — were released.",
    "The U.S. has long been heralded as a land of opportunity -- a place.",
    "Tested by: John Milbank RRP: 49.95 Euro",
    "UPDATE — The story has changed.",
    "LIVE UPDATES — Follow along.",
    "BREAKING NEWS: The story.",
    "US: Trade talks stall.",
    "RSS - Posts",
    "NASA — The agency said.",
    "TRUMP — THE MAN WHO SOLD THE WORLD",
    "England (Group A): 10th appearance",
    "Frankfurt (HQ)\n\nContact us.",
    "Stephanie September 17, 2014 - 1:01 pm",
    "Blue Origin, Kent, Washington\nCeres Robotics, Palo Alto, California",
    "EMSCRIPTEN_KEEPALIVE int add(int x, int y)",
    "Apple (AAPL) — Shares rose after the results.",
    "(AP Photo/Evan Vucci) The president waves.",
    "(All photos: Atlas staff)",
    "May 4 is the day.",
    "March 2019 — A month.",
    "5 Things to know today",
    "Medina Sun\n\nNews.",
    "Philadelphia: Man killed, 5 hurt in 4 separate shootings",
    "Seoul : 43, Jeongdong-gil, Jung-gu",
    "China: The trade war, explained.",
    "",
    "   \n\n  ",
]


# The wider wire forms of issue #14, one made-up lead per form and language.
WIDE_FORMS = [
    # A place closed by its own period, Italian and Spanish style.
    ("Bari. Il sindaco ha firmato l'ordinanza.", "Bari.", "Bari", None, None, None, None),
    ("Toluca, Mex. La policía estatal detuvo a dos hombres.", "Toluca, Mex.", "Toluca, Mex.",
     None, None, None, None),
    ("SAN SALVADOR, EL SALVADOR. El gobierno anunció medidas.",
     "SAN SALVADOR, EL SALVADOR.", "SAN SALVADOR, EL SALVADOR", None, None, None, None),
    ("Quito.El presidente anunció un gabinete.", "Quito.", "Quito", None, None, None, None),
    # Mexican ".-", with an agency, a state abbreviation, a comma or a dash before it.
    ("Iguala.- Familiares de los desaparecidos marcharon.", "Iguala.-", "Iguala", None, None,
     None, None),
    ("OAXACA, Oax. (apro).- Maestros marcharon.", "OAXACA, Oax. (apro).-", "OAXACA, Oax.",
     "apro", None, None, None),
    ("TOLUCA, Méx.-(apro).-La Fiscalía informó.", "TOLUCA, Méx.-(apro).-", "TOLUCA, Méx.",
     "apro", None, None, None),
    ("GUADALAJARA, Jal., (proceso.com.mx).- Elementos de la Fiscalía.",
     "GUADALAJARA, Jal., (proceso.com.mx).-", "GUADALAJARA, Jal.", "proceso.com.mx", None,
     None, None),
    # Places joined by slashes, a region in brackets, German and Italian towns.
    ("Münster/Osnabrück (dpa) – Die Polizei hat.", "Münster/Osnabrück (dpa) –",
     "Münster/Osnabrück", "dpa", None, None, None),
    ("BERLIN/MOSCOW (Reuters) - Germany said.", "BERLIN/MOSCOW (Reuters) -", "BERLIN/MOSCOW",
     "Reuters", None, None, None),
    ("Bozen / Trient – Die Autobahn bleibt gesperrt.", "Bozen / Trient –", "Bozen / Trient",
     None, None, None, None),
    ("Neumarkt am Wallersee / Seekirchen – Ein Lkw kippte um.",
     "Neumarkt am Wallersee / Seekirchen –", "Neumarkt am Wallersee / Seekirchen", None,
     None, None, None),
    ("NEW YORK & LONDON--(BUSINESS WIRE)--Company X today.",
     "NEW YORK & LONDON--(BUSINESS WIRE)--", "NEW YORK & LONDON", "BUSINESS WIRE", None,
     None, None),
    ("München (KNA/kr) – Der Erzbischof hat.", "München (KNA/kr) –", "München", "KNA/kr",
     None, None, None),
    ("Bassano del Grappa (Vicenza) - Un uomo è morto.", "Bassano del Grappa (Vicenza) -",
     "Bassano del Grappa (Vicenza)", None, None, None, None),
    ("Ingolstadt (Bayern) – Audi streicht Stellen.", "Ingolstadt (Bayern) –",
     "Ingolstadt (Bayern)", None, None, None, None),
    ("Graz\u00a0– Die Steiermark wählt.", "Graz –", "Graz", None, None, None, None),
    ("Oberhausen – Die Stadt hat den Haushalt beschlossen.", "Oberhausen –", "Oberhausen",
     None, None, None, None),
    ("FRANKFURT (dpa-AFX) - Der Dax stieg.", "FRANKFURT (dpa-AFX) -", "FRANKFURT", "dpa-AFX",
     None, None, None),
    ("中新网3月5日电 据报道，", "中新网3月5日电", None, "中新网", 5, 3, None),
    # Web desks and press-release wires.
    ("JAKARTA, KOMPAS.com - Presiden berkata.", "JAKARTA, KOMPAS.com -", "JAKARTA",
     "KOMPAS.com", None, None, None),
    ("Bandung, CNN Indonesia -- Gubernur berkata.", "Bandung, CNN Indonesia --", "Bandung",
     "CNN Indonesia", None, None, None),
    ("Detik.com, Surabaya - Polisi menangkap.", "Detik.com, Surabaya -", "Surabaya",
     "Detik.com", None, None, None),
    ("(PRWEB) June 9, 2009 -- Company X announced.", "(PRWEB) June 9, 2009 --", None, "PRWEB",
     9, 6, 2009),
    ("OTTAWA, ONTARIO--(Marketwire - June 9, 2009) - Company X announced.",
     "OTTAWA, ONTARIO--(Marketwire - June 9, 2009) -", "OTTAWA, ONTARIO", "Marketwire", 9, 6,
     2009),
    ("Lyon, le 9 juin 2009 – La société X annonce.", "Lyon, le 9 juin 2009 –", "Lyon", None, 9,
     6, 2009),
    ("Bremen, den 9. Juni 2009 – Die Firma X.", "Bremen, den 9. Juni 2009 –", "Bremen", None,
     9, 6, 2009),
    ("SEVILLA, 9 (EUROPA PRESS) - La Junta anunció.", "SEVILLA, 9 (EUROPA PRESS) -", "SEVILLA",
     "EUROPA PRESS", 9, None, None),
    ("PITTSBURGH, PA - The city council voted.", "PITTSBURGH, PA -", "PITTSBURGH, PA", None,
     None, None, None),
    ("Linz  – Die Voestalpine meldet.", "Linz –", "Linz", None, None, None, None),
    # Agency house styles.
    ("新华社上海３月５日电 上海市今天发布。", "新华社上海３月５日电", "上海", "新华社", 5, 3, None),
    ("中新社华盛顿12月3日电（记者 张三）美国国会", "中新社华盛顿12月3日电", "华盛顿", "中新社", 3,
     12, None),
    ("新华社北京电 国务院今天发布。", "新华社北京电", "北京", "新华社", None, None, None),
    ("【ロンドン共同】英政府は5日、", "【ロンドン共同】", "ロンドン", "共同", None, None, None),
    ("ПЕКИН, 3 апр — РИА Новости. Китай заявил.", "ПЕКИН, 3 апр — РИА Новости.", "ПЕКИН",
     "РИА Новости", 3, 4, None),
    ("(ANSA) - MILANO, 12 MAG - La Borsa ha chiuso.", "(ANSA) - MILANO, 12 MAG -", "MILANO",
     "ANSA", 12, 5, None),
    ("ANTWERPEN 12/03 (BELGA) = De haven groeit.", "ANTWERPEN 12/03 (BELGA) =", "ANTWERPEN",
     "BELGA", 12, 3, None),
    ("Odense /ritzau/: En mand er anholdt.", "Odense /ritzau/:", "Odense", "ritzau", None,
     None, None),
    ("Patna (PTI): The Bihar government said.", "Patna (PTI):", "Patna", "PTI", None, None,
     None),
    ("Kolkata, PTI:\n\nThe state government said.", "Kolkata, PTI:", "Kolkata", "PTI", None,
     None, None),
    ("Recife, 12 (AE) - O governo anunciou.", "Recife, 12 (AE) -", "Recife", "AE", 12, None,
     None),
    ("Agência Estado - O dólar fechou em queda.", "Agência Estado -", None, "Agência Estado",
     None, None, None),
    # A source with no place, and a source before the place.
    ("Nov. 4 (Reuters Health) - Children who sleep less.", "Nov. 4 (Reuters Health) -", None,
     "Reuters Health", 4, 11, None),
    ("(The Sports Network) - The Red Sox will try.", "(The Sports Network) -", None,
     "The Sports Network", None, None, None),
    ("Investor's Business Daily - Shares rose.", "Investor's Business Daily -", None,
     "Investor's Business Daily", None, None, None),
    ("5 апреля. INTERFAX.RU - Правительство России.", "5 апреля. INTERFAX.RU -", None,
     "INTERFAX.RU", 5, 4, None),
    ("AFP. – El gobierno francés anunció.", "AFP. –", None, "AFP", None, None, None),
    ("(AP) DENVER - A judge ruled Friday.", "(AP) DENVER -", "DENVER", "AP", None, None,
     None),
    ("(PRWeb) AUSTIN, Texas, May 4, 2011 -- Company X announced.",
     "(PRWeb) AUSTIN, Texas, May 4, 2011 --", "AUSTIN, Texas", "PRWeb", 4, 5, 2011),
    ("(CNN) -- LONDON, England -- Police said.", "(CNN) -- LONDON, England --",
     "LONDON, England", "CNN", None, None, None),
    # On its own line, in brackets, or with the dash lost.
    ("( Lecce, 3 Marzo 21 )\n\nIl comune ha deciso.", "( Lecce, 3 Marzo 21 )", "Lecce",
     None, 3, 3, 2021),
    ("MANILA, Philippines The typhoon made landfall.", "MANILA, Philippines",
     "MANILA, Philippines", None, None, None, None),
    ("CAIRO, March 4  Protesters gathered.", "CAIRO, March 4", "CAIRO", None, 4, 3, None),
    ("BOSTON--(BUSINESS WIRE)--Nov. 3, 2010--Company X announced.",
     "BOSTON--(BUSINESS WIRE)--Nov. 3, 2010--", "BOSTON", "BUSINESS WIRE", 3, 11, 2010),
]

# Rubrics, speaker labels, meta lines and names that the wider forms must not take.
WIDE_NOT_DATELINES = [
    "MEINUNG - Die Regierung hat versagt.",
    "ÉCONOMIE - Le chômage recule en France.",
    "CULTURE - Le festival ouvre ses portes.",
    "PREGUNTA - ¿Qué opina usted del acuerdo?",
    "ENTREVISTA – O ministro falou.",
    "TRANSFORMATION - The company changed its name.",
    "DENÚNCIA DA PROCURADORIA – O documento foi entregue.",
    "03/04/2019 - Publicado por: Maria Silva - Categoria: Política",
    "Deportes.- El equipo ganó el domingo.",
    "João Silva - Eu acredito que a economia vai melhorar.",
    "Lula/Dilma – A relação entre os dois.",
    "Obama/Biden – The ticket is set.",
    "Brasil. O governo anunciou medidas.",
    "Wednesday, November 7 2012 NEWS /Fantasy\n\nBody.",
    "Jan 18, 2008 10:15 am US/Eastern\n\nBody.",
    "新华社记者张三报道，中国",
    "【社説】政府は",
    "【新竹】玻璃藝術博物館",
    "Correio Braziliense - O governo anunciou.",
    "Rumor - Bloomberg: The first phone will be shown.",
    "US & Canada\n\nWorld",
    "Hollywood & Entertainment — The latest.",
    "Previous Auto News -",
    "JANE DOE, Toronto Star\n\nFive games in a row.",
    "MARK SMITH, Denver Post Staff Writer The game began.",
    "Redacción.- El gobierno anunció un plan.",
    "Zuckerberg – The founder said on Monday.",
    "Seinfeld – The show returns.",
]


@pytest.mark.parametrize("case", WIDE_FORMS, ids=[case[1] for case in WIDE_FORMS])
def test_wide_form(
    case: tuple[str, str, str | None, str | None, int | None, int | None, int | None]
) -> None:
    lead, text, place, source, day, month, year = case
    want = Dateline(text=text, place=place, source=source, day=day, month=month, year=year)
    assert parse_dateline(lead) == want


@pytest.mark.parametrize("lead", WIDE_NOT_DATELINES)
def test_wide_not_a_dateline(lead: str) -> None:
    assert parse_dateline(lead) is None


@pytest.mark.parametrize("case", FORMS, ids=[case[1] for case in FORMS])
def test_form(case: tuple[str, str, str | None, str | None, int | None, int | None, int | None]
              ) -> None:
    lead, text, place, source, day, month, year = case
    want = Dateline(text=text, place=place, source=source, day=day, month=month, year=year)
    assert parse_dateline(lead) == want


@pytest.mark.parametrize("lead", NOT_DATELINES)
def test_not_a_dateline(lead: str) -> None:
    assert parse_dateline(lead) is None


@pytest.mark.parametrize(
    ("lead", "story"),
    [
        ("WASHINGTON (AP) — The president said.", "The president said."),
        ("(CNN)President Trump said.", "President Trump said."),
        ("4\u00a0September IranExpert\n\nIran, Russia", "Iran, Russia"),
        ("  \n BAAR, SWITZERLAND\n\n Ascom said.", "Ascom said."),
        ("WASHINGTON —", ""),
    ],
)
def test_match_end_is_the_story_start(lead: str, story: str) -> None:
    match = match_dateline(lead, DEFAULT_OPTIONS)
    assert match is not None
    assert lead[match.end :] == story


def test_match_is_frozen() -> None:
    match = match_dateline("WASHINGTON (AP) — Text.", DEFAULT_OPTIONS)
    assert isinstance(match, DatelineMatch)
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        match.end = 0  # type: ignore[misc]


# --- complete_year ---------------------------------------------------------------------

_NO_YEAR = Dateline(text="4 September IranExpert", source="IranExpert", day=4, month=9)


@pytest.mark.parametrize(
    ("dateline", "published", "year"),
    [
        (_NO_YEAR, dt.date(2001, 9, 5), 2001),
        (_NO_YEAR, dt.datetime(2001, 9, 4, 23, 0, tzinfo=dt.UTC), 2001),
        (Dateline(text="Dec. 31 —", day=31, month=12), dt.date(2002, 1, 2), 2001),
        (Dateline(text="Jan. 1 —", day=1, month=1), dt.date(2001, 12, 30), 2002),
        (Dateline(text="Feb. 29 —", day=29, month=2), dt.date(2024, 3, 1), 2024),
    ],
)
def test_complete_year_when_publication_agrees(
    dateline: Dateline, published: dt.date, year: int
) -> None:
    done = complete_year(dateline, published, max_days=7)
    assert (done.year, done.year_inferred) == (year, True)
    assert attrs.evolve(done, year=None, year_inferred=False) == dateline


@pytest.mark.parametrize(
    ("dateline", "published"),
    [
        (_NO_YEAR, None),
        (_NO_YEAR, dt.date(2001, 12, 25)),
        (Dateline(text="Feb. 29 —", day=29, month=2), dt.date(2023, 3, 1)),
        (Dateline(text="WASHINGTON —", place="WASHINGTON"), dt.date(2001, 9, 4)),
        (Dateline(text="Sept. 4, 1999 —", day=4, month=9, year=1999), dt.date(2001, 9, 4)),
    ],
)
def test_complete_year_never_guesses(
    dateline: Dateline, published: dt.date | None
) -> None:
    assert complete_year(dateline, published, max_days=7) is dateline


# --- cost on adversarial leads ---------------------------------------------------------

_REPEATS = 200_000
_GROWTH = 8  # the large lead has 8 times the small one's units


@pytest.mark.parametrize(
    "unit",
    ["WASHINGTON, ", "(", "By ", "A ", "4 September ", "N.Y.", "— ", "Sept. 4, ", " ", "\n",
     "Wien/", "Wien / ", "新华社", "【", "(AP) ", "Lima.", "Salt (Utah) ", "31/07 "],
)
def test_adversarial_leads_take_linear_time(unit: str) -> None:
    small_lead = unit * (_REPEATS // _GROWTH) + "WASHINGTON — Text."
    large_lead = unit * _REPEATS + "WASHINGTON — Text."
    small, large = best_cpu_seconds(
        3, lambda: match_dateline(small_lead, DEFAULT_OPTIONS),
        lambda: match_dateline(large_lead, DEFAULT_OPTIONS))
    # Linear work grows 8x on 8x the input, backtracking 64x or more: growth, measured
    # in CPU time (not wall time, which load stretches), not seconds.
    assert grows_linearly(small, large, factor=_GROWTH, floor=0.002), (small, large)


# --- the development gold set ----------------------------------------------------------


@pytest.mark.parametrize(
    ("lead", "story"),
    [
        ("新华社北京3月5日电 国务院今天发布。", "国务院今天发布。"),
        ("【東京共同】政府は5日、", "政府は5日、"),
        ("Quito.El presidente habló.", "El presidente habló."),
        ("Iguala.- Familiares marcharon.", "Familiares marcharon."),
    ],
)
def test_story_starts_after_the_wider_forms(lead: str, story: str) -> None:
    match = match_dateline(lead, DEFAULT_OPTIONS)
    assert match is not None
    assert lead[match.end :] == story


@requires_shared
def test_development_gold_set_floors() -> None:
    script = SHARED_DIR / "eval" / "check_datelines.py"
    gold = SHARED_DIR / "golden" / "datelines-dev.jsonl"
    result = subprocess.run(
        [sys.executable, str(script), str(gold), "--show-misses",
         "--min-precision", "0.97", "--min-recall", "0.97", "--min-exact", "0.95"],
        capture_output=True, text=True, timeout=120, check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


@requires_shared
def test_wide_gold_set_floors() -> None:
    script = SHARED_DIR / "eval" / "check_datelines.py"
    gold = SHARED_DIR / "golden" / "datelines-wide.jsonl"
    result = subprocess.run(
        [sys.executable, str(script), str(gold), "--show-misses",
         "--min-precision", "0.98", "--min-recall", "0.95", "--min-exact", "0.92"],
        capture_output=True, text=True, timeout=120, check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
