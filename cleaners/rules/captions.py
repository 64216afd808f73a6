"""Captions and picture credits: dropped, and kept as images in the metadata."""

from __future__ import annotations

import re

from cleaners.rules.base import CAPTION, LINE, Rule, _r
from cleaners.rules.patterns import _AGENCIES, _PICTURE_SOURCES, _UP, DATE_RE, MONTHS

CAPTION_RULES: tuple[Rule, ...] = (
    # --- captions and credits (long lines allowed: captions are often two sentences) -----
    Rule(
        "caption.slideshow",
        "slideshow caption",
        _r(r"^\d{1,3}\s*(?:of|/)\s*\d{1,3}\s*[|:•]"),
        CAPTION,
        120,
    ),
    # A picture's credit alone on its line, under the picture: an agency or a photo library,
    # or a photographer's name after a slash or "via" ("AP Photo/Jane Roe", "AFP via Getty
    # Images"). Credits with a caption before them are the next rule's.
    Rule(
        "caption.credit",
        "photo caption with credit",
        _r(
            r"^[(\[]?(?P<credit>(?:(?:©|\(c\))\s*)?(?:(?:pool|file|handout)\s+)?"
            rf"(?:{_PICTURE_SOURCES}|{_AGENCIES})(?:\s+(?:photos?|images?|pictures?|foto))?"
            rf"(?:\s*(?:/|\bvia\b|\bfor\b)\s*(?:{_PICTURE_SOURCES}|{_AGENCIES}|"
            rf"{_UP}[\w.'’-]+(?:\s+{_UP}[\w.'’-]+){{0,3}})(?:\s+(?:photos?|images?|pictures?))?)*"
            r")[)\]]?\s*$",
            0,
        ),
        CAPTION,
        8,
    ),
    # The photographer's name, then the agency or library ("Al Goldis, Associated Press")
    Rule(
        "caption.credit",
        "photo caption with credit",
        _r(
            # (not a byline: "By Jane Roe, The Associated Press")
            rf"^(?!(?i:by|von|par|por|de|від|от)\s)"
            rf"(?P<credit>(?:{_UP}[\w.'’-]+\s+){{1,3}}{_UP}[\w.'’-]+\s*[,/|]\s*"
            rf"(?:{_AGENCIES}|{_PICTURE_SOURCES})(?:\s+(?:photos?|images?))?)\s*$",
            0,
        ),
        CAPTION,
        8,
        needs=re.compile(r"[,/|]"),  # the separator after the name
    ),
    Rule(
        "caption.credit",
        "photo caption with credit",
        _r(
            r"(?:(?:^|[\s.(\[|])(?:(?:pool|file|handout|ap|afp|reuters)\s+)?"
            r"(?:photo(?:graph)?s?|imagen?|picture|foto|фото|bild(?:quelle)?|fotograf[ií]a|"
            r"crédits? photo|beitragsbild|titelbild|aufmacherbild|kuva|illustration|"
            r"infographie|infograf[ií]a|инфографика|інфографіка|symbolfoto|screenshot|скриншот|"
            r"capture d[’']écran|captura de pantalla|crédits?|copyright)"
            r"\s*(?:by|:|courtesy(?: of)?|credit:?)"
            r"\s*[^.!?]{2,90}?"
            r"|credit\s*(?:…|\.\.\.|:)\s*\S[^!?]{0,90}?"
            r"|\|\s*license photo|^fot\.\s*[^.!?]{2,90}"
            r"|^image (?:copyright|source)\b.*\bimage caption\b.*"
            r"|^(?:image|media) (?:copyright|source|caption),?\s+\S.*"
            r"|^(?:beitragsbild|titelbild|aufmacherbild|vorschaubild|bildnachweis|"
            r"fotonachweis|featured image|image credit|photo credit)\s*:.*"
            r"|\((?:ap|afp|reuters|epa|upi|xinhua)\s+photo\s*/\s*[^)]{2,60}\)"
            r"|(?:^|\s)(?:reuters|afp|ap|epa|efe|anadolu)\s*/\s*[A-Z][\w.'’ -]{2,60}"
            r"|(?-i:\((?:[A-Z][\w.'’-]+\s?){1,4}\s*/\s*[A-Z][\w.&'’ -]{1,40}\))"
            rf"|\([^()]{{0,60}}\b{_PICTURE_SOURCES}(?:\.com)?\b[^()]{{0,30}}\)"
            r"|/\s*(?:reuters|afp|ap|epa|getty images)\s+files?(?: photo)?"
            r"|[.!?] by (?-i:[A-Z][A-Z.&'’ -]{3,60})"
            r"|(?:/|\||[.!?]\s|\s(?:via|by)\s)\s*(?:getty images|shutterstock|ap photo|afp|reuters|"
            r"epa(?:-efe)?|upi|"
            r"alamy|bloomberg|anadolu agency|sipa usa|ukrinform|(?<=[.!?]\s)(?:efe|dpa|ansa))"
            r"(?: via [\w ]+)?"
            r")\s*[)\]]?\s*(?:\|\s*license photo)?\s*$"
        ),
        CAPTION,
        120,
        # every branch names a picture, a credit or an agency, or holds a slash; EPA and UPI
        # without a slash come after a space or a bar (repair turns tabs and the non-breaking
        # and typographic spaces into plain ones), so "department" and "occupied" are not
        # searched
        hints=(
            *("photo", "image", "picture", "foto", "фото", "bild", "credit", "/", "afp", "fot."),
            *("kuva", "illustration", "infogra", "инфографика", "інфографіка", "screenshot"),
            *("скриншот", "capture d", "captura de", "crédit", "copyright", "media "),
            *("reuters", " epa", "|epa", " upi", "|upi", "getty", "shutterstock", "alamy"),
            *("bloomberg", "anadolu", "sipa", "ukrinform", "istock", "unsplash", "pexels"),
            ". by ",
            "! by ",
            *(". efe", ". dpa", ". ansa"),
            "? by ",
            *("depositphotos", "imago", "picture alliance", "eyevine", "zuma", "nurphoto"),
        ),
    ),
    # Wire-photo captions carry the place and full date of the picture, after a comma or the
    # place name ("..., left, speaks during a campaign stop, Tuesday, Nov. 19, 2019, in
    # Columbia, S.C."; "This March 28, 2017, file photo shows ..."); prose puts a preposition
    # before a date ("on Tuesday, Nov. 19", "set for Monday, March 3"). Short lines are post
    # dates ("Updated 3:27 am PST, Wednesday, November 20, 2019"), not captions.
    Rule(
        "caption.dated",
        "photo caption (the picture's place and full date)",
        _r(
            r"(?:(?:,|\bthis|(?-i:\b[A-Z][\w.]*))\s+"
            rf"(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+{MONTHS}\s+\d{{1,2}},\s+\d{{4}}\b"
            rf"|\bthis\s+(?:\w+,?\s+)?{DATE_RE},?\s+(?:file\s+)?(?:photo(?:graph)?|image|picture)"
            r")"
        ),
        CAPTION,
        80,
        12,
        # a weekday, or (after "this") a picture word
        hints=(
            *("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"),
            *("photo", "image", "picture"),
        ),
        needs=re.compile(r"\d{4}"),  # the year: both branches end their date with one
    ),
    # A label saying the picture is illustrative or from the archive ("Фото ілюстративне",
    # "Photo d'illustration", "Imagen de archivo"), with an optional credit after it.
    Rule(
        "caption.label",
        "illustrative or file photo label",
        _r(
            r"^(?:(?:photo|foto|фото|image|imagen|bild)\s+(?:ілюстративне|иллюстративное|"
            r"для ілюстрації|для иллюстрации|d'illustration|de archivo|d'archives?|"
            r"for illustration(?: purposes)?|(?:з|из|de|from)\s+(?:відкритих джерел|"
            r"открытых источников|соцмереж|соцсетей|архіву|архива|archives?|archivo))"
            r"|(?:ілюстративне|иллюстративное|illustrative|archival)\s+(?:фото|photo|image)"
            r"|(?:архивное|архівне)\s+фото|foto (?:ilustrativa|de archivo)|"
            r"скриншот|screenshot|capture d[’']écran|captura de pantalla|"
            r"symbolbild|archivbild|archivfoto|(?:file|stock) (?:photo|image))"
            r"(?:\s*[.:|/–-]?\s*[^.!?]{0,60})?$"
        ),
        LINE,
        12,
        starts=(
            *("photo", "foto", "фото", "image", "bild", "ілюстративне", "иллюстративное"),
            *("illustrative", "archival", "symbolbild", "archivbild", "archivfoto", "file "),
            *("stock ", "архивное", "архівне", "скриншот", "screenshot", "capture d"),
            "captura de",
        ),
    ),
    # A figure's caption under its number ("Abbildung 4: Die grösste Lawine ...", "Abb. 2 –
    # ...", "Figure 3: ..."), or the word alone before a colon ("Abbildung: Schneehöhen im
    # Mattertal"); prose says "Figure 3 shows", without the colon or dash
    Rule(
        "caption.figure",
        "figure caption",
        _r(
            r"^(?:abbildung|abb\.|figure|fig\.|grafik|schaubild|figura|ilustración|"
            r"рисунок|рис\.|малюнок|мал\.)"
            r"(?:\s*\d{1,3}[a-z]?\s*[:.–—-]|\s*:)\s+\S.*$"
        ),
        CAPTION,
        80,
        starts=(
            *("abbildung", "abb.", "figure", "fig.", "grafik", "schaubild", "figura"),
            *("ilustración", "рисунок", "рис.", "малюнок", "мал."),
        ),
    ),
    # Who is where in the picture: a name, then "(l.)", "(rechts)", "(left)", "(izq.)" or
    # "(from left)": a caption's way of speaking, not prose's (not "(Mitte)": "Im Ofen
    # (Mitte) backen" is a recipe's)
    Rule(
        "caption.people",
        "photo caption (who is where in the picture)",
        _r(
            r"(?-i:[A-ZÀ-ÞА-Я][\w'’.-]+)\s+\((?:l\.|r\.|li\.|re\.|m\.|v\.\s?l\.(?:\s?n\.\s?r\.)?|"
            r"links|rechts|left|right|izq\.|izquierda|der\.|derecha|à gauche|à droite|"
            r"зліва|справа|слева|"
            r"(?:from )?l(?:eft)?\s?(?:to|-|–)\s?r(?:ight)?|from (?:left|right)|"
            r"(?:\d\.\s?)?von (?:links|rechts))\)"
        ),
        CAPTION,
        50,
        hints=("(",),
    ),
)
