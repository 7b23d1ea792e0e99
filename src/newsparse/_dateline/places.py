"""A compact gazetteer for telling a dateline's place from a capitalised word.

Countries, US states (names, AP abbreviations, postal codes), Canadian provinces,
Australian states and a few hundred cities that datelines name on their own. Names are
stored by :func:`key`, so case, accents and dots do not matter. A *place* is a name a
dateline may give alone ("PARIS", "Ohio"); a *region* is what may follow a city after a
comma ("Calif.", "N.Y.", "ON", "Afghanistan"), a wider set that includes abbreviations.
"""

from __future__ import annotations

from newsparse._dateline.words import key


def _keys(names: str) -> frozenset[str]:
    return frozenset(key(name) for name in names.split("|") if name.strip())


_COUNTRIES = (
    "Afghanistan|Albania|Algeria|Andorra|Angola|Antigua and Barbuda|Argentina|Armenia|"
    "Australia|Austria|Azerbaijan|Bahamas|Bahrain|Bangladesh|Barbados|Belarus|Belgium|"
    "Belize|Benin|Bhutan|Bolivia|Bosnia|Bosnia and Herzegovina|Botswana|Brazil|Brunei|"
    "Bulgaria|Burkina Faso|Burundi|Cambodia|Cameroon|Canada|Cape Verde|"
    "Central African Republic|Chad|Chile|China|Colombia|Comoros|Congo|Costa Rica|Croatia|"
    "Cuba|Cyprus|Czech Republic|Czechia|Denmark|Djibouti|Dominica|Dominican Republic|"
    "East Timor|Timor-Leste|Ecuador|Egypt|El Salvador|Equatorial Guinea|Eritrea|Estonia|"
    "Eswatini|Swaziland|Ethiopia|Fiji|Finland|France|Gabon|Gambia|Georgia|Germany|Ghana|"
    "Greece|Grenada|Guatemala|Guinea|Guinea-Bissau|Guyana|Haiti|Honduras|Hungary|Iceland|"
    "India|Indonesia|Iran|Iraq|Ireland|Israel|Italy|Ivory Coast|Jamaica|Japan|Jordan|"
    "Kazakhstan|Kenya|Kiribati|Kosovo|Kuwait|Kyrgyzstan|Laos|Latvia|Lebanon|Lesotho|"
    "Liberia|Libya|Liechtenstein|Lithuania|Luxembourg|Madagascar|Malawi|Malaysia|Maldives|"
    "Mali|Malta|Marshall Islands|Mauritania|Mauritius|Mexico|Micronesia|Moldova|Monaco|"
    "Mongolia|Montenegro|Morocco|Mozambique|Myanmar|Burma|Namibia|Nauru|Nepal|Netherlands|"
    "Holland|New Zealand|Nicaragua|Niger|Nigeria|North Korea|"
    "North Macedonia|Macedonia|Norway|Oman|Pakistan|Palau|Palestine|Panama|"
    "Papua New Guinea|Paraguay|Peru|Philippines|Poland|Portugal|Qatar|"
    "Romania|Russia|Rwanda|Saint Lucia|Samoa|San Marino|Saudi Arabia|Senegal|Serbia|"
    "Seychelles|Sierra Leone|Singapore|Slovakia|Slovenia|Solomon Islands|Somalia|"
    "South Africa|South Korea|Korea|South Sudan|Spain|Sri Lanka|Sudan|Suriname|Sweden|"
    "Switzerland|Syria|Taiwan|Tajikistan|Tanzania|Thailand|Togo|Tonga|Trinidad|"
    "Trinidad and Tobago|Tunisia|Turkey|Türkiye|Turkmenistan|Tuvalu|Uganda|Ukraine|"
    "United Arab Emirates|UAE|United Kingdom|UK|Britain|Great Britain|England|Scotland|"
    "Wales|Northern Ireland|United States|US|USA|Uruguay|Uzbekistan|Vanuatu|Vatican|"
    "Vatican City|Venezuela|Vietnam|Viet Nam|Yemen|Zambia|Zimbabwe|Puerto Rico|Guam|"
    "Greenland|Hong Kong|Macau|Macao|Gaza|Gaza Strip|West Bank|Crimea|Kashmir|Tibet|"
    "Bermuda|Cayman Islands|Faroe Islands|Gibraltar|Curaçao|Aruba|New Caledonia|Tahiti|"
    "French Polynesia|Réunion|Martinique|Guadeloupe|Western Sahara|DR Congo|"
    "Democratic Republic of Congo|Democratic Republic of the Congo|Republic of Congo|"
    "Sao Tome and Principe|Kurdistan|Chechnya|Sicily|Sardinia|Corsica|Bavaria|Catalonia|"
    "Andalusia|Tuscany|Lombardy|Flanders|Wallonia|Punjab|Kerala|Bengal|West Bengal|"
    "Sindh|Balochistan|Xinjiang|Hainan|Guangdong|Okinawa|Hokkaido|Mindanao|Bali|Java|"
    "Sumatra|Borneo|Siberia|Patagonia|"
    # The same in the languages whose months we read.
    "Deutschland|Frankreich|Schweiz|Österreich|Russland|Spanien|Italien|Türkei|"
    "Allemagne|Suisse|Autriche|Russie|Espagne|Italie|Chine|Japon|Royaume-Uni|États-Unis|"
    "Belgique|Alemania|Francia|Suiza|Rusia|España|Italia|Estados Unidos|Reino Unido|"
    "México|Brasil|Perú|Japón|Germania|Svizzera|Spagna|Stati Uniti|Cina|Giappone|"
    "Alemanha|França|Suíça|Rússia|Espanha|Itália|Japão|EUA|EEUU|EE.UU.|Россия|Украина|"
    "США|Германия|Франция|Китай|Беларусь|Казахстан|Иран"
)

_US_STATES = (
    "Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|"
    "Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|"
    "Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|"
    "New Hampshire|New Jersey|New Mexico|New York|North Carolina|North Dakota|Ohio|"
    "Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|"
    "Texas|Utah|Vermont|Virginia|Washington|West Virginia|Wisconsin|Wyoming|"
    "District of Columbia|D.C."
)
# AP style abbreviations (with and without their dots, which key() drops) and postal codes.
_US_ABBREVIATIONS = (
    "Ala.|Ariz.|Ark.|Calif.|Cal.|Colo.|Conn.|Del.|Fla.|Ga.|Ill.|Ind.|Kan.|Kans.|Ky.|La.|"
    "Md.|Mass.|Mich.|Minn.|Miss.|Mo.|Mont.|Neb.|Nebr.|Nev.|N.H.|N.J.|N.M.|N.Mex.|N.Y.|"
    "N.C.|N.D.|Okla.|Ore.|Oreg.|Pa.|Penn.|R.I.|S.C.|S.D.|Tenn.|Tex.|Va.|Vt.|Wash.|W.Va.|"
    "Wis.|Wisc.|Wyo.|AL|AK|AZ|AR|CA|CO|CT|DE|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|"
    "MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|"
    "WY|DC|PR|U.S.|U.S.A.|U.K.|U.A.E."
)
_PROVINCES = (
    "Ontario|Quebec|Québec|British Columbia|Alberta|Manitoba|Saskatchewan|Nova Scotia|"
    "New Brunswick|Newfoundland|Newfoundland and Labrador|Prince Edward Island|Yukon|"
    "Northwest Territories|Nunavut|New South Wales|Queensland|Western Australia|"
    "South Australia|Tasmania|Northern Territory|Australian Capital Territory"
)
_PROVINCE_ABBREVIATIONS = (
    "Ont.|Que.|B.C.|Alta.|Sask.|N.S.|N.B.|N.L.|Nfld.|P.E.I.|N.W.T.|ON|QC|BC|AB|MB|"
    "SK|NS|NB|NL|PE|YT|NT|NU|NSW|Victoria|Vic.|Qld|Tas.|ACT"
)

_CITIES = (
    # United States: AP's stand-alone datelines, the largest cities, state capitals.
    "Atlanta|Baltimore|Boston|Chicago|Cincinnati|Cleveland|Dallas|Denver|Detroit|Honolulu|"
    "Houston|Indianapolis|Las Vegas|Los Angeles|Miami|Milwaukee|Minneapolis|New Orleans|"
    "Oklahoma City|Philadelphia|Phoenix|Pittsburgh|St. Louis|Saint Louis|Salt Lake City|"
    "San Antonio|San Diego|San Francisco|Seattle|San Jose|Austin|Jacksonville|"
    "Fort Worth|Columbus|El Paso|Nashville|Memphis|Portland|Louisville|"
    "Albuquerque|Tucson|Fresno|Sacramento|Kansas City|Mesa|Omaha|Raleigh|Long Beach|"
    "Virginia Beach|Oakland|Tulsa|Tampa|Arlington|Wichita|Bakersfield|Anaheim|"
    "Santa Ana|Riverside|Corpus Christi|Lexington|Stockton|St. Paul|Saint Paul|Buffalo|"
    "Newark|Plano|Anchorage|Orlando|Durham|Chandler|Laredo|Norfolk|"
    "Lubbock|Scottsdale|Reno|Baton Rouge|Boise|Richmond|Spokane|Des Moines|Birmingham|"
    "Rochester|Montgomery|Little Rock|Tallahassee|Springfield|Frankfort|"
    "Annapolis|Lansing|Jefferson City|Carson City|Trenton|Santa Fe|Albany|Harrisburg|"
    "Providence|Cheyenne|Olympia|Hartford|Dover|Juneau|Topeka|Bismarck|Montpelier|"
    "Charleston|Salem|Hialeah|Fort Lauderdale|Palm Beach|"
    "West Palm Beach|St. Petersburg|Savannah|Knoxville|Chattanooga|Greensboro|"
    "Ann Arbor|Grand Rapids|Toledo|Akron|Dayton|Syracuse|New Haven|Worcester|"
    "Cambridge|Berkeley|Palo Alto|Silicon Valley|Menlo Park|Mountain View|Cupertino|"
    "Hollywood|Beverly Hills|Santa Barbara|Santa Monica|Pasadena|Irvine|Malibu|"
    "Atlantic City|Miami Beach|Key West|Galveston|Brooklyn|Manhattan|Queens|"
    "Staten Island|Cape Canaveral|Green Bay|Sioux Falls|Fargo|Duluth|Billings|Missoula|"
    "Flagstaff|Tempe|Yuma|Wilmington|Camden|Pittsburg|Erie|Scranton|Allentown|Wheeling|"
    "Washington|Washington, D.C.|New York City|New York|"
    # Canada, Latin America.
    "Toronto|Montreal|Montréal|Vancouver|Ottawa|Calgary|Edmonton|Winnipeg|Quebec City|"
    "Halifax|Regina|Saskatoon|Mexico City|Ciudad de México|Guadalajara|"
    "Monterrey|Tijuana|Cancun|Cancún|Havana|La Habana|Guatemala City|San Salvador|"
    "Tegucigalpa|Managua|San Jose|San José|Panama City|Bogota|Bogotá|Medellín|Medellin|"
    "Cali|Caracas|Quito|Guayaquil|Lima|La Paz|Santiago|Buenos Aires|Montevideo|Asuncion|"
    "Asunción|Sao Paulo|São Paulo|Rio de Janeiro|Rio|Brasilia|Brasília|Recife|"
    "Porto Alegre|Belo Horizonte|Santo Domingo|Port-au-Prince|Kingston|San Juan|Nassau|"
    "Port of Spain|Bridgetown|"
    # Europe.
    "London|Paris|Berlin|Madrid|Rome|Vienna|Brussels|Amsterdam|The Hague|Rotterdam|"
    "Luxembourg|Geneva|Zurich|Zürich|Bern|Basel|Lausanne|Davos|Munich|Frankfurt|Hamburg|"
    "Cologne|Bonn|Stuttgart|Dusseldorf|Düsseldorf|Dresden|Leipzig|Milan|Naples|Turin|"
    "Florence|Venice|Genoa|Bologna|Palermo|Barcelona|Valencia|Seville|Bilbao|Malaga|"
    "Lisbon|Porto|Dublin|Belfast|Edinburgh|Glasgow|Cardiff|Manchester|Liverpool|Leeds|"
    "Oxford|Bristol|Copenhagen|Stockholm|Oslo|Helsinki|Reykjavik|Tallinn|Riga|Vilnius|"
    "Warsaw|Krakow|Kraków|Gdansk|Prague|Bratislava|Budapest|Ljubljana|Zagreb|Belgrade|"
    "Sarajevo|Podgorica|Skopje|Tirana|Pristina|Sofia|Bucharest|Chisinau|Athens|"
    "Thessaloniki|Nicosia|Valletta|Monaco|Marseille|Lyon|Toulouse|Bordeaux|Lille|"
    "Strasbourg|Nantes|Antwerp|Ghent|Moscow|St Petersburg|Saint Petersburg|Kyiv|Kiev|"
    "Kharkiv|Odessa|Odesa|Lviv|Minsk|Istanbul|Ankara|Izmir|Tbilisi|Yerevan|Baku|"
    # Middle East, Africa.
    "Jerusalem|Tel Aviv|Haifa|Ramallah|Gaza City|Beirut|Damascus|Aleppo|Amman|Baghdad|"
    "Basra|Mosul|Erbil|Tehran|Teheran|Mashhad|Isfahan|Riyadh|Jeddah|Mecca|Medina|Doha|"
    "Dubai|Abu Dhabi|Manama|Muscat|Kuwait City|Sanaa|Aden|Cairo|Alexandria|Tripoli|"
    "Benghazi|Tunis|Algiers|Rabat|Casablanca|Khartoum|Addis Ababa|Nairobi|Mogadishu|"
    "Kampala|Kigali|Dar es Salaam|Lusaka|Harare|Maputo|Johannesburg|Pretoria|Cape Town|"
    "Durban|Lagos|Abuja|Accra|Dakar|Abidjan|Bamako|Niamey|Kinshasa|Luanda|Juba|Asmara|"
    "Djibouti|Windhoek|Gaborone|Antananarivo|Yaounde|Yaoundé|N'Djamena|Freetown|Monrovia|"
    "Conakry|Ouagadougou|Nouakchott|Lome|Lomé|Cotonou|Libreville|Brazzaville|Bangui|"
    "Lilongwe|Mbabane|Maseru|Port Louis|"
    # Asia, Oceania.
    "Beijing|Shanghai|Guangzhou|Shenzhen|Wuhan|Chengdu|Chongqing|Tianjin|Hangzhou|Nanjing|"
    "Xian|Xi'an|Harbin|Lhasa|Urumqi|Hong Kong|Macau|Taipei|Kaohsiung|Tokyo|Osaka|Kyoto|"
    "Yokohama|Nagoya|Kobe|Hiroshima|Nagasaki|Fukushima|Sapporo|Seoul|Busan|Pyongyang|"
    "Ulaanbaatar|Ulan Bator|New Delhi|Delhi|Mumbai|Bombay|Kolkata|Calcutta|Chennai|Madras|"
    "Bangalore|Bengaluru|Hyderabad|Ahmedabad|Pune|Lucknow|Jaipur|Srinagar|Chandigarh|"
    "Islamabad|Karachi|Lahore|Peshawar|Quetta|Rawalpindi|Kabul|Kandahar|Herat|Dhaka|"
    "Colombo|Kathmandu|Thimphu|Tashkent|Almaty|Astana|Nur-Sultan|Bishkek|Dushanbe|"
    "Ashgabat|Bangkok|Hanoi|Ho Chi Minh City|Saigon|Phnom Penh|Vientiane|Yangon|Rangoon|"
    "Naypyitaw|Kuala Lumpur|Singapore|Jakarta|Manila|Davao|Cebu|Dili|Bandar Seri Begawan|"
    "Sydney|Melbourne|Brisbane|Perth|Adelaide|Canberra|Hobart|Darwin|Auckland|Wellington|"
    "Christchurch|Port Moresby|Suva|"
    # The same in German, French, Spanish, Italian, Portuguese and Russian.
    "Moskau|Peking|Rom|Wien|Prag|Mailand|München|Köln|Genf|Brüssel|Warschau|Kairo|"
    "Neu-Delhi|Athen|Lissabon|Moscou|Pékin|Londres|Bruxelles|Genève|Varsovie|Le Caire|"
    "Alger|Téhéran|Washington DC|Moscú|Pekín|Nueva York|Bruselas|Ginebra|Roma|Berlín|"
    "Teherán|París|Londra|Parigi|Mosca|Pechino|Ginevra|Berlino|Milano|Napoli|Torino|"
    "Firenze|Venezia|Lisboa|Pequim|Nova York|Nova Iorque|Tóquio|Tokio|Москва|"
    "Санкт-Петербург|Киев|Київ|Минск|Вашингтон|Лондон|Париж|Берлин|Пекин|Тегеран|"
    "Нью-Йорк|Токио|Київ|Харків|Одеса|Львів|Warszawa|Kraków|Praha|Анкара|Стамбул|Ереван|Баку|Тбилиси|Астана|Алматы|Ташкент"
)

#: Names a dateline may give with nothing after them.
CITIES: frozenset[str] = _keys(_CITIES)
PLACES: frozenset[str] = CITIES | _keys(_COUNTRIES) | _keys(_US_STATES) | _keys(_PROVINCES)
#: Names that may follow a city after a comma: the places plus abbreviations.
REGIONS: frozenset[str] = PLACES | _keys(_US_ABBREVIATIONS) | _keys(_PROVINCE_ABBREVIATIONS)


def is_known_city(name: str) -> bool:
    """True when the name is a major city (not a country or state)."""
    return key(name) in CITIES


def is_known_place(name: str) -> bool:
    """True when the name is a country, state, province or major city."""
    return key(name) in PLACES


def is_known_region(name: str) -> bool:
    """True when the name may stand after a city's comma: a state, country or abbreviation."""
    return key(name) in REGIONS
