"""What a page prints beside the article for its reader's tools, in the six languages: the
audio player's label, the reading time, the print button, a "read on" link, a video's
label, and the prompt to send the newsroom a tip. Each is the whole line, so a sentence
that uses the same words stays."""

from __future__ import annotations

from cleaners.rules.base import LINE, Rule, _r

_MINUTES = r"\d{1,3}\s*(?:min(?:ute)?s?|minuten?|minutos?|мин(?:ут[аы]?)?|хв(?:илин[иа]?)?)\.?"

TOOL_RULES: tuple[Rule, ...] = (
    # "Listen to this article", "Artikel anhören", "Écouter cet article", "Слухати статтю";
    # "Reading time: 3 minutes", "Lesezeit: 3 Min.", "4 min read"; "Print", "Drucken"
    Rule(
        "widget.reader",
        "the article's reader tools (listen, reading time, print)",
        _r(
            r"^(?:(?:listen to|hear) (?:this|the) (?:article|story)|"
            r"(?:artikel|beitrag) (?:anhören|vorlesen(?: lassen)?)|"
            r"(?:écouter|écoutez) (?:cet article|l[’']article)|"
            r"escuchar (?:este artículo|la noticia|esta noticia)|слушать (?:статью|новость)|"
            r"слухати (?:статтю|новину)|прослухати (?:статтю|новину)|"
            r"(?:estimated\s+)?reading time|(?:geschätzte\s+)?lese(?:zeit|dauer)|"
            r"temps de lecture|tiempo (?:estimado )?de lectura|время (?:на )?чтения|"
            r"час (?:на )?читання)"
            rf"(?:\s*[:·|–-]?\s*(?:ca\.\s*|approx\.\s*|~\s*)?{_MINUTES})?\s*$|"
            rf"^{_MINUTES}\s*(?:read|reading|lesezeit|lesedauer|de lecture|de lectura|"
            r"чтения|читання)\s*$|"
            r"^(?:print(?: this)?(?: article| page| story)?|drucken|artikel drucken|imprimer|"
            r"imprimer (?:cet article|l[’']article)|imprimir|печать|распечатать|друк|"
            r"друкувати|роздрукувати)\s*$|"
            # the text size's buttons: "Font size", "A A A", "Schriftgröße", "A- A+"
            r"^(?:(?:font|text) size|schriftgröße|taille (?:du texte|de la police)|"
            r"tamaño (?:de (?:la )?)?(?:letra|fuente|texto)|размер шрифта|розмір шрифту|"
            r"a\s*[-+]?\s+a\s*[-+]?(?:\s+a\s*[-+]?)?)\s*$"
        ),
        LINE,
        8,
        starts=(
            *("listen", "hear ", "artikel ", "beitrag ", "écout", "escuchar", "слушать"),
            *("слухати", "прослухати", "estimated", "reading time", "geschätzte", "lese"),
            *("temps de", "tiempo", "время", "час ", "print", "drucken", "imprim", "печать"),
            *("распечатать", "друк", "роздрукувати", "font size", "text size", "schriftgröße"),
            *("taille d", "tamaño", "размер шрифта", "розмір шрифту", "a ", "a-", "a+"),
            *"0123456789",
        ),
    ),
    # A link that opens the rest of the story: "Continue reading", "Weiterlesen", "Lire la
    # suite", "Seguir leyendo", "Leer más:", "Читать далее", "Читати далі"
    Rule(
        "nav.readon",
        "a link to the rest of the story",
        _r(
            r"^(?:continue reading|keep reading|read (?:the )?(?:full|whole|rest of the) "
            r"(?:article|story)|weiterlesen|weiter lesen|mehr lesen|lire la suite|"
            r"la suite de l[’']article|seguir leyendo|sigue leyendo|continuar leyendo|leer más|"
            r"lee más|leer mas|читать далее|читать дальше|читать полностью|читати далі|"
            r"читати повністю)\s*(?:[:»›→…]|\.\.\.)?\s*$"
        ),
        LINE,
        6,
        starts=(
            *("continue", "keep reading", "read ", "weiter", "mehr lesen", "lire la"),
            *("la suite", "seguir", "sigue", "continuar", "leer", "lee más", "читать"),
            "читати",
        ),
    ),
    # A video's label or its link: "Video", "Video: Stadtrat stimmt ab", "Vidéo : ...",
    # "Ver vídeo", "Смотрите видео", "Дивіться відео", "Watch the video"
    Rule(
        "video.label",
        "a video's label or link",
        _r(
            r"^(?:video|vídeo|vidéo|видео|відео)(?:\s*[:|–—]\s*[^.!?]{1,90})?\s*$|"
            r"^(?:watch the video|video ansehen|zum video|regarder la vidéo|voir la vidéo|"
            r"ver (?:el )?vídeo|смотрите видео|смотреть видео|дивіться відео|"
            r"дивитися відео)\s*[:»›→]?\s*$"
        ),
        LINE,
        16,
        starts=(
            *("video", "vídeo", "vidéo", "видео", "відео", "watch the", "zum video"),
            *("regarder", "voir la", "ver ", "смотр", "дивіт", "дивит"),
        ),
    ),
    # The series or dossier the story belongs to: "This article is part of our series on
    # ...", "Dieser Artikel ist Teil unseres Dossiers ...", "Zum Dossier"
    Rule(
        "nav.series",
        "the series or dossier the story belongs to",
        _r(
            r"^(?:(?:this|the) (?:article|story|piece) is (?:part|one) of (?:our|a|the|an)\s+"
            r"(?:[\w-]+\s+){0,3}?(?:series|special(?: report)?|package|investigation|project|"
            r"coverage|collection)\b.{0,80}|"
            r"(?:dieser|der) (?:artikel|beitrag|text) ist teil (?:unseres|unserer|des|der|eines|"
            r"einer)\s+(?:[\w-]+\s+){0,2}?(?:dossiers?|serie|schwerpunkts?|specials?|reihe|"
            r"themenwoche)\b.{0,80}|"
            r"cet article fait partie (?:de notre|du|de la|d[’']une?)\s+(?:[\w-]+\s+){0,2}?"
            r"(?:dossier|série|enquête|hors-série)\b.{0,80}|"
            r"este (?:artículo|texto) (?:es parte|forma parte) de (?:nuestro|nuestra|la|el|un|una)"
            r"\s+(?:[\w-]+\s+){0,2}?(?:especial|serie|dossier|investigación)\b.{0,80}|"
            r"(?:этот|данный) материал (?:является частью|входит в)\s+(?:[\w-]+\s+){0,2}?"
            r"(?:спецпроекта?|цикла?|серии|серию)\b.{0,80}|"
            r"(?:цей|даний) матеріал (?:є частиною|входить до)\s+(?:[\w-]+\s+){0,2}?"
            r"(?:спецпроєкту|циклу|серії)\b.{0,80}|"
            r"zum (?:dossier|schwerpunkt|special)|alle (?:artikel|beiträge) zum (?:dossier|thema)|"
            r"voir (?:le|notre) dossier|ver (?:el|nuestro) especial|"
            r"all (?:articles|stories) in (?:this|the) series)\s*[.:»›→]?\s*$"
        ),
        LINE,
        30,
        starts=(
            *("this ", "the ", "dieser", "der ", "cet article", "este ", "этот", "данный"),
            *("цей", "даний", "zum ", "alle ", "voir ", "ver ", "all "),
        ),
    ),
    # A button's label alone: subscribe, save or gift the article, a cookie banner's consent
    # ("Subscribe", "Artikel merken", "Offrir cet article", "Aceptar todo", "Прийняти все")
    Rule(
        "widget.buttons",
        "a button's label",
        _r(
            r"^(?:subscribe(?: now)?|abonnieren|jetzt abonnieren|s[’']abonner|abonnez-vous|"
            r"suscribirse|suscríbete|подписаться|підписатися|"
            r"save(?: this)? (?:article|story)|artikel (?:merken|speichern)|"
            r"(?:sauvegarder|enregistrer) (?:l[’']article|cet article)|guardar (?:el )?artículo|"
            r"сохранить (?:статью|материал)|зберегти (?:статтю|матеріал)|"
            r"gift (?:this )?(?:article|story)|artikel verschenken|offrir (?:cet|l[’']) ?article|"
            r"regalar (?:este )?artículo|"
            r"accept(?: all)?(?: cookies)?|reject all|alle akzeptieren|alle ablehnen|"
            r"tout accepter|tout refuser|aceptar(?: todo| todas| cookies)?|rechazar todo|"
            r"принять(?: все)?|отклонить все|прийняти(?: все)?|відхилити все|link copied!?|"
            r"manage (?:preferences|cookies|settings|consent)|einstellungen verwalten|"
            r"gérer (?:les )?(?:préférences|cookies)|gestionar (?:preferencias|cookies)|"
            r"do not sell(?: or share)? my (?:personal )?(?:info|information|data))\s*$"
        ),
        LINE,
        8,
        starts=(
            *("subscribe", "abonn", "jetzt abonn", "s'abonner", "s’abonner", "suscrib"),
            *("подписаться", "підписатися", "save", "artikel ", "sauvegarder", "enregistrer"),
            *("guardar", "сохранить", "зберегти", "gift", "offrir", "regalar", "accept"),
            *("reject", "alle ", "tout ", "aceptar", "rechazar", "принять", "отклонить"),
            *("прийняти", "відхилити", "link copied", "do not sell", "manage", "einstellungen"),
            *("gérer", "gestionar"),
        ),
    ),
    # A picture viewer's controls: "Enlarge this image", "Bild vergrößern", "1 / 12",
    # "Bildergalerie", "Увеличить фото"
    Rule(
        "widget.gallery",
        "a picture viewer's controls",
        _r(
            r"^(?:enlarge (?:this )?(?:image|photo|picture)|view (?:larger|full[- ]size) image|"
            r"bild(?:er)? vergrößern|bildergalerie|fotogalerie|fotostrecke|"
            r"agrandir (?:l[’']image|la photo)|galerie photos?|ampliar (?:la )?(?:imagen|foto)|"
            r"galería de (?:fotos|imágenes)|увеличить (?:фото|изображение)|фотогалерея|"
            r"збільшити (?:фото|зображення)|swipe (?:for|to see) more(?: photos| images)?|"
            r"(?:toggle|hide|show) caption|expand(?: (?:image|photo|gallery))?|"
            r"\d{1,3}\s*(?:/|of|von|sur|de|из|з)\s*\d{1,3})\s*$"
        ),
        LINE,
        5,
        starts=(
            *("enlarge", "view larger", "view full", "bild", "fotogalerie", "fotostrecke"),
            *("agrandir", "galerie", "ampliar", "galería", "увеличить", "фотогалерея"),
            *("збільшити", "swipe", "toggle", "hide", "show caption", "expand", *"0123456789"),
        ),
    ),
    # "Report an error", "Fehler melden", "Notice a typo? Select it and press Ctrl+Enter",
    # "Нашли ошибку? Выделите текст и нажмите Ctrl+Enter"
    Rule(
        "widget.feedback",
        "a prompt to report an error",
        _r(
            r"^(?:report an? (?:error|typo|correction)|(?:einen )?fehler melden|"
            r"(?:found|spotted|see|notice) an? (?:error|typo|mistake)\?(?:\s+(?:let us know|"
            r"tell us|contact us|email us)\.?)?|"
            r"(?:haben sie|hast du) einen fehler (?:gefunden|entdeckt)\?(?:\s+(?:schreiben sie "
            r"uns|schreib uns|melden sie (?:ihn|es) uns|sagen sie es uns)\.?)?|"
            r"vous avez (?:repéré|trouvé|vu) une (?:erreur|faute)\s*\?(?:\s+signalez-la\.?)?|"
            r"¿(?:has|ha) (?:visto|encontrado) (?:un|algún) error\?|"
            r"(?:нашли|заметили) ошибку\?|(?:знайшли|помітили) помилку\?|"
            r"signaler une (?:erreur|faute)|reportar un error|comunicar un error|"
            r"сообщить об ошибке|повідомити про помилку)\s*$"
        ),
        LINE,
        8,
        starts=(
            *("report a", "fehler", "einen fehler", "signaler", "reportar", "comunicar"),
            *("found a", "spotted a", "see a", "notice a", "haben sie", "hast du", "vous avez"),
            *("¿has", "¿ha", "нашли", "заметили", "знайшли", "помітили"),
            *("сообщить", "повідомити"),
        ),
    ),
    Rule(
        "widget.feedback",
        "a prompt to report an error",
        _r(
            r"^(?:[^.!?]{0,40}\?\s*|(?:if you|wenn sie|si vous|si (?:ves|ve)|если вы|якщо ви)\b"
            r"[^.!?]{0,40},\s*)?(?:select|markieren|sélectionnez|selecciona|выделите|виділіть)"
            r"\b.{0,60}\bctrl\s*\+\s*enter\b.{0,20}$"
        ),
        LINE,
        25,
        hints=("ctrl",),
    ),
    # What an embedded post or a player prints around it: "View this post on Instagram",
    # "Watch on YouTube", "Play Video", "This video is no longer available", "0:00 / 2:35",
    # "Podcast", "Jetzt anhören" (an embedded tweet's text and its "— Name (@handle) date"
    # line are the article's: they quote someone)
    Rule(
        "widget.media",
        "an embedded post's or a player's label",
        _r(
            r"^(?:view this post on (?:instagram|facebook|tiktok|x|twitter)|"
            r"diesen beitrag auf (?:instagram|facebook|tiktok) ansehen|"
            r"voir cette publication sur (?:instagram|facebook)|"
            r"ver esta publicación en (?:instagram|facebook)|"
            r"посмотреть эту публикацию в (?:instagram|facebook)|"
            r"переглянути цей допис в (?:instagram|facebook)|"
            r"(?:watch|listen|view) (?:it )?on (?:youtube|vimeo|spotify|apple podcasts|tiktok|"
            r"soundcloud|deezer)|"
            r"auf (?:youtube|vimeo|spotify|soundcloud) (?:ansehen|anhören|anschauen)|"
            r"(?:regarder|écouter) sur (?:youtube|spotify|deezer)|"
            r"(?:ver|escuchar) en (?:youtube|spotify)|(?:смотреть|слушать) на (?:youtube|spotify)|"
            r"(?:дивитися|слухати) на (?:youtube|spotify)|"
            r"embedded (?:video|content|post|tweet)|eingebettetes (?:video|audio)|"
            r"vidéo intégrée|vídeo incrustado|"
            r"click (?:here )?to (?:load|play|watch) the (?:video|audio|content)|"
            r"klicken sie hier,? um das (?:video|audio) (?:zu laden|abzuspielen)|"
            r"cliquez (?:ici )?pour (?:charger|lancer) la vidéo|"
            r"(?:this|the) video (?:is no longer|is not) available|"
            r"(?:this|the) video (?:can ?not|cannot|could not) be (?:played|loaded)|"
            r"video player (?:is )?loading(?:\.\.\.|…)?|"
            r"dieses video ist (?:nicht mehr|leider nicht) verfügbar|"
            r"cette vidéo n[’']est plus disponible|este vídeo ya no está disponible|"
            r"(?:это|данное) видео (?:больше )?недоступно|(?:це|дане) відео (?:більше )?недоступне|"
            r"play(?: the)? video|video abspielen|lire la vidéo|reproducir (?:el )?vídeo|"
            r"воспроизвести видео|відтворити відео|"
            r"audio|podcast|jetzt anhören|(?:écouter|écoutez) le podcast|"
            r"escucha (?:el|nuestro) podcast|(?:слушайте|слушать) подкаст|"
            r"(?:слухайте|слухати) подкаст|"
            r"(?:duration|dauer|durée|duración|длительность|тривалість)\s*:?\s*"
            r"(?:\d{1,2}:)?\d{1,2}:\d{2}|"
            r"(?:\d{1,2}:)?\d{1,2}:\d{2}\s*/\s*(?:\d{1,2}:)?\d{1,2}:\d{2})\s*$"
        ),
        LINE,
        10,
        starts=(
            *("view ", "diesen beitrag", "voir cette", "ver esta", "посмотреть", "переглянути"),
            *("watch", "listen", "auf ", "regarder", "écouter", "ver en", "escuchar", "смотреть"),
            *("слушать", "дивитися", "слухати", "embedded", "eingebettetes", "vidéo", "vídeo"),
            *("click", "klicken", "cliquez", "this video", "the video", "dieses video"),
            "video player",
            *("cette vidéo", "este vídeo", "это видео", "данное", "це відео", "дане"),
            *("play", "video abspielen", "lire la", "reproducir", "воспроизвести", "відтворити"),
            *("audio", "podcast", "jetzt anhören", "écoutez", "escucha", "слушайте", "слухайте"),
            *("duration", "dauer", "durée", "duración", "длительность", "тривалість"),
            *"0123456789",
        ),
    ),
    # The newsroom asks for tips: "Have a news tip? Contact us.", "Sie haben einen Hinweis?
    # Schreiben Sie uns.", "Vous avez une information ? Contactez-nous.", "Маєте новину?"
    Rule(
        "cta.tip",
        "a request for news tips",
        _r(
            r"^(?:(?:do you )?have a (?:news )?tip|got a (?:news )?tip|know something we should|"
            r"(?:sie haben|haben sie) (?:einen hinweis|einen tipp|eine information|eine story)|"
            r"hinweis an die redaktion|"
            r"vous avez une (?:information|info|histoire)|une info à nous (?:transmettre|"
            r"signaler)|"
            r"¿?(?:tienes|tiene|tenés) (?:una noticia|información|una historia|un dato)|"
            r"(?:есть|знаете) (?:новость|информаци[юя]|что-то)|"
            r"(?:маєте|знаєте) (?:новину|інформацію|щось))"
            r"\b[^.!?]{0,60}\?(?:\s+[^.!?]{1,80}[.!]?)?\s*$|"  # a question, then what to do
            r"^(?:submit|send|write) (?:us )?a letter to the editor[.!]?\s*$|"
            r"^we(?:'d| would)? (?:want|like|love) to hear from you[.!]"
            r"(?:\s+(?:share|tell us|send us)\b[^.!?]{0,60}[.!]?)?\s*$"
        ),
        LINE,
        25,
        starts=(
            *("do you have", "have a", "got a", "know something", "sie haben", "haben sie"),
            *("hinweis an", "vous avez", "une info", "¿", "tienes", "tiene", "tenés", "есть"),
            *("знаете", "маєте", "знаєте", "we want", "we'd", "we would", "submit", "send"),
            "write",
        ),
    ),
)
