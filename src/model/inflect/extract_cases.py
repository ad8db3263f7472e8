# Reference words for src/model/inflect: singular_noun and plural_noun as inflect
# 7.6.0 computes them. Run with the oracle venv's python:
#   python extract_cases.py > cases.tsv
import inflect as I, re, sys
e = I.engine()
words = set()
def add(w):
    if w and not re.search(r"[\s\-|]", w) and "(" not in w and "\\" not in w and "?" not in w and "." not in w:
        words.add(w)
for name in dir(I):
    v = getattr(I, name)
    if name.startswith(("pl_sb_", "si_sb_")):
        if isinstance(v, dict):
            for k, x in v.items():
                if isinstance(k, str): add(k)
                if isinstance(x, str): add(x)
                elif isinstance(x, (set, list, tuple)):
                    for y in x: add(y)
        elif isinstance(v, (list, tuple, set)):
            for y in v:
                if isinstance(y, str): add(y)
common = """users user posts post tags tag comments comment categories category addresses address
people person children child statuses status orders order order_items order_item invoices invoice
companies company employees employee departments department products product inventories inventory
countries country cities city boxes box buses bus quizzes quiz wolves wolf leaves leaf knives knife
heroes hero photos photo potatoes potato videos video radios radio data datum media medium analyses
analysis indices index matrices matrix vertices vertex aliases alias campuses campus viruses virus
series news sheep fish mice mouse geese goose teeth tooth feet foot men man women woman criteria
criterion phenomena phenomenon cacti cactus fungi fungus octopi octopus syllabi syllabus theses thesis
crises crisis diagnoses diagnosis oases oasis axes axis taxes tax faxes fax churches church wishes wish
dishes dish glasses glass classes class passes pass kisses kiss buzzes buzz fezzes fez days day keys key
boys boy toys toy surveys survey journeys journey monkeys monkey valleys valley plays play attorneys
halves half selves self shelves shelf calves calf elves elf lives life wives wife thieves thief loaves
roofs roof chiefs chief beliefs belief proofs proof cliffs cliff staffs staff giraffes giraffe
settings setting metadata files file accounts account sessions session logs log events event messages
message notifications notification permissions permission roles role groups group members member
followers follower likes like votes vote ratings rating reviews review payments payment transactions
transaction shipments shipment suppliers supplier vendors vendor customers customer carts cart
wishlists wishlist coupons coupon discounts discount prices price currencies currency languages language
translations translation pages page sections section articles article authors author books book
chapters chapter libraries library loans loan branches branch stores store warehouses warehouse
stocks stock items item entries entry queries query replies reply stories story histories history
activities activity utilities utility facilities facility properties property galleries gallery
batches batch matches match watches watch patches patch switches switch sketches sketch
processes process accesses access successes success businesses business statuses campuses
bonuses bonus focuses focus censuses census lenses lens atlases atlas canvases canvas
Users User Posts BlogPosts OrderItems People Person Children Categories Addresses UserAddresses
Statuses Analyses Companies Boxes Wolves Heroes Series News Data Media Indices Matrices Mice Men
blog_posts blog_post user_addresses order_items post_tags tag_posts line_items parent child
api_keys access_tokens refresh_tokens audit_logs schema_migrations alembic_version
it its they them we us i you he she his her Hers Us Them THEY USERS POSTS PEOPLE
equipment information rice money species deer moose bison salmon trout aircraft
thing things stuff doohickey doohickeys bass basses octopus platypus platypuses
lasso lassos echo echoes piano pianos solo solos zero zeros embargo embargoes
cafe cafes safe safes tornado tornadoes volcano volcanoes tomato tomatoes
quay quays soliloquy soliloquies colloquy colloquies penny pennies die dice
ox oxen louse lice forceps biceps zoon zoa protozoon protozoa
Kelly Kellys Mary Marys Sally Sallys Tony Tonys
""".split()
for w in common: add(w)
for w in list(words):
    if w.islower() and w.isascii():
        add(w.capitalize())
out = []
print("# word\tsingular_noun (or - for False)\tplural_noun -- inflect", I.__version__ if hasattr(I, "__version__") else "7.6.0")
for w in sorted(words):
    try:
        s = e.singular_noun(w)
        p = e.plural_noun(w)
    except Exception as ex:
        continue
    if "\t" in w: continue
    print(f"{w}\t{s if s is not False else '-'}\t{p}")
