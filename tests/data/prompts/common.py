"""Shared pieces of the labelled prompt set: obfuscation, the name split, world prompts.

The set is generated, deterministically, by ``build.py`` from two disjoint families of
templates and fillers: ``train_set.py`` (the classifier is fitted and every threshold is
chosen on it) and ``heldout_set.py`` (written separately, never tuned on; only
benchmarks/bench_policy.py reads it). This module holds what both need and what makes them
disjoint: which real people and which characters/brands each split may name.
"""

from __future__ import annotations

import random
import re
import zlib
from pathlib import Path

LABELS = ("benign", "violence", "sexual", "minors", "hate", "celebrity", "ip")
LEXICONS = (
    Path(__file__).resolve().parents[3] / "src" / "kinetoscope" / "safety" / "data" / "lexicons"
)


def entities(fname: str) -> list[list[str]]:
    """Every form of every entity of a shipped lexicon: [["Barack Obama", "Obama", ...], ...]."""
    out = []
    for line in (LEXICONS / fname).read_text("utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            out.append([f.strip() for f in line.lstrip("!").split("|") if f.strip()])
    return out


def heldout_name(name: str) -> bool:
    """A fixed quarter of the entities appear only in the held-out families (now dev..dev4)."""
    return zlib.crc32(name.encode()) % 4 == 0


# Entities added to the lexicons together with the fifth held-out split (heldout_set.py):
# the only split that names them, so its names are new to every other split (the dev splits
# had used up the held-out quarter). By first form; the lexicons list them last.
FRESH = frozenset(
    n.strip()
    for n in """Jacob Elordi|Ayo Edebiri|Jeremy Allen White|Jannik Sinner|Noah Lyles
    |Jude Bellingham|Awkwafina|Simu Liu|Ncuti Gatwa|Steven Yeun|Hunter Schafer
    |Mia Goth|Peso Pluma|Gracie Abrams|Benson Boone|Ahsoka Tano|Din Djarin|Cal Kestis
    |Gwen Stacy|Moon Knight|Shang-Chi|Omni-Man|Homelander|Frieren|Anya Forger|Gojo Satoru
    |Tanjiro Kamado|Nezuko Kamado|Toph Beifong|Avatar Aang|Rick Sanchez|Bob Belcher|Rilakkuma
    |Gudetama|Chiikawa|Aggretsuko|Hamtaro|Labubu|Squishmallows|Sylvanian Families|Liquid Death
    |Chupa Chups|Genshin Impact|Steven Universe|Finn the Human|Ultraman|Mothra
    |Duolingo""".split("|")
)


# Entities added to the lexicons together with the sixth held-out split (heldout_set.py; the
# fifth, which named FRESH, is now dev5): named by no other split.
FRESH2 = frozenset(
    n.strip()
    for n in """Lamine Yamal|Mikey Madison|Colman Domingo|Fernanda Torres|Adrien Brody|Demi Moore
    |Monica Barbaro|Cailee Spaeny|Rachel Zegler|Frances Tiafoe|Aryna Sabalenka|Iga Swiatek
    |Scottie Scheffler|Rory McIlroy|Bukayo Saka|Cole Palmer|Doechii|Shaboozey|Teddy Swims
    |Zach Bryan|Kuromi|Cinnamoroll|Pochacco|My Melody|Keroppi|Pompompurin|Sonny Angel|Jellycat
    |Smiski|Moomin|Miffy|Lucky Luke|Barbapapa|Pusheen|Molang|Sumikko Gurashi|Owala""".split("|")
)


# Entities added to the lexicons together with the seventh held-out split (now dev7_set.py; the
# sixth, which named FRESH2, is now dev6): named by no other split, and never by train_set.py.
FRESH3 = frozenset(
    n.strip()
    for n in """Jessie Buckley|Walton Goggins|Aimee Lou Wood|Stephen Graham|Tadej Pogacar
    |Jonas Vingegaard|Shai Gilgeous-Alexander|Nikola Jokic|Ilia Malinin|Alysa Liu|Gabby Thomas
    |Owen Cooper|Sterling K Brown|Jonathan Bailey|Tyla|Tems|Burna Boy|Noah Kahan|Armand Duplantis
    |Leon Marchand|Wallace and Gromit|Shaun the Sheep|Pingu|Ponyo|Woody Woodpecker|Noddy
    |Postman Pat|Fireman Sam|Clifford the Big Red Dog|Caillou|Babar|Tamagotchi|Furby|Funko Pop
    |Hydro Flask|Lululemon|Aperol|Spirou""".split("|")
)


# Entities added to the lexicons together with the eighth held-out split (heldout_set.py; the
# seventh, which named FRESH3, is now dev7): named by no other split, and never by train_set.py.
FRESH4 = frozenset(
    n.strip()
    for n in """Kieran Culkin|Sebastian Stan|Cynthia Erivo|Nicola Coughlan|Hiroyuki Sanada
    |Anna Sawai|Nathan Fielder|Quinta Brunson|Margaret Qualley|Lily Gladstone|Faith Kipyegon
    |Aitana Bonmati|Jamal Musiala|Oscar Piastri|Charles Leclerc|Xander Schauffele|Jasprit Bumrah
    |Mitski|Ayra Starr|Rauw Alejandro|Peter Rabbit|Gaston Lagaffe|Marsupilami|Hey Duggee
    |Bob the Builder|Octonauts|Curious George|Gruffalo|Pippi Longstocking|Cheburashka
    |Masha and the Bear|Powerpuff Girls|Phineas and Ferb|Tom Nook|Huggy Wuggy|Cuphead
    |Polly Pocket|Cabbage Patch Kids|Haribo|Le Creuset""".split("|")
)


# Entities added to the lexicons together with the ninth held-out split (dev9_set.py; the
# eighth, which named FRESH4, is now dev8): named by no other split, and never by train_set.py.
FRESH5 = frozenset(
    n.strip()
    for n in """Josh O'Connor|Mike Faist|Daisy Edgar-Jones|Emma Mackey|Paapa Essiedu|Riz Ahmed
    |Da'Vine Joy Randolph|Sha'Carri Richardson|Lando Norris|Sifan Hassan|Keely Hodgkinson
    |Femke Bol|Katie Ledecky|Declan Rice|Phil Foden|Tate McRae|Little Simz|Stormzy|Sam Fender
    |Stromae|Mr Men|Mega Man|Rayman|Sackboy|Hollow Knight|Shovel Knight|Rabbids|Igglepiggle
    |Ben and Holly|Wombles|Bagpuss|Count Duckula|Very Hungry Caterpillar|Talking Tom
    |Subway Surfers|Tupperware|Birkenstock|Oatly|Irn-Bru|Kinder Surprise""".split("|")
)


# Entities added to the lexicons together with the tenth held-out split (heldout_set.py; the
# ninth, which named FRESH5, is now dev9): named by no other split, and never by train_set.py.
FRESH6 = frozenset(
    n.strip()
    for n in """Emma Corrin|Yasmin Finney|Joe Alwyn|Olivia Dean|Central Cee|Rebeca Andrade
    |Letsile Tebogo|Jakob Ingebrigtsen|Florian Wirtz|Kimi Antonelli|Remco Evenepoel
    |Summer McIntosh|Saquon Barkley|Paige Bueckers|Marcus Rashford|Kemi Badenoch|Mark Carney
    |Kaja Kallas|Mette Frederiksen|Shigeru Ishiba|Numberblocks|Twirlywoos|Roary the Racing Car
    |Shin-chan|Miraculous Ladybug|Mr Blobby|Banjo-Kazooie|Ratchet and Clank|Bomberman
    |Earthworm Jim|Megamind|M3GAN|Playmobil|Beyblade|Hatchimals|Dr Martens|Nespresso
    |Ferrero Rocher|Pocky|Ribena""".split("|")
)


# Entities added to the lexicons together with the eleventh held-out split (now dev11; the
# tenth, which named FRESH6, is now dev10): named by no other split, and never by train_set.py.
FRESH7 = frozenset(
    n.strip()
    for n in """Zara Larsson|Tarkan|Jacob Collier|Damiano David|Arlo Parks|Mads Mikkelsen
    |Alicia Vikander|Jodie Comer|Mahershala Ali|Song Kang-ho|Mikaela Shiffrin|Connor McDavid
    |Neeraj Chopra|Alexia Putellas|Nadia Comaneci|Donald Tusk|Petr Fiala|Pierre Poilievre
    |Klaus Iohannis|Ekrem Imamoglu|Zig and Sharko|Pocoyo|Fraggle Rock|Anpanman|Inuyasha|Krtek
    |Pettson and Findus|Kral Sakir|Horrid Henry|Corto Maltese|Sly Cooper|Stardew Valley
    |Cult of the Lamb|Professor Layton|Milka|Kofola|Tunnock's|Rubik's Cube|Build-A-Bear
    |Moleskine""".split("|")
)


# Entities added to the lexicons together with the twelfth held-out split (now dev12; the
# eleventh, which named FRESH7, is now dev11): named by no other split, and never by train_set.py.
FRESH8 = frozenset(
    n.strip()
    for n in """Dominik Szoboszlai|Péter Magyar|Kristóf Milák|Géza Röhrig|Alexander Stubb|Käärijä
    |Teemu Pukki|Lauri Markkanen|Sanna Marin|Iko Uwais|Joe Taslim|Rich Brian|Anggun
    |Prabowo Subianto|Kyriakos Mitsotakis|Maria Sakkari|Yorgos Lanthimos|Miltiadis Tentoglou
    |Eleni Foureira|Stefanos Tsitsipas|Vuk|Mézga Family|Gombóc Artúr|Túró Rudi|Marimekko
    |Alan Wake|Max Payne|Brawl Stars|Risto Räppääjä|Si Unyil|Si Juki|Indomie|Kopiko
    |Upin and Ipin|Korres|Jenga|Hubba Bubba|Om Nom|Havaianas|Bamse""".split("|")
)


# Entities added to the lexicons together with the thirteenth held-out split (dev13_set.py;
# the twelfth, which named FRESH8, is now dev12): named by no other split, nor by train_set.py.
FRESH9 = frozenset(
    n.strip()
    for n in """Son Tung M-TP|Nguyen Quang Hai|Pham Minh Chinh|Veronica Ngo|Carlos Yulo|Hidilyn Diaz
    |Sarah Geronimo|Alden Richards|Sara Duterte|Diamond Platnumz|Samia Suluhu Hassan|William Ruto
    |Beatrice Chebet|Ferdinand Omanyala|Martin Odegaard|Casper Ruud|Renate Reinsve|Karsten Warholm
    |Jonas Gahr Store|Therese Johaug|Than Dong Dat Viet|Jollibee|Darna|Safaricom|Kaptein Sabeltann
    |Solan Gundersen|Karius and Baktus|Pelle Politibil|Kumamon|Pui Pui Molcar|Pororo|Robocar Poli
    |Titeuf|Kirikou|Pumuckl|Bolek and Lolek|Chhota Bheem|Mortadelo and Filemon|Turma da Monica
    |Lupo Alberto""".split("|")
)


# Entities added to the lexicons together with the fourteenth held-out split (dev14_set.py;
# the thirteenth, which named FRESH9, is now dev13): named by no other split, nor by train_set.py.
FRESH10 = frozenset(
    n.strip()
    for n in """Sandra Hüller|Daniel Brühl|Helene Fischer|Toni Kroos|Annalena Baerbock
    |Daniil Medvedev
    |Mirra Andreeva|Alexander Ovechkin|Yura Borisov|Yuzuru Hanyu|Hikaru Utada|Takefusa Kubo
    |Ryusuke Hamaguchi|Diljit Dosanjh|Alia Bhatt|Smriti Mandhana|Gukesh Dommaraju|Mikel Arteta
    |Son Heung-min|Angel Reese|Biene Maja|Benjamin Blümchen|Bibi Blocksberg|Käpt'n Blaubär
    |Ritter Sport|Nu Pogodi|Smeshariki|Luntik|Fixiki|Leopold the Cat|Chibi Maruko-chan|Sazae-san
    |Kamen Rider|Shimajiro|Pocari Sweat|Motu Patlu|Shaktimaan|Parle-G|Haldiram's
    |Oggy and the Cockroaches""".split("|")
)


# Entities added to the lexicons together with the fifteenth held-out split (dev15_set.py;
# the fourteenth, which named FRESH10, is now dev14): named by no other split, nor by train_set.py.
FRESH11 = frozenset(
    n.strip()
    for n in """Lee Jung-jae|Park Chan-wook|Jung Ho-yeon|Kim Yuna|Ma Dong-seok|Lee Byung-hun
    |Ons Jabeur
    |Achraf Hakimi|Riyad Mahrez|Amr Diab|Nancy Ajram|Nadine Labaki|Ramy Youssef|Tony Jaa
    |Apichatpong Weerasethakul|Paetongtarn Shinawatra|Elina Svitolina|Yaroslava Mahuchikh
    |Mykhailo Mudryk|Artem Dovbyk|Pinkfong|Tayo the Little Bus|Kakao Friends
    |Dooly the Little Dinosaur|Hello Carbot|Shin Ramyun|Binggrae Banana Milk|Robot Taekwon V
    |Yakult|Monchhichi|Bernard Bear|Abla Fahita|Almarai|Al Baik|Khan Kluay|Krating Daeng
    |Tao Kae Noi|Butterbear|Nova Poshta|Nemiroff""".split("|")
)


# Entities added to the lexicons together with the sixteenth held-out split (dev16_set.py;
# the fifteenth, which named FRESH11, is now dev15): named by no other split, nor by train_set.py.
FRESH12 = frozenset(
    n.strip()
    for n in """Zhang Ziyi|Yang Mi|Xiao Zhan|Jay Chou|Eileen Gu|Zheng Qinwen|Noa Kirel|Shira Haas
    |Lior Raz|Deni Avdija|Omer Adam|Golshifteh Farahani|Taraneh Alidoosti|Asghar Farhadi
    |Mehdi Taremi|Googoosh|Masoud Pezeshkian|Nikolaj Coster-Waldau|Caroline Wozniacki
    |Viktor Axelsen|Holger Rune|Rasmus Højlund|Pleasant Goat and Big Big Wolf|Boonie Bears
    |Black Myth: Wukong|Mixue|Lao Gan Ma|Honor of Kings|Calabash Brothers|Bing Dwen Dwen|Fauda
    |Shtisel|Kippi Ben Kippod|SodaStream|Kolah Ghermezi|Digikala|Shekarestan|Rasmus Klump
    |Olsen Gang|Cirkeline|Carlsberg|Ternet Ninja""".split("|")
)


# Entities added to the lexicons together with the seventeenth held-out split (now dev17_set.py):
# named by no other split, nor by train_set.py.
FRESH13 = frozenset(
    n.strip()
    for n in """Babar Azam|Mahira Khan|Fawad Khan|Atif Aslam|Hania Aamir|Arshad Nadeem
    |Shehbaz Sharif
    |Shakib Al Hasan|Jaya Ahsan|Muhammad Yunus|Mamata Banerjee|Sourav Ganguly|Aleksandar Vučić
    |Dušan Vlahović|Jelena Janković|Marija Šerifović|Pedri|Carles Puigdemont|Marc Márquez|Pau Gasol
    |Burka Avenger|Ainak Wala Jinn|Rooh Afza|Feluda|Byomkesh Bakshi|Nonte Fonte|Bantul the Great
    |Professor Shonku|Tin Goyenda|bKash|Aarong|Professor Balthazar|Lapitch the Little Shoemaker
    |Knjaz Miloš|Jelen Pivo|Cedevita|Plazma Keks|Les Tres Bessones|Estrella Damm|Cacaolat
    |Freixenet""".split("|")
)

# Entities added to the lexicons together with the eighteenth held-out split (now dev18_set.py):
# named by no other split, nor by train_set.py.
FRESH14 = frozenset(
    n.strip()
    for n in """Rajinikanth|Kamal Haasan|Dhanush|Nayanthara|Vijay Sethupathi|A. R. Rahman
    |Siti Nurhaliza|Anwar Ibrahim|Lee Chong Wei|Nicol David|Zizan Razak|Grigor Dimitrov
    |Hristo Stoichkov|Dimitar Berbatov|Maria Bakalova|Rumen Radev|Khvicha Kvaratskhelia
    |Giorgi Mamardashvili|Salome Zourabichvili|Nino Katamadze|Lasha Talakhadze
    |Chennai Super Kings|Nalli Silks|Saravana Bhavan|Aachi Masala|Ananda Vikatan|BoBoiBoy
    |Ejen Ali|Didi and Friends|Mamee Monster|Keluang Man|Ramly Burger|AirAsia|Petronas
    |Kamenitza|Zagorka|Pirinsko|Borjomi|Nabeghlavi|Lagidze Waters|Natakhtari""".split("|")
)

# Entities added to the lexicons together with the nineteenth held-out split (now dev19_set.py):
# named by no other split, nor by train_set.py.
FRESH15 = frozenset(
    n.strip()
    for n in """Sidhu Moose Wala|AP Dhillon|Karan Aujla|Gurdas Maan|Sonam Bajwa|Bhagwant Mann
    |Siya Kolisi|Wayde van Niekerk|Tatjana Smith|Eben Etzebeth|Steve Hofmeyr|Bok van Blerk
    |Emin Agalarov|Aysel Teymurzade|Teymur Rajabov|Shahriyar Mammadyarov|Ilham Aliyev
    |Henrikh Mkhitaryan|Nikol Pashinyan|Levon Aronian|Sirusho|Serj Tankian|Verka|Hero Cycles
    |Punjab Kings|Ouma Rusks|Mrs Ball's Chutney|Castle Lager|Nik Naks|Chappies|Liewe Heksie
    |Madam & Eve|Klipdrift|Azercell|SOCAR|Sirab|Badamli|Azerçay|Ararat Brandy|Grand Candy
    |Kilikia Beer|Kikos""".split("|")
)

# Entities added to the lexicons together with the twentieth held-out split (now dev20_set.py):
# named by no other split, nor by train_set.py.
FRESH16 = frozenset(
    n.strip()
    for n in """Andy Lau|Tony Leung Chiu-wai|Stephen Chow|Donnie Yen|Eason Chan|Siobhan Haughey
    |John Lee Ka-chiu|Madhuri Dixit|Riteish Deshmukh|Nana Patekar|Asha Bhosle|Devendra Fadnavis
    |Ajinkya Rahane|Davido|Tiwa Savage|Funke Akindele|Genevieve Nnaji|Victor Osimhen|Tobi Amusan
    |Bola Tinubu|Chimamanda Ngozi Adichie|Peter Sagan|Marek Hamšík|Petra Vlhová|Zuzana Čaputová
    |Robert Fico|Sanae Takaichi|Ousmane Dembélé|McDull|Old Master Q|Vitasoy|Café de Coral
    |Cathay Pacific|Lee Kum Kee|Suppandi|Mumbai Indians|Lijjat Papad|Chitale Bandhu|Amul|Jenifa
    |Peak Milk|Chivita|Chicken Republic|Jumia|Horalky|Tatranky|Zlatý Bažant|Vinea""".split("|")
)

# Entities added to the lexicons together with the twenty-first held-out split (now dev21_set.py):
# named by no other split, nor by train_set.py.
FRESH17 = frozenset(
    n.strip()
    for n in """Allu Arjun|Prabhas|Mahesh Babu|Ram Charan|S. S. Rajamouli|P. V. Sindhu|Pawan Kalyan
    |Chiranjeevi|Haile Gebrselassie|Kenenisa Bekele|Tirunesh Dibaba|Abiy Ahmed|Teddy Afro
    |Mulatu Astatke|Baltasar Kormákur|Gylfi Sigurðsson|Hafþór Júlíus Björnsson|Katrín Jakobsdóttir
    |Ólafur Arnalds|Halla Tómasdóttir|Arvydas Sabonis|Jonas Valančiūnas|Rūta Meilutytė
    |Gitanas Nausėda|Ingrida Šimonytė|Mykolas Alekna|Zohran Mamdani|Ilona Maher|Baahubali
    |Pushpa Raj|Sunrisers Hyderabad|Karachi Bakery|Paradise Biryani|Ethiopian Airlines
    |Habesha Beer|Tomoca|Tsehai Loves Learning|LazyTown|Icelandair|66°North|Nói Síríus|Brennivín
    |Švyturys|Kakė Makė|Žalgiris Kaunas|Čili Pica|KPop Demon Hunters|Balatro""".split("|")
)

# Entities added to the lexicons together with the twenty-second held-out split (now
# dev22_set.py): named by no other split, nor by train_set.py.
FRESH18 = frozenset(
    n.strip()
    for n in """Rajesh Hamal|Paras Khadka|Balen Shah|Pushpa Kamal Dahal|Nabin K Bhattarai
    |Priyanka Karki|Rohit Paudel|Edi Rama|Granit Xhaka|Majlinda Kelmendi|Era Istrefi|Albin Kurti
    |Rita Ora|Ermal Meta|Jacob Zuma|Master KG|Nomcebo Zikode|Thuso Mbedu|Percy Tau|Cassper Nyovest
    |Caster Semenya|Ott Tänak|Kelly Sildaru|Tommy Cash|Arvo Pärt|Anett Kontaveit|Alar Karis
    |Kristen Michal|Wai Wai|Goldstar Shoes|Khukuri Rum|Himalayan Java|Birra Korça|Birra Peja
    |Uji Tepelena|KF Tirana|Kaizer Chiefs|Orlando Pirates|Mamelodi Sundowns|Uzalo|Takalani Sesame
    |Leiutajateküla Lotte|Vana Tallinn|Sipsik|Saku Originaal""".split("|")
)

# Entities added to the lexicons together with the twenty-third held-out split (now
# dev23_set.py): named by no other split, nor by train_set.py.
FRESH19 = frozenset(
    n.strip()
    for n in """Dimash Kudaibergen|Kassym-Jomart Tokayev|Gennady Golovkin|Elena Rybakina
    |Alexander Bublik|Shavkat Rakhmonov|Kairat Nurtas|Wizkid|Asake|Olamide|Adekunle Gold
    |Odunlade Adekola|Kunle Afolayan|Babajide Sanwo-Olu|Ademola Lookman|Primož Roglič|Jan Oblak
    |Janja Garnbret|Anže Kopitar|Robert Golob|Slavoj Žižek|Tina Maze|Hardik Pandya
    |Ravindra Jadeja|Falguni Pathak|Geeta Rabari|Bhupendra Patel|Cheteshwar Pujara|Kinjal Dave
    |Kaspi.kz|Air Astana|Barys Astana|Halyk Bank|Papa Ajasco|King of Boys|Gulder|Mr Bigg's
    |Zvezdica Zaspanka|Muca Copatarica|Cockta|Argeta|Taarak Mehta Ka Ooltah Chashmah
    |Balaji Wafers|Gujarat Titans|Wagh Bakri""".split("|")
)

# Entities added to the lexicons together with the twenty-fourth held-out split (now
# dev24_set.py): named by no other split, nor by train_set.py.
FRESH20 = frozenset(
    n.strip()
    for n in """Mohanlal|Mammootty|Fahadh Faasil|Dulquer Salmaan|Sanju Samson|Pinarayi Vijayan
    |K. S. Chithra|Kristaps Porziņģis|Jeļena Ostapenko|Edgars Rinkēvičs|Evika Siliņa
    |Gints Zilbalodis|Laima Vaikule|Mārtiņš Dukurs|Gareth Bale|Michael Sheen|Rhys Ifans
    |Geraint Thomas|Eluned Morgan|Katherine Jenkins|Bryn Terfel|Shavkat Mirziyoyev
    |Eldor Shomurodov|Abdukodir Khusanov|Bakhodir Jalolov|Sevara Nazarkhan|Nodirbek Abdusattorov
    |Kerala Blasters|Milma|Luttappi|Dinkan|Minnal Murali|Kalyan Jewellers|Riga Black Balsam
    |airBaltic|Aldaris|Staburadze|SuperTed|Sali Mali|Ivor the Engine|Penderyn Whisky|Wrexham AFC
    |Pakhtakor|Uzbekistan Airways|UzAuto Motors""".split("|")
)

# Entities added to the lexicons together with the twenty-fifth held-out split (now
# dev25_set.py): named by no other split, nor by train_set.py.
FRESH21 = frozenset(
    n.strip()
    for n in """Colin Farrell|Niall Horan|Micheál Martin|Leo Varadkar|Mary Lou McDonald|Katie Taylor
    |Johnny Sexton|Brendan Gleeson|Rishab Shetty|Puneeth Rajkumar|Kichcha Sudeep
    |Rashmika Mandanna|Rahul Dravid|Anil Kumble|Siddaramaiah|Prakash Raj|Ali Nuhu|Rahama Sadau
    |Adam A. Zango|Rabiu Kwankwaso|Muhammadu Buhari|Aliko Dangote|Ahmed Musa|Sanath Jayasuriya
    |Kumar Sangakkara|Lasith Malinga|Muttiah Muralitharan|Jacqueline Fernandez
    |Anura Kumara Dissanayake|Mahinda Rajapaksa|Tayto|Barry's Tea|Father Ted|Supermac's
    |Shamrock Rovers|Dustin the Turkey|Royal Challengers Bengaluru|Mysore Sandal Soap|KGF|Kantara
    |Kwana Casa'in|Labarina|Kano Pillars|Elephant House|Munchee|Dilmah""".split("|")
)

# Entities added to the lexicons together with the twenty-sixth held-out split (now
# dev26_set.py): named by no other split, nor by train_set.py.
FRESH22 = frozenset(
    n.strip()
    for n in """Roberta Metsola|Robert Abela|Joseph Muscat|Ira Losco|Joseph Calleja
    |Destiny Chukunyere|Emma Muscat|Iñaki Williams|Nico Williams|Mikel Oyarzabal|Unai Simón
    |Iñigo Urkullu|Karlos Arguiñano|Bernardo Atxaga|Fermin Muguruza|Garbiñe Muguruza|K'naan
    |Hassan Sheikh Mohamud|Ilhan Omar|Warsan Shire|Nuruddin Farah|Mohamed Abdullahi Farmaajo
    |Aar Maanta|Ukhnaagiin Khürelsükh|Luvsannamsrain Oyun-Erdene|Tsakhiagiin Elbegdorj
    |Khaltmaagiin Battulga|Hakuhō Shō|Asashōryū Akinori|Alex Warren|Kinnie|Cisk|Twistees
    |Ħamrun Spartans|Athletic Bilbao|Real Sociedad|Pirritx eta Porrotx|Kaiku|Eroski|Goenkale
    |Hormuud|Dahabshiil|MIAT Mongolian Airlines|Gobi Cashmere|Chinggis Beer|Khan Bank""".split("|")
)

# Entities added to the lexicons together with the twenty-seventh held-out split (now
# dev27_set.py): named by no other split, nor by train_set.py.
FRESH23 = frozenset(
    n.strip()
    for n in """Wyclef Jean|Michel Martelly|Edwidge Danticat|Jean-Bertrand Aristide|Garry Conille
    |Samuel Dalembert|Duckens Nazon|Alberto Núñez Feijóo|Mariano Rajoy|Amancio Ortega|Iago Aspas
    |Luz Casal|Luis Tosar|Ana Pontón|Taika Waititi|Temuera Morrison|Christopher Luxon|Richie McCaw
    |Beauden Barrett|Kiri Te Kanawa|Lydia Ko|Hun Sen|Hun Manet|Norodom Sihamoni|Preap Sovath
    |Meas Soksophea|VannDa|Sinn Sisamouth|Rithy Panh|Addison Rae|Rhum Barbancourt|Bière Prestige
    |Cola Couronne|Digicel|Estrella Galicia|Celta de Vigo|Xabarín Club|Whittaker's Chocolate
    |Pineapple Lumps|Lemon & Paeroa|Footrot Flats|Angkor Beer|ABA Bank|Ganzberg|Hazbin Hotel
    |Dandadan|Amazing Digital Circus""".split("|")
)

# Entities added to the lexicons together with the twenty-eighth held-out split (now
# dev28_set.py): named by no other split, nor by train_set.py.
FRESH24 = frozenset(
    n.strip()
    for n in """Peter Obi|Flavour N'abania|Phyno|Nkem Owoh|Jay-Jay Okocha|Ngozi Okonjo-Iweala
    |Patience Ozokwor|Youssou N'Dour|Sadio Mané|Kalidou Koulibaly|Bassirou Diomaye Faye
    |Ousmane Sonko|Wally Seck|Julie Fowlis|Sam Heughan|Karen Gillan|John Swinney|Nicola Sturgeon
    |Scott McTominay|Lewis Capaldi|Nonito Donaire|Max Surban|Kathryn Bernardo|Jose Mari Chan|SB19
    |Bongbong Marcos|Cooper Flagg|Joao Fonseca|Innoson Motors|Enyimba FC|Osuofia in London
    |Aki na Ukwa|Kirène|Sonatel|Air Sénégal|Oor Wullie|The Broons|Balamory|Katie Morag|Laphroaig
    |Mang Inasal|Chowking|Tanduay|Pugad Baboy|Cebu Pacific|Sakamoto Days|Skibidi Toilet
    |Clair Obscur: Expedition 33""".split("|")
)

# Entities added to the lexicons together with the twenty-ninth held-out split (now
# dev29_set.py): named by no other split, nor by train_set.py.
FRESH25 = frozenset(
    n.strip()
    for n in """Denny Caknan|Happy Asmara|Via Vallen|Ganjar Pranowo|Gibran Rakabuming Raka
    |Joko Widodo|Hamengkubuwono X|Fally Ipupa|Koffi Olomidé|Innoss'B|Félix Tshisekedi
    |Chancel Mbemba|Ferre Gola|Shenseea|Popcaan|Vybz Kartel|Shelly-Ann Fraser-Pryce
    |Andrew Holness|Sean Paul|Hristijan Mickoski|Gordana Siljanovska-Davkova|Goran Pandev
    |Eljif Elmas|Kaliopi|Gudang Garam|Teh Botol Sosro|Tolak Angin|Persebaya Surabaya|Djarum
    |TP Mazembe|AS Vita Club|Congo Airways|Bralima|Radio Okapi|Wray & Nephew|Juici Patties
    |GraceKennedy|Appleton Estate|Pickapeppa|Skopsko|Tikveš|Vitaminka|Zlaten Dab|RK Vardar
    |Solo Leveling|Kaiju No. 8|Split Fiction|Pluribus""".split("|")
)

# Entities added to the lexicons together with the thirtieth held-out split (now
# dev30_set.py): named by no other split, nor by train_set.py.
FRESH26 = frozenset(
    n.strip()
    for n in """Paul Kagame|Louise Mushikiwabo|Meddy|Bruce Melodie|Israel Mbonyi|Knowless Butera
    |Dina Boluarte|José Jerí|Renata Flores|Magaly Solier|Paolo Guerrero|Gastón Acurio
    |Min Aung Hlaing|Aung San Suu Kyi|Nay Toe|Wutt Hmone Shwe Yi|Sai Sai Kham Leng
    |Masrour Barzani|Nechirvan Barzani|Selahattin Demirtaş|Şivan Perwer|Aynur Doğan|Helly Luv
    |Karol Nawrocki|RwandAir|Akabanga|Inyange Industries|Rayon Sports|APR FC|Inca Kola|Cusqueña
    |Alianza Lima|Universitario de Deportes|Sporting Cristal|D'Onofrio|Myanmar Beer|KBZPay
    |Myanmar Airways International|Grand Royal Whisky|Korek Telecom|Asiacell|Rudaw|Kurdistan 24
    |Amedspor|Tung Tung Tung Sahur|Ghost of Yōtei""".split("|")
)

# Entities added to the lexicons together with the thirty-first held-out split (now
# dev31_set.py): named by no other split, nor by train_set.py.
FRESH27 = frozenset(
    n.strip()
    for n in """John Mahama|Nana Akufo-Addo|Sarkodie|Shatta Wale|Stonebwoy|Black Sherif
    |Mohammed Kudus|Emmerson Mnangagwa|Nelson Chamisa|Jah Prayzah|Winky D|Kirsty Coventry
    |Sikandar Raza|Fiamē Naomī Mataʻafa|Tuilaepa Sailele Malielegaoi|La'auli Leuatea Schmidt
    |Ardie Savea|Jarome Luai|King Kapisi|Alexander Lukashenko|Sviatlana Tsikhanouskaya
    |Maria Kalesnikava|Max Korzh|Darya Domracheva|Svetlana Alexievich|Asante Kotoko
    |Accra Hearts of Oak|Kalyppo|FanMilk|Africa World Airlines|Dynamos FC|Chibuku
    |Mazoe Orange Crush|Air Zimbabwe|Zambezi Lager|Vailima Beer|Samoa Airways|Manu Samoa|Bro'Town
    |BATE Borisov|Belavia|Alivaria|Kommunarka|Milavitsa|Ballerina Cappuccina|Steal a Brainrot
    |Apothecary Diaries""".split("|")
)


# Entities added to the lexicons together with the thirty-second held-out split (now
# dev32_set.py): named by no other split, nor by train_set.py.
FRESH28 = frozenset(
    n.strip()
    for n in """Andry Rajoelina|Marc Ravalomanana|Michael Randrianirina|Hery Rajaonarimampianina
    |Jaojoby|James Marape|Justin Tkatchenko|Dika Toua|Toea Wisil|Justin Olam|O-Shen|Luc Frieden
    |Xavier Bettel|Jean-Claude Juncker|Vicky Krieps|Gilles Muller|Andy Schleck|Fränk Schleck
    |Leandro Barreiro|Grand Duke Guillaume|Thongloun Sisoulith|Sonexay Siphandone
    |Alexandra Bounxouei|Harris Dickinson|Lola Young|Désiré Doué|Beerlao|Lao Airlines|Dao Coffee
    |Air Niugini|SP Lager|PNG Hunters|Trukai|PNG Kumuls|Madagasikara Airways|Three Horses Beer
    |Dzama|Barea de Madagascar|Bofferding|Luxair|Cargolux|F91 Dudelange|Villeroy & Boch
    |Chainsaw Man|Blue Lock|Oshi no Ko|Smiling Friends|Grow a Garden|King Julien""".split("|")
)


# Entities added to the lexicons together with the thirty-third held-out split (heldout_set.py;
# the thirty-second, which named FRESH28, is now dev32): named by no other split, nor by
# train_set.py.
FRESH29 = frozenset(
    n.strip()
    for n in """Israel Kamakawiwoʻole|Duke Kahanamoku|Carissa Moore|Brian Schatz|Mazie Hirono
    |Auliʻi Cravalho|Jake Shimabukuro|Nicole Scherzinger|Santiago Peña|Fernando Lugo
    |José Luis Chilavert|Roque Santa Cruz|Miguel Almirón|Berta Rojas|Sadyr Japarov
    |Almazbek Atambayev|Roza Otunbayeva|Chinghiz Aitmatov|Valentina Shevchenko|Aisuluu Tynybekova
    |Kamchybek Tashiev|Sitiveni Rabuka|Frank Bainimarama|Semi Radradra|Waisale Serevi|Jerry Tuwai
    |Hawaiian Airlines|Zippy's|Hawaii Five-0|Club Olimpia|Cerro Porteño|Shoro|Air Manas
    |Dordoi Bishkek|Abdysh-Ata|Fiji Water|Fiji Airways|Flying Fijians|Fiji Drua|Stellar Blade
    |Palworld|Helldivers|Lethal Company|Tralalero Tralala|Bombardiro Crocodilo
    |Murder Drones""".split("|")
)


# Every FRESH set in the order of the splits that name them: dev5, dev6, ..., the held-out one.
FRESH_SETS = (
    FRESH, FRESH2, FRESH3, FRESH4, FRESH5, FRESH6, FRESH7, FRESH8, FRESH9, FRESH10, FRESH11,
    FRESH12, FRESH13, FRESH14, FRESH15, FRESH16, FRESH17, FRESH18, FRESH19,
    FRESH20, FRESH21, FRESH22, FRESH23, FRESH24, FRESH25, FRESH26,
    FRESH27, FRESH28, FRESH29,
)
ALL_FRESH = frozenset().union(*FRESH_SETS)


def names(fname: str, heldout: bool) -> list[str]:
    """All forms of the entities of one split (an entity is split by its first form); never
    the FRESH .. FRESH29 ones (fresh_names)."""
    out = [
        f
        for forms in entities(fname)
        if forms[0] not in ALL_FRESH and heldout_name(forms[0]) == heldout
        for f in forms
    ]
    if not heldout:  # "Kirby Nintendo" would name the held-out "Nintendo"
        held = [f.lower() for f in names(fname, True) if len(f) > 6]
        out = [f for f in out if not any(h in f.lower() for h in held)]
    return out


def fresh_names(fname: str, fresh: frozenset = FRESH) -> list[str]:
    """All forms of the ``fresh`` entities of one lexicon: FRESH for the fifth held-out split
    (now dev5), FRESH2 for the sixth (now dev6), FRESH3 for the seventh (now dev7), FRESH4 for
    the eighth (now dev8), FRESH5 for the ninth (now dev9), FRESH6 for the tenth (now dev10),
    FRESH7 for the eleventh (now dev11), FRESH8 for the twelfth (now dev12), FRESH9 for the
    thirteenth (now dev13), FRESH10 for the fourteenth (now dev14), FRESH11 for the fifteenth
    (now dev15), FRESH12 for the sixteenth (now dev16), FRESH13 for the seventeenth
    (now dev17), FRESH14 for the eighteenth (now dev18), FRESH15 for the nineteenth
    (now dev19), FRESH16 for the twentieth (now dev20), FRESH17 for the twenty-first
    (now dev21), FRESH18 for the twenty-second (now dev22), FRESH19 for the twenty-third
    (now dev23), FRESH20 for the twenty-fourth (now dev24), FRESH21 for the twenty-fifth
    (now dev25), FRESH22 for the twenty-sixth (now dev26), FRESH23 for the twenty-seventh
    (now dev27), FRESH24 for the twenty-eighth (now dev28), FRESH25 for the twenty-ninth
    (now dev29), FRESH26 for the thirtieth (now dev30), FRESH27 for the thirty-first
    (now dev31), FRESH28 for the thirty-second (now dev32), FRESH29 for the thirty-third
    (heldout_set.py)."""
    return [f for forms in entities(fname) if forms[0] in fresh for f in forms]


# -- obfuscation -----------------------------------------------------------------------------

LEET = {"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7", "g": "9", "b": "8", "l": "1"}
LEET_SYMBOL = {"a": "@", "s": "$", "i": "!", "l": "|", "t": "+"}
CYRILLIC = {
    "a": "а",
    "e": "е",
    "o": "о",
    "p": "р",
    "c": "с",
    "x": "х",
    "y": "у",
    "i": "і",
    "s": "ѕ",
    "k": "к",
    "h": "һ",
    "j": "ј",
}
GREEK = {
    "a": "α",
    "o": "ο",
    "i": "ι",
    "k": "κ",
    "n": "η",
    "p": "ρ",
    "t": "τ",
    "v": "ν",
    "x": "χ",
    "y": "γ",
    "u": "υ",
}
ZERO_WIDTH = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"]


def leet(word: str, rng: random.Random, symbols: bool = False) -> str:
    table = dict(LEET, **LEET_SYMBOL) if symbols else LEET
    out = [table[c] if c in table and rng.random() < 0.6 else c for c in word]
    if out == list(word):  # make sure something changed
        for i, c in enumerate(word):
            if c in table:
                out[i] = table[c]
                break
    return "".join(out)


def spaced(word: str, rng: random.Random) -> str:
    sep = rng.choice([" ", ".", "-", "_", " . ", "*"])
    return sep.join(word)


def homoglyph(word: str, rng: random.Random, table: dict | None = None) -> str:
    table = table or rng.choice([CYRILLIC, GREEK])
    out = [table[c] if c in table and rng.random() < 0.7 else c for c in word]
    return "".join(out)


def zero_width(word: str, rng: random.Random) -> str:
    out = []
    for c in word:
        out.append(c)
        if rng.random() < 0.5:
            out.append(rng.choice(ZERO_WIDTH))
    return "".join(out)


def fullwidth(word: str, rng: random.Random) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in word)


def combining(word: str, rng: random.Random) -> str:
    mark = rng.choice(["\u0336", "\u0301", "\u0308", "\u0332", "\u0335"])
    return "".join(c + mark if c.isalpha() else c for c in word)


def repeated(word: str, rng: random.Random) -> str:
    vowels = [i for i, c in enumerate(word) if c in "aeiou"]
    if not vowels:
        return word
    i = rng.choice(vowels)
    return word[:i] + word[i] * rng.randint(3, 5) + word[i + 1 :]


def shouting(word: str, rng: random.Random) -> str:
    return "".join(c.upper() if rng.random() < 0.5 else c for c in word)


# The single-method obfuscators every held-out split draws from, in this order (the order
# fixes the RNG draws, so the splits regenerate byte-identical); each split adds combinations
# of its own. The training split has its own list.
SINGLE_OBFUSCATORS = (leet, spaced, homoglyph, zero_width, repeated, shouting, combining, fullwidth)


def obfuscate(text: str, rng: random.Random, methods, n_words: int = 2) -> str:
    """Apply one method to the longest few words (the ones a filter would look for)."""
    method = rng.choice(methods)
    words = re.findall(r"[A-Za-z]{4,}", text)
    targets = sorted(set(words), key=lambda w: (-len(w), w))[: max(1, n_words)]
    rng.shuffle(targets)
    for w in targets[:n_words]:
        text = re.sub(rf"\b{re.escape(w)}\b", lambda m: method(m.group(), rng), text, count=1)
    return text


def finish(rows, rng: random.Random, methods, *, p: float = 0.25, tag: str = ":obf"):
    """Add an obfuscated copy of each row with probability ``p`` (source + ``tag``), then drop
    repeated texts keeping the first. Every split ends this way; the RNG draws stay in row order."""
    extra = [(obfuscate(text, rng, methods), label, src + tag)
             for text, label, src in rows if rng.random() < p]
    seen, unique = set(), []
    for row in rows + extra:
        if row[0] not in seen:
            seen.add(row[0])
            unique.append(row)
    return unique


def assemble(rng: random.Random, slots: dict, families: dict[str, list[str]],
             benign_templates: list[str], methods, *, tag: str, benign: int = 1300,
             world: int = 250, name: tuple[str, list[str]] | None = None):
    """A held-out split: 180 prompts per harmful family (its templates in turn), ``benign``
    benign prompts (a ``name`` placeholder filled from its pool, one draw per prompt) and
    ``world`` world prompts, then ``finish``. Sources are ``label:{tag}{template}``."""
    out: list[tuple[str, str, str]] = []
    for label, templates in families.items():
        for k in range(180):
            t = k % len(templates)
            out.append((fill(templates[t], rng, slots), label, f"{label}:{tag}{t}"))
    for k in range(benign):
        t = k % len(benign_templates)
        text = fill(benign_templates[t], rng, slots)
        if name is not None:
            text = text.replace(name[0], rng.choice(name[1]))
        out.append((text, "benign", f"benign:{tag}{t}"))
    out += [(world_prompt(rng), "benign", f"benign:{tag}world") for _ in range(world)]
    return finish(out, rng, methods)



def fresh_split(seed: int, base: dict, benign: dict, families, methods, fresh: frozenset, *,
                tag: str, placeholder: str = "{fresh}", max_toon_words: int | None = None):
    """A held-out split that names only the ``fresh`` entities (dev5 .. heldout): its slots
    ``base`` plus "star" and "toon" from the lexicons and the benign pools, the harmful
    ``families`` (functions returning templates) and benign templates, put together by
    ``assemble`` with ``placeholder`` filled from the fresh names."""
    rng = random.Random(seed)
    slots = dict(base)
    slots["star"] = fresh_names("celebrities.txt", fresh)
    slots["toon"] = [c for c in fresh_names("ip.txt", fresh)
                     if max_toon_words is None or len(c.split()) <= max_toon_words]
    slots.update({k: v for k, v in benign.items() if k != "templates"})
    names = slots["star"] + slots["toon"]
    built = {f.__name__: f() for f in families}
    return assemble(rng, slots, built, benign["templates"], methods, tag=tag,
                    name=(placeholder, names))

# -- the world language (world/SPEC.md) --------------------------------------------------------

SIZES = {"small": ["small", "little", "tiny"], "large": ["large", "big", "huge"]}
SHAPES = {
    "circle": ["circle", "ball", "disc"],
    "square": ["square", "box", "block"],
    "triangle": ["triangle"],
}
COLOURS = ["red", "orange", "yellow", "green", "cyan", "blue", "magenta"]
MOVES = {
    "right": ["moves right", "goes right", "slides to the right", "travels rightward"],
    "left": ["moves left", "goes left", "slides to the left", "travels leftward"],
    "up": ["moves up", "goes up", "slides up", "travels upward"],
    "down": ["moves down", "goes down", "slides down", "travels downward"],
    "still": ["stays still", "does not move", "rests", "sits still"],
    "bounce": ["bounces", "bounces on the floor"],
    "around": ["bounces around", "bounces off the walls"],
}
HPOS = {
    "left": ["on the left", "at the left", "on the left side"],
    "right": ["on the right", "at the right", "on the right side"],
    "center": ["in the center", "in the middle"],
}
VPOS = {"top": ["at the top", "on the top"], "bottom": ["at the bottom", "on the bottom"]}


def world_prompt(rng: random.Random) -> str:
    """A caption in the toy world's language, with the synonyms and orders SPEC.md allows."""

    def scene() -> str:
        n = rng.choice([1, 1, 2, 2, 3])
        colours = rng.sample(COLOURS, n)
        clauses = []
        for colour in colours:
            size = rng.choice(SIZES[rng.choice(list(SIZES))])
            shape = rng.choice(SHAPES[rng.choice(list(SHAPES))])
            where = rng.choice(
                [
                    rng.choice(HPOS[rng.choice(list(HPOS))]),
                    rng.choice(VPOS[rng.choice(list(VPOS))]),
                    f"at the {rng.choice(['top', 'bottom'])} {rng.choice(['left', 'right'])}",
                    "",
                ]
            )
            move = rng.choice(MOVES[rng.choice(list(MOVES))])
            clauses.append(" ".join(p for p in [f"a {size} {colour} {shape}", where, move] if p))
        parts = [", and ".join(clauses)]
        if rng.random() < 0.25:
            parts.append("behind a brown wall")
        if n == 1 and rng.random() < 0.2:
            parts.append("eats the dots")
        if rng.random() < 0.25:
            parts.append(f"while the camera pans {rng.choice(['left', 'right'])}")
        parts.append(f"on a {rng.choice(['black', 'gray', 'white'])} background")
        return ", ".join(parts)

    if rng.random() < 0.2:
        k = rng.choice([2, 3])
        return " ".join(f"Shot {i + 1}: {scene()}." for i in range(k))
    text = scene() + "."
    return text[0].upper() + text[1:] if rng.random() < 0.5 else text


def fill(template: str, rng: random.Random, slots: dict[str, list[str]]) -> str:
    """'{person} walks' -> 'a woman walks' (each {slot} drawn from slots[slot])."""
    return re.sub(r"\{(\w+)\}", lambda m: rng.choice(slots[m.group(1)]), template)
