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

# World capitals and large cities in the spellings of the languages we read, and the
# regional capitals and large towns that datelines of those languages name. Names that
# are also common first names or words ("Salvador", "Natal", "Como", "Nancy") stay out:
# a known place is taken before a dash on no other evidence.
_CITIES_WIDE = (
    # German exonyms, and German, Austrian and Swiss towns.
    "Kopenhagen|Belgrad|Bukarest|Kiew|Tiflis|Eriwan|Bagdad|Damaskus|Riad|Neu Delhi|"
    "Schanghai|Tokio|Pjöngjang|Mexiko-Stadt|Havanna|Santiago de Chile|Den Haag|Luxemburg|"
    "Straßburg|Antwerpen|Khartum|Kapstadt|Luzern|St. Gallen|Lugano|Graz|Linz|Salzburg|"
    "Innsbruck|Klagenfurt|St. Pölten|Bregenz|Eisenstadt|Villach|Wels|Bremen|Hannover|"
    "Dortmund|Essen|Duisburg|Bochum|Wuppertal|Bielefeld|Münster|Aachen|Mainz|Wiesbaden|"
    "Darmstadt|Mannheim|Heidelberg|Karlsruhe|Freiburg|Ulm|Augsburg|Nürnberg|Würzburg|"
    "Regensburg|Ingolstadt|Passau|Chemnitz|Erfurt|Jena|Weimar|Magdeburg|Potsdam|Schwerin|"
    "Rostock|Kiel|Lübeck|Saarbrücken|Trier|Koblenz|Kassel|Göttingen|Braunschweig|"
    "Wolfsburg|Osnabrück|Oldenburg|Erlangen|Bamberg|Bayreuth|Cottbus|Frankfurt am Main|"
    "Frankfurt/Main|Halle|Gelsenkirchen|Mönchengladbach|Leverkusen|Krefeld|Hildesheim|"
    "Breslau|Danzig|Stettin|Königsberg|Pressburg|Laibach|Agram|Lemberg|Bozen|Trient|"
    "Brixen|Meran|Neapel|Venedig|Florenz|Genua|Triest|Lüttich|Brügge|Krakau|Posen|Pilsen|"
    "Brünn|Nizza|Algier|Tripolis|Maskat|Nikosia|Singapur|Hongkong|Taipeh|Addis Abeba|"
    # Austrian district towns and German and Swiss towns that datelines name alone.
    "Dornbirn|Feldkirch|Bludenz|Kufstein|Schwaz|Lienz|Wörgl|Kitzbühel|Imst|Landeck|"
    "Reutte|Hallein|Zell am See|Saalfelden|Bischofshofen|St. Johann im Pongau|Wolfsberg|"
    "Spittal an der Drau|Leoben|Bruck an der Mur|Kapfenberg|Judenburg|Knittelfeld|"
    "Leibnitz|Weiz|Gleisdorf|Hartberg|Feldbach|Wiener Neustadt|Baden|Mödling|Tulln|Krems|"
    "Amstetten|Melk|Zwettl|Gmünd|Hollabrunn|Mistelbach|Korneuburg|Schwechat|"
    "Neunkirchen|Steyr|Traun|Leonding|Braunau|Ried im Innkreis|Vöcklabruck|Gmunden|"
    "Bad Ischl|Freistadt|Rohrbach|Perg|Kirchdorf|Eisenerz|Mattersburg|Oberwart|Güssing|"
    "Neusiedl am See|Villach|Spielfeld|Traiskirchen|Klosterneuburg|Saalbach|Ischgl|"
    "Sölden|Schladming|Kitzbühel|Lech|Alpbach|Heiligenblut|Mariazell|"
    "Konstanz|Lindau|Kempten|Memmingen|Rosenheim|Traunstein|Berchtesgaden|Garmisch|"
    "Garmisch-Partenkirchen|Landshut|Straubing|Deggendorf|Coburg|Fürth|Schweinfurt|"
    "Aschaffenburg|Fulda|Gießen|Marburg|Siegen|Hagen|Hamm|Paderborn|Gütersloh|Minden|"
    "Herford|Detmold|Bottrop|Recklinghausen|Herne|Solingen|Remscheid|Neuss|Moers|Wesel|"
    "Kleve|Düren|Bergisch Gladbach|Siegburg|Trier|Kaiserslautern|Ludwigshafen|Worms|"
    "Speyer|Pforzheim|Reutlingen|Tübingen|Esslingen|Ludwigsburg|Heilbronn|Offenburg|"
    "Baden-Baden|Friedrichshafen|Ravensburg|Sigmaringen|Flensburg|Neumünster|Husum|Sylt|"
    "Cuxhaven|Bremerhaven|Wilhelmshaven|Emden|Lüneburg|Celle|Wolfenbüttel|Salzgitter|"
    "Goslar|Gotha|Eisenach|Suhl|Plauen|Zwickau|Görlitz|Bautzen|Frankfurt (Oder)|"
    "Stralsund|Greifswald|Wismar|Neubrandenburg|Dessau|Wittenberg|Stendal|Winterthur|"
    "Chur|Schaffhausen|Thun|Biel|Zug|Aarau|Solothurn|Locarno|Bellinzona|Davos|Vaduz|"
    # French exonyms, and French, Belgian and Swiss towns.
    "Lisbonne|Vienne|Athènes|Copenhague|Édimbourg|Bucarest|Damas|Beyrouth|Jérusalem|"
    "Tel-Aviv|Ryad|Riyad|Dubaï|Abou Dhabi|Kaboul|Séoul|Hanoï|Djakarta|Manille|Mexico|"
    "La Havane|Bogota|Montréal|Douala|Addis-Abeba|Le Cap|Marseille|Montpellier|Rennes|"
    "Reims|Le Havre|Toulon|Grenoble|Dijon|Angers|Nîmes|Limoges|Amiens|Perpignan|Metz|"
    "Besançon|Orléans|Rouen|Mulhouse|Caen|Avignon|Cannes|Ajaccio|Bastia|Calais|Dunkerque|"
    "Lourdes|Versailles|Clermont-Ferrand|Saint-Étienne|Le Mans|Aix-en-Provence|Pau|"
    "Bayonne|La Rochelle|Poitiers|Anvers|Gand|Liège|Namur|Charleroi|Mons|Louvain|Bruges|"
    "Berne|Bâle|Neuchâtel|Fribourg|Sion|Saint-Denis|Fort-de-France|Pointe-à-Pitre|"
    # Spanish exonyms, and Spanish and Latin American towns.
    "Nueva Delhi|Viena|Atenas|Varsovia|Praga|Estocolmo|Dublín|Ámsterdam|La Haya|Berna|"
    "Zúrich|Múnich|Fráncfort|Hamburgo|Colonia|Milán|Nápoles|Turín|Florencia|Venecia|"
    "Estambul|Jerusalén|Damasco|El Cairo|Dubái|Abu Dabi|Shanghái|Seúl|Pionyang|Hanói|"
    "Yakarta|Sídney|Ciudad de México|Puebla|Toluca|Mérida|Querétaro|Morelia|Xalapa|"
    "Jalapa|Veracruz|Villahermosa|Chilpancingo|Acapulco|Oaxaca|Tuxtla Gutiérrez|"
    "Chihuahua|Ciudad Juárez|Juárez|Hermosillo|Culiacán|Mazatlán|Saltillo|Torreón|"
    "Zacatecas|Aguascalientes|San Luis Potosí|Tepic|Pachuca|Cuernavaca|Tlaxcala|"
    "Campeche|Chetumal|Mexicali|Ensenada|Reynosa|Matamoros|Nuevo Laredo|Ciudad Victoria|"
    "Tampico|Irapuato|Celaya|Guanajuato|Uruapan|Coatzacoalcos|Tapachula|"
    "Ciudad de Guatemala|San Pedro Sula|Ciudad de Panamá|Barranquilla|Cartagena|"
    "Maracaibo|Cuenca|Arequipa|Cusco|Cuzco|Santa Cruz|Cochabamba|Sucre|Rosario de Santa Fe|"
    "Mar del Plata|La Plata|Valparaíso|Sevilla|Zaragoza|Málaga|Murcia|"
    "Palma de Mallorca|Las Palmas|Alicante|Córdoba|Valladolid|Vigo|Gijón|Oviedo|"
    "Santander|Pamplona|San Sebastián|Vitoria|Logroño|Salamanca|Toledo|Granada|Almería|"
    "Cádiz|Huelva|Badajoz|Cáceres|Santiago de Compostela|La Coruña|A Coruña|Pontevedra|"
    "Girona|Lleida|Tarragona|Castellón|Albacete|Segovia|Huesca|Teruel|"
    "Santa Cruz de Tenerife|Ceuta|Melilla|Ibiza|Marbella|"
    # Portuguese exonyms, and Brazilian and Portuguese towns.
    "Moscou|Berlim|Madri|Bruxelas|Genebra|Varsóvia|Helsinque|Amsterdã|Haia|Seul|Xangai|"
    "Nova Délhi|Bombaim|Teerã|Bagdá|Beirute|Jerusalém|Istambul|Ancara|Cidade do México|"
    "Montevidéu|Assunção|Joanesburgo|Cidade do Cabo|Argel|Trípoli|Luanda|Maputo|"
    "Bissau|Díli|Fortaleza|Manaus|Curitiba|Goiânia|Belém|Guarulhos|Campinas|São Luís|"
    "Maceió|Teresina|João Pessoa|Campo Grande|Cuiabá|Aracaju|Florianópolis|Porto Velho|"
    "Macapá|Rio Branco|Boa Vista|Niterói|Ribeirão Preto|Sorocaba|Londrina|Joinville|"
    "Juiz de Fora|Uberlândia|Feira de Santana|Foz do Iguaçu|Petrópolis|Coimbra|"
    "Faro|Funchal|Aveiro|Évora|Setúbal|"
    # Italian exonyms, and Italian regional and provincial capitals.
    "Lisbona|Atene|Varsavia|Stoccolma|Copenaghen|Dublino|L'Aia|Zurigo|Monaco di Baviera|"
    "Francoforte|Amburgo|Gerusalemme|Il Cairo|Tunisi|Algeri|Seul|Nuova Delhi|"
    "Città del Messico|L'Avana|San Paolo|Città del Vaticano|Mosca|Genova|Bari|Catania|"
    "Messina|Reggio Calabria|Cagliari|Sassari|Verona|Padova|Vicenza|Potenza|Faenza|"
    "Treviso|Trieste|Udine|"
    "Trento|Bolzano|Brescia|Bergamo|Varese|Monza|Pavia|Cremona|Mantova|Lecco|Sondrio|"
    "Lodi|Novara|Alessandria|Asti|Cuneo|Biella|Aosta|La Spezia|Savona|Imperia|Sanremo|"
    "Piacenza|Parma|Reggio Emilia|Modena|Ferrara|Ravenna|Rimini|Forlì|Cesena|Pesaro|"
    "Ancona|Macerata|Ascoli Piceno|Perugia|Terni|Pisa|Livorno|Lucca|Pistoia|Arezzo|Siena|"
    "Grosseto|Carrara|Viterbo|Rieti|Frosinone|L'Aquila|Pescara|Chieti|Teramo|Campobasso|"
    "Isernia|Caserta|Benevento|Avellino|Salerno|Foggia|Barletta|Andria|Trani|Brindisi|"
    "Lecce|Taranto|Matera|Cosenza|Catanzaro|Crotone|Vibo Valentia|Trapani|Agrigento|"
    "Caltanissetta|Enna|Ragusa|Siracusa|Nuoro|Oristano|Olbia|Belluno|Rovigo|Pordenone|"
    "Gorizia|Mestre|Lampedusa|Padua|"
    # Dutch and Flemish.
    "Utrecht|Eindhoven|Groningen|Tilburg|Almere|Breda|Nijmegen|Arnhem|Haarlem|Enschede|"
    "Maastricht|Leiden|Delft|Zwolle|Leeuwarden|Apeldoorn|'s-Hertogenbosch|Den Bosch|"
    "Gent|Brugge|Leuven|Luik|Brussel|Parijs|Londen|Moskou|Berlijn|Wenen|"
    # Europe, English names.
    "Seville|Cordoba|Faro|Turin|Trieste|Dubrovnik|Rijeka|Novi Sad|Banja Luka|Mostar|"
    "Tuzla|Plovdiv|Varna|Burgas|Constanta|Cluj|Cluj-Napoca|Timisoara|Iasi|Brasov|Debrecen|"
    "Szeged|Pecs|Brno|Ostrava|Plzen|Kosice|Wroclaw|Wrocław|Poznan|Poznań|Lodz|Łódź|"
    "Szczecin|Lublin|Katowice|Bialystok|Bydgoszcz|Gdynia|Sopot|Kaunas|Klaipeda|Tartu|"
    "Gothenburg|Göteborg|Malmö|Malmo|Uppsala|Bergen|Trondheim|Stavanger|Tromsø|Tromso|"
    "Aarhus|Århus|Odense|Aalborg|Turku|Tampere|Oulu|Espoo|Sevastopol|Simferopol|Yalta|"
    "Mariupol|Donetsk|Luhansk|Dnipro|Zaporizhzhia|Kherson|Mykolaiv|Kramatorsk|Bakhmut|"
    "Chernihiv|Sumy|Poltava|Vinnytsia|Zhytomyr|Rivne|Lutsk|Ternopil|Uzhhorod|Chernivtsi|"
    "Ivano-Frankivsk|Cherkasy|Kaliningrad|Novosibirsk|Yekaterinburg|Kazan|"
    "Nizhny Novgorod|Samara|Rostov-on-Don|Volgograd|Krasnodar|Sochi|Vladivostok|"
    "Khabarovsk|Irkutsk|Murmansk|Arkhangelsk|Grozny|Makhachkala|Ufa|Perm|Omsk|Tomsk|"
    "Chelyabinsk|Voronezh|Belgorod|Kursk|Bryansk|Smolensk|Pskov|Tver|Yaroslavl|"
    "Krasnoyarsk|Yakutsk|Magadan|Norilsk|Gomel|Grodno|Vitebsk|Mogilev|Batumi|Kutaisi|"
    "Gyumri|Ganja|Samarkand|Bukhara|Osh|Khujand|Aktau|Atyrau|Karaganda|Shymkent|"
    "Newcastle|Sheffield|Nottingham|Leicester|Coventry|Southampton|Portsmouth|Brighton|"
    "Plymouth|Aberdeen|Dundee|Inverness|Swansea|Derry|Londonderry|Cork|Galway|Limerick|"
    "Wolverhampton|Sunderland|Middlesbrough|York|Hull|Bradford|Norwich|Exeter|Canterbury|"
    "Windsor|Wimbledon|Luton|Milton Keynes|Swindon|Ipswich|Gloucester|Cheltenham|"
    "Blackpool|Wigan|Salford|Stockport|Huddersfield|Doncaster|"
    # India, Pakistan, Bangladesh, Sri Lanka, Nepal.
    "Kollam|Kochi|Cochin|Thiruvananthapuram|Trivandrum|Kozhikode|Calicut|Thrissur|Kannur|"
    "Mangalore|Mangaluru|Mysore|Mysuru|Hubli|Belgaum|Panaji|Margao|Patna|Ranchi|"
    "Bhubaneswar|Cuttack|Guwahati|Shillong|Imphal|Agartala|Aizawl|Kohima|Itanagar|"
    "Gangtok|Bhopal|Indore|Gwalior|Jabalpur|Raipur|Nagpur|Nashik|Aurangabad|Thane|Surat|"
    "Vadodara|Baroda|Rajkot|Gandhinagar|Jodhpur|Udaipur|Ajmer|Amritsar|Ludhiana|"
    "Jalandhar|Shimla|Dehradun|Kanpur|Agra|Varanasi|Allahabad|Prayagraj|Meerut|Noida|"
    "Gurgaon|Gurugram|Ghaziabad|Faridabad|Jammu|Leh|Coimbatore|Madurai|Tiruchirappalli|"
    "Puducherry|Pondicherry|Vijayawada|Visakhapatnam|Tirupati|Warangal|Secunderabad|"
    "Guntur|Faisalabad|Multan|Sialkot|Gujranwala|Chittagong|Sylhet|Kandy|Galle|Jaffna|"
    "Pokhara|"
    # East and South-East Asia.
    "Shenyang|Dalian|Qingdao|Jinan|Zhengzhou|Changsha|Kunming|Nanning|Fuzhou|Xiamen|"
    "Hefei|Nanchang|Taiyuan|Shijiazhuang|Hohhot|Lanzhou|Xining|Yinchuan|Guiyang|Haikou|"
    "Sanya|Suzhou|Ningbo|Wenzhou|Dongguan|Foshan|Zhuhai|Changchun|Taichung|Tainan|"
    "Hsinchu|Incheon|Daegu|Gwangju|Daejeon|Ulsan|Sendai|Fukuoka|Kumamoto|Naha|Chiang Mai|"
    "Phuket|Pattaya|Da Nang|Haiphong|Mandalay|Siem Reap|Surabaya|Bandung|Medan|"
    "Yogyakarta|Makassar|Denpasar|Penang|George Town|Johor Bahru|Kota Kinabalu|Kuching|"
    "Quezon City|Makati|Zamboanga|Mazar-i-Sharif|Jalalabad|Kunduz|Saitama|Chiba|Niigata|"
    # Middle East and Africa.
    "Kirkuk|Najaf|Karbala|Fallujah|Ramadi|Tikrit|Sulaimaniyah|Homs|Hama|Idlib|Latakia|"
    "Raqqa|Daraa|Sidon|Nablus|Hebron|Bethlehem|Jenin|Khan Younis|Rafah|Eilat|Beersheba|"
    "Ashdod|Ashkelon|Sderot|Aqaba|Tabriz|Shiraz|Qom|Ahvaz|Kerman|Bandar Abbas|Sharjah|"
    "Ajman|Salalah|Taif|Dammam|Khobar|Hodeidah|Taiz|Marib|Mukalla|Port Harcourt|Kano|"
    "Ibadan|Kaduna|Maiduguri|Kumasi|Mombasa|Kisumu|Arusha|Dodoma|Zanzibar|Goma|Bukavu|"
    "Lubumbashi|Kisangani|Bujumbura|Mwanza|Bulawayo|Blantyre|Beira|Port Elizabeth|"
    "Bloemfontein|Pietermaritzburg|Soweto|Misrata|Sirte|Tobruk|Sfax|Sousse|Oran|"
    "Marrakech|Marrakesh|Fes|Fez|Tangier|Tanger|Agadir|Luxor|Aswan|Port Said|Ismailia|"
    "Sharm el-Sheikh|Hurghada|Port Sudan|Omdurman|El Fasher|Nyala|Mekele|Hargeisa|"
    "Kismayo|Timbuktu|Agadez|Bamenda|Pointe-Noire|Lubango|Nampula|Ndola|Kitwe|"
    # The Americas, English names.
    "Colorado Springs|Fort Collins|Boulder|Provo|Ogden|Tacoma|Bellevue|Modesto|Oxnard|"
    "Chula Vista|Glendale|Greenville|Huntsville|Shreveport|Fayetteville|"
    "Evansville|Fort Wayne|South Bend|Peoria|Rockford|Joliet|Naperville|Kenosha|"
    "Cedar Rapids|Davenport|Sioux City|Rapid City|Laramie|Bozeman|Yakima|Medford|"
    "Santa Rosa|Santa Cruz|Visalia|Palm Springs|San Bernardino|Ventura|San Luis Obispo|"
    "Monterey|Napa|Las Cruces|Amarillo|Midland|Waco|Abilene|Killeen|McAllen|"
    "Brownsville|Harlingen|Lake Charles|Gulfport|Biloxi|Hattiesburg|Tuscaloosa|Pensacola|"
    "Gainesville|Ocala|Daytona Beach|Sarasota|Fort Myers|Boca Raton|Clearwater|Lakeland|"
    "Macon|Asheville|Winston-Salem|Roanoke|Charlottesville|Bethesda|Silver Spring|"
    "Princeton|Hoboken|Jersey City|Paterson|Yonkers|White Plains|Long Island|Ithaca|"
    "Binghamton|Utica|Poughkeepsie|Stamford|Bridgeport|Burlington|Nashua|Bangor|"
    "Fall River|New Bedford|Pawtucket|Gettysburg|Youngstown|Kalamazoo|"
    "Traverse City|Saginaw|Dearborn|Bloomington|Champaign|Carbondale|Dubuque|"
    "Iowa City|Stillwater|Fort Smith|Murfreesboro|Bowling Green|Terre Haute|Racine|"
    "Fairbanks|Hilo|Pearl Harbor|Guantanamo Bay|Mississauga|London, Ontario|"
    "Kitchener|Kelowna|Sudbury|Thunder Bay|Moncton|Fredericton|St. John's|"
    "Charlottetown|Whitehorse|Yellowknife|Iqaluit|Gatineau|Sherbrooke|"
    "Trois-Rivières|Saguenay|"
    # Russian and Ukrainian, in Cyrillic.
    "Новосибирск|Екатеринбург|Казань|Нижний Новгород|Челябинск|Самара|Омск|"
    "Ростов-на-Дону|Уфа|Красноярск|Воронеж|Пермь|Волгоград|Краснодар|Саратов|Тюмень|"
    "Ижевск|Барнаул|Иркутск|Хабаровск|Владивосток|Ярославль|Махачкала|Томск|Оренбург|"
    "Кемерово|Новокузнецк|Рязань|Астрахань|Пенза|Липецк|Калининград|Тула|Курск|Сочи|"
    "Ставрополь|Мурманск|Архангельск|Грозный|Симферополь|Севастополь|Донецк|Луганск|"
    "Якутск|Петрозаводск|Сыктывкар|Чита|Улан-Удэ|Южно-Сахалинск|"
    "Петропавловск-Камчатский|Магадан|Норильск|Сургут|Белгород|Брянск|Смоленск|Тверь|"
    "Псков|Великий Новгород|Вологда|Кострома|Иваново|Калуга|Тамбов|Саранск|Чебоксары|"
    "Йошкар-Ола|Ульяновск|Нальчик|Владикавказ|Майкоп|Черкесск|Элиста|Абакан|Кызыл|"
    "Биробиджан|Анадырь|Салехард|Ханты-Мансийск|Женева|Вена|Рим|Мадрид|Варшава|Прага|"
    "Будапешт|Бухарест|София|Белград|Афины|Стокгольм|Осло|Хельсинки|Копенгаген|Брюссель|"
    "Амстердам|Гаага|Лиссабон|Дублин|Рига|Таллин|Вильнюс|Кишинев|Кишинёв|Бишкек|Душанбе|"
    "Ашхабад|Багдад|Дамаск|Бейрут|Иерусалим|Тель-Авив|Каир|Эр-Рияд|Доха|Дубай|Абу-Даби|"
    "Кабул|Исламабад|Нью-Дели|Дели|Шанхай|Гонконг|Сеул|Пхеньян|Ханой|Бангкок|Джакарта|"
    "Манила|Сидней|Канберра|Оттава|Мехико|Гавана|Каракас|Бразилиа|Буэнос-Айрес|Сантьяго|"
    "Лима|Богота|Претория|Йоханнесбург|Найроби|Аддис-Абеба|Харьков|Одесса|Днепр|Львов|"
    "Запорожье|Херсон|Николаев|Гомель|Брест|Гродно|Витебск|Могилев|Могилёв|Дніпро|"
    "Запоріжжя|Миколаїв|Вінниця|Полтава|Чернігів|Суми|Житомир|Рівне|Луцьк|Тернопіль|"
    "Ужгород|Чернівці|Івано-Франківськ|Черкаси|Маріуполь|Донецьк|Луганськ|Анкара|"
    "Вашингтон|Нью-Йорк|Лондон|Париж|Берлин|Пекин|Токио|Тегеран"
)

_COUNTRIES_WIDE = (
    # Portuguese
    "Turquia|Coreia do Norte|Coreia do Sul|Coreia|Inglaterra|Grécia|Holanda|Suécia|"
    "Noruega|Dinamarca|Polônia|Polónia|Ucrânia|Síria|Iraque|Irã|Irão|Egito|Índia|"
    "Colômbia|Bolívia|Paraguai|Uruguai|Equador|Canadá|Austrália|Nova Zelândia|"
    "África do Sul|Moçambique|Nigéria|Quênia|Etiópia|Líbia|Tunísia|Argélia|Marrocos|"
    "Afeganistão|Paquistão|Catar|Arábia Saudita|Emirados Árabes Unidos|Líbano|Jordânia|"
    "Iêmen|Bélgica|Áustria|Hungria|Romênia|Croácia|Finlândia|Irlanda|Escócia|"
    # Spanish
    "Turquía|Corea del Norte|Corea del Sur|Corea|Grecia|Países Bajos|Suecia|Polonia|"
    "Ucrania|Siria|Irak|Irán|Egipto|Japón|Colombia|Haití|Sudáfrica|Kenia|Libia|Túnez|"
    "Argelia|Marruecos|Afganistán|Pakistán|Arabia Saudí|Arabia Saudita|"
    "Emiratos Árabes Unidos|Jordania|Filipinas|Tailandia|Birmania|Nueva Zelanda|Escocia|"
    "Gales|Hungría|Rumania|Croacia|República Checa|Chequia|Eslovaquia|Eslovenia|"
    "Finlandia|Islandia|Letonia|Lituania|Bielorrusia|"
    # Italian
    "Turchia|Inghilterra|Olanda|Paesi Bassi|Svezia|Norvegia|Danimarca|Ucraina|Egitto|"
    "Corea del Nord|Messico|Brasile|Marocco|Emirati Arabi Uniti|Libano|Giordania|"
    "Filippine|Thailandia|Scozia|Belgio|Ungheria|Croazia|Repubblica Ceca|Slovacchia|"
    # German
    "Großbritannien|Griechenland|Niederlande|Schweden|Norwegen|Dänemark|Polen|Syrien|"
    "Ägypten|Indien|Nordkorea|Südkorea|Mexiko|Brasilien|Argentinien|Kanada|Australien|"
    "Südafrika|Libyen|Tunesien|Algerien|Marokko|Katar|Saudi-Arabien|"
    "Vereinigte Arabische Emirate|Libanon|Jordanien|Jemen|Philippinen|Indonesien|"
    "Schottland|Belgien|Ungarn|Rumänien|Bulgarien|Serbien|Kroatien|Tschechien|"
    "Slowakei|Slowenien|Finnland|Weißrussland|Albanien|Palästina|Gazastreifen|"
    "Westjordanland|Kuba|Kolumbien|Bolivien|"
    # French
    "Grande-Bretagne|Angleterre|Grèce|Pays-Bas|Suède|Norvège|Danemark|Pologne|Syrie|"
    "Égypte|Inde|Corée du Nord|Corée du Sud|Mexique|Brésil|Argentine|Australie|"
    "Afrique du Sud|Libye|Tunisie|Algérie|Maroc|Arabie saoudite|Émirats arabes unis|"
    "Liban|Jordanie|Yémen|Indonésie|Thaïlande|Irlande|Écosse|Hongrie|Roumanie|Bulgarie|"
    "Serbie|Croatie|Tchéquie|Slovaquie|Slovénie|Finlande|Islande|Biélorussie|Israël|"
    "Cisjordanie|Colombie|Pérou|Chili|Bolivie|Haïti|Sénégal|Tchad|Cameroun|"
    "Côte d'Ivoire|Guinée|RDC|Népal|"
    # Dutch, Indonesian
    "Duitsland|Frankrijk|België|Engeland|Verenigde Staten|Rusland|Oekraïne|Spanje|"
    "Italië|Turkije|Nederland|Amerika Serikat|Uni Emirat Arab|Jepang|Tiongkok|"
    # Russian
    "Великобритания|Япония|Италия|Испания|Турция|Израиль|Сирия|Ирак|Египет|Индия|"
    "Польша|Латвия|Литва|Эстония|Грузия|Армения|Азербайджан|Молдавия|Молдова|"
    "Узбекистан|Киргизия|Таджикистан|Туркмения|Афганистан|Пакистан|КНДР|Южная Корея|"
    "Венесуэла|Бразилия|Мексика|Куба|Канада|Австралия"
)

# States and provinces that follow a town (after a comma or in brackets), but are not
# taken alone: several are also surnames ("Guerrero", "Hidalgo").
_SUBREGIONS = (
    "Bayern|Baden-Württemberg|Nordrhein-Westfalen|NRW|Hessen|Niedersachsen|Sachsen|"
    "Sachsen-Anhalt|Thüringen|Brandenburg|Mecklenburg-Vorpommern|Schleswig-Holstein|"
    "Rheinland-Pfalz|Saarland|Niederösterreich|Oberösterreich|Steiermark|Tirol|Kärnten|"
    "Vorarlberg|Burgenland|Tessin|Ticino|Wallis|Valais|Graubünden|Aargau|Thurgau|Vaud|"
    "Lombardia|Piemonte|Veneto|Liguria|Emilia-Romagna|Toscana|Umbria|Marche|Lazio|"
    "Abruzzo|Molise|Campania|Puglia|Basilicata|Calabria|Sicilia|Sardegna|Trentino|"
    "Alto Adige|Südtirol|Friuli|Valle d'Aosta|Andalucía|Cataluña|Catalunya|Galicia|"
    "Asturias|Cantabria|País Vasco|Euskadi|Navarra|Aragón|Castilla y León|"
    "Castilla-La Mancha|Extremadura|Canarias|Baleares|Aguascalientes|Baja California|"
    "Baja California Sur|Chiapas|Coahuila|Durango|Guanajuato|Guerrero|Hidalgo|Jalisco|"
    "Estado de México|Michoacán|Morelos|Nayarit|Nuevo León|Oaxaca|Puebla|Quintana Roo|"
    "Sinaloa|Sonora|Tabasco|Tamaulipas|Veracruz|Yucatán|Acre|Alagoas|Amapá|Amazonas|"
    "Bahia|Ceará|Espírito Santo|Goiás|Maranhão|Mato Grosso|Mato Grosso do Sul|"
    "Minas Gerais|Pará|Paraíba|Paraná|Pernambuco|Piauí|Rio Grande do Norte|"
    "Rio Grande do Sul|Rondônia|Roraima|Santa Catarina|Sergipe|Tocantins|Maharashtra|"
    "Karnataka|Tamil Nadu|Andhra Pradesh|Telangana|Gujarat|Rajasthan|Uttar Pradesh|"
    "Madhya Pradesh|Bihar|Odisha|Orissa|Assam|Jharkhand|Chhattisgarh|Haryana|"
    "Himachal Pradesh|Uttarakhand|Goa|Jammu and Kashmir|Treviso|Wroclaw"
)
# Mexican and Brazilian state abbreviations, as Mexican and Brazilian datelines write them.
_LATIN_ABBREVIATIONS = (
    "Ags.|B.C.S.|BCS|Camp.|Coah.|Col.|Chis.|Chih.|CDMX|D.F.|DF|Dgo.|Gto.|Gro.|Hgo.|"
    "Jal.|Edomex|Edoméx|Méx.|Mex.|Mich.|Mor.|Nay.|NL|N.L.|Oax.|Pue.|Qro.|Q. Roo|QRoo|"
    "SLP|S.L.P.|Sin.|Son.|Tab.|Tamps.|Tlax.|Ver.|Yuc.|Zac.|SP|RJ|MG|BA|RS|PR|SC|PE|CE|"
    "AM|GO|ES|MA|PB|RN|PI|MT|MS|SE|RO|TO|AC|RR"
)

#: Names a dateline may give with nothing after them.
CITIES: frozenset[str] = _keys(_CITIES) | _keys(_CITIES_WIDE)
PLACES: frozenset[str] = (
    CITIES | _keys(_COUNTRIES) | _keys(_COUNTRIES_WIDE) | _keys(_US_STATES) | _keys(_PROVINCES)
)
#: Abbreviations of states and provinces: their dot is part of the place ("Mich.").
ABBREVIATIONS: frozenset[str] = (
    _keys(_US_ABBREVIATIONS) | _keys(_PROVINCE_ABBREVIATIONS) | _keys(_LATIN_ABBREVIATIONS)
)
#: Names that may follow a city after a comma: the places plus abbreviations.
REGIONS: frozenset[str] = PLACES | ABBREVIATIONS | _keys(_SUBREGIONS)


def is_known_city(name: str) -> bool:
    """True when the name is a major city (not a country or state)."""
    return key(name) in CITIES


def is_known_place(name: str) -> bool:
    """True when the name is a country, state, province or major city."""
    return key(name) in PLACES


def is_known_region(name: str) -> bool:
    """True when the name may stand after a city's comma: a state, country or abbreviation."""
    return key(name) in REGIONS


def is_abbreviation(word: str) -> bool:
    """True when the word is a state or province abbreviation ("Mich.", "NL.", "Ver.")."""
    return key(word) in ABBREVIATIONS
