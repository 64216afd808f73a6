"""The page around the article: related stories, galleries, comments, sharing, syndication
footers, navigation, tags and advertising."""

from __future__ import annotations

import re

from cleaners.rules.base import GALLERY, HEADER, LINE, Rule, _r
from cleaners.rules.patterns import _AGENCIES

PAGE_RULES: tuple[Rule, ...] = (
    # --- related stories ------------------------------------------------------------------
    Rule(
        "related.widget",
        "related-stories widget",
        _r(
            r"^(?:recommended stories|\d+\s+items?\s+list\s*(?:end of list)?|"
            r"list of \d+ items?(?:\s*end of list)?|end of list)\s*$"
        ),
        HEADER,
        8,
        hints=("recommended stories", "list"),
    ),
    Rule(
        "related.header",
        "related-stories header",
        _r(
            r"^(?:other topics of interest|more(?=\s*:)|"
            r"related(?: stories| articles| news| content| coverage|"
            r" posts| reading| topics)?|read (?:also|more|next)|also read|see also|more reading|"
            r"you (?:may|might) (?:also )?(?:like|enjoy|be interested in)|"
            r"more (?:stories|news|articles) (?:from|on|like this).*|more on (?:this|that) .*|"
            r"more from\b.*|(?:trending|popular|most read|top stories) (?:on|in|at) .*|"
            r"don'?t miss|editor'?s picks|"
            r"recommended(?: for you| reading| articles| posts| stories)?|"
            r"what to read next|trending articles|"
            r"читайте також|читайте также|по теме|по темі|lesen sie auch|mehr zum thema|"
            r"das könnte sie auch interessieren|auch interessant|à lire aussi|a lire aussi|"
            r"lire aussi|"
            r"sur le même sujet|te puede interesar|lee también|lea también|noticias relacionadas|"
            r"більше новин|інші новини|другие новости|ещё по теме|weitere artikel|"
            r"також читайте|дивіться також|читайте по темі|новини по темі|смотрите также|"
            r"новости по теме|читайте по теме|читайте ещё|читайте еще|"
            r"das könnte dich auch interessieren|lire également|vous aimerez aussi|"
            r"vous pourriez aussi aimer|voir aussi|ver también|lea además|"
            r"artículos relacionados|contenido relacionado|te recomendamos|"
            r"plus d'articles|à voir aussi|más noticias|también te puede interesar|"
            r"ähnliche beiträge|beliebte beiträge(?: zum thema)?|verwandte (?:artikel|beiträge)|"
            r"artikel zum thema|articles similaires|publications similaires|"
            r"entradas relacionadas|publicaciones relacionadas|weitere artikel zum thema|"
            r"weiterlesen|zum weiterlesen|schon gelesen\?|empfohlene (?:beiträge|artikel)|"
            r"関連記事|関連する記事|おすすめ記事|人気記事|"
            r"weitere beiträge(?: zum thema)?|mehr zum thema (?:auf|bei|von|im) \S.{0,40}|"
            r"(?:das|dies|diese[rs]?)\s+(?:(?:thema|themen|artikel|beitrag|beiträge)\s+)?"
            r"könnten? (?:dich|sie|euch) "
            r"(?:auch|ebenfalls) interessieren|"
            r"(?:también )?(?:le|les|te|os) (?:puede|pueden|podría|podrían) interesar|"
            r"(?:ceci|cela|ça) (?:pourrait|peut) (?:aussi |également )?vous intéresser|"
            r"czytaj (?:też|także|również)|zobacz (?:też|także|również)|polecamy|"
            # "Mehr zum Thema Radwege", "Plus sur ce sujet", "Больше по теме", "Other news"
            r"mehr zum thema\s+\S.{0,40}|plus sur (?:ce|le même) sujet|"
            r"más sobre (?:este|el) tema|больше по теме|більше (?:на цю тему|за темою)|"
            r"(?:more|other|latest) news|weitere nachrichten|autres actualités|"
            r"(?:d[’']autres|plus d[’']|dernières) actualités|otras noticias|últimas noticias|"
            r"другие новости|інші новини|останні новини|последние новости)"
            r"\s*[:.…!]?$"
        ),
        HEADER,
        8,
        starts=(
            *("other topics", "more", "related", "read ", "also read", "see also", "you "),
            *("trending", "popular", "most read", "top stories", "don", "editor"),
            *("recommended", "what to read", "читайте", "по те", "lesen sie", "mehr zum"),
            *("das könnte", "auch interessant", "à lire", "a lire", "lire ", "sur le même"),
            *("te ", "lee ", "lea ", "noticias", "більше", "інші", "другие", "ещё"),
            *("weitere", "також", "дивіться", "новини", "смотрите", "новости", "vous "),
            *("voir aussi", "ver también", "artículos", "contenido", "plus d'", "à voir"),
            *("más noticias", "también", "ähnliche", "beliebte", "verwandte", "artikel zum"),
            *("articles similaires", "publications", "entradas", "publicaciones"),
            *("weiterlesen", "zum weiterlesen", "schon gelesen", "empfohlene", "das ", "dies"),
            *("関連", "おすすめ", "人気"),
            *("le ", "les ", "os ", "ceci", "cela", "ça ", "czytaj", "zobacz"),
            *("polecamy", "plus sur", "más sobre", "больше", "other news", "latest news"),
            *("autres", "d'autres", "d’autres", "dernières", "otras", "últimas", "останні"),
            "последние",
        ),
    ),
    Rule(
        "related.inline",
        "related-story teaser",
        _r(
            r"^(?:read more|read also|also read|related|see also|more|watch|listen|"
            r"читайте також|читайте также|дивіться також|смотрите также|lesen sie auch|"
            r"auch interessant|mehr zum thema|à lire aussi|lire aussi|à voir aussi|voir aussi|"
            r"lee también|lea también|te puede interesar|ver también|також читайте|"
            r"читайте ще|читайте ещё|читайте еще|lire également|lea además|"
            r"(?:también )?(?:le|te) (?:puede|podría) interesar|czytaj (?:też|także|również)|"
            r"zobacz (?:też|także|również)|lesen sie (?:dazu|hier)|mehr dazu|"
            r"à lire (?:également|ensuite|aussi)|leer más|lee más)"
            r"\s*(?::|\||>|»|–|—)\s*\S"
        ),
        LINE,
        30,
        starts=(
            *("read ", "also read", "related", "see also", "more", "watch", "listen"),
            *("читайте", "дивіться", "смотрите", "lesen sie", "auch interessant", "mehr zum"),
            *("à lire", "lire ", "à voir", "voir aussi", "lee ", "lea ", "te puede"),
            *("ver también", "також", "también", "le ", "czytaj", "zobacz", "mehr dazu"),
            "leer más",
        ),
    ),
    # --- galleries ----------------------------------------------------------------------
    Rule(
        "gallery.header",
        "gallery header",
        _r(
            r"^(?:scenes from\b|in pictures\b|photos?:|gallery\b|slideshow\b|photo gallery\b)"
            r"[^.!?…]*$"
        ),
        GALLERY,
        12,
        starts=("scenes from", "in pictures", "photo", "gallery", "slideshow"),
    ),
    # --- comments, blog widgets, sharing ----------------------------------------------------
    Rule(
        "comment.form",
        "comment form",
        _r(
            r"^(?:leave a (?:reply|comment)|cancel reply|post a comment|add a comment|"
            r"\d+\s+comments?|comments?(?:\s*\(\d+\))?|show comments|view comments|"
            # a comment count in the other languages ("12 Kommentare", "Commentaires (3)"; a
            # bare "Kommentar" heads an opinion column)
            r"\d+\s+(?:kommentare?|commentaires?|comentarios?|коментар\w*|комментари\w*)|"
            r"(?:kommentare|commentaires|comentarios|коментарі|комментарии)\s*\(\d+\)|"
            r"(?:\d+|one|two|three) (?:thoughts?|responses?|repl(?:y|ies)) (?:on|to) .{1,120}|"
            r"join the (?:conversation|discussion)|"
            r"your email address will not be published\.?.*|required fields are marked.*|"
            r"save my name, email.*|you must be logged in to post a comment.*|"
            r"залишити коментар|коментарі|оставить комментарий|комментарии|kommentar schreiben|"
            r"kommentare|laisser un commentaire|commentaires|deja un comentario|"
            r"dejar un comentario|comentarios|"
            # the comment section's headers and notices (closed, awaiting moderation)
            r"schreib(?:e|en sie)? einen kommentar|kommentar verfassen|"
            r"hinterlasse einen kommentar|(?:keine kommentare\s*)?kommentare sind geschlossen\.?|"
            r"keine kommentare|(?:no comments\s*)?comments are closed\.?|"
            r"(?:your|dein|ihr) (?:comment|kommentar) (?:is awaiting moderation|"
            r"muss noch freigegeben werden|wartet auf (?:freischaltung|moderation))\.?|"
            r"votre commentaire est en attente de modération\.?|"
            r"les commentaires sont fermés\.?|vos réactions(?:\s*\(\d+\))?|"
            r"tu comentario está (?:pendiente de|esperando) moderación\.?|"
            r"los comentarios están cerrados\.?|"
            r"ваш коментар очікує (?:на )?модерації\.?|ваш комментарий ожидает модерации\.?|"
            r"комментарии (?:к (?:этой|данной) (?:статье|новости|записи) )?закрыты\.?|"
            r"коментарі (?:до (?:цієї|цього) (?:статті|новини|допису|запису) )?закрито\.?|"
            r"коментування (?:цієї статті )?закрито\.?|обсуждение закрыто\.?)"
            r"\s*:?$"
        ),
        LINE,
        25,
        hints=(
            *("comment", "leave a", "cancel reply", "thought", "response", "repl", "join the"),
            *("your email address", "required fields", "save my name", "коментар"),
            *("комментари", "kommentar", "comentario", "vos réactions", "коментування"),
            "обсуждение закрыто",
        ),
    ),
    # The rest of a comment form, in the six languages: reply and cancel links, buttons,
    # field labels, the e-mail and required-field notes.
    Rule(
        "comment.form",
        "comment form",
        _r(
            r"^(?:(?:leave a (?:reply|comment)|залишити (?:коментар|відповідь)|"
            r"оставить (?:комментарий|ответ)|schreibe(?:n sie)? einen kommentar|"
            r"laisser (?:un commentaire|une réponse)|deja (?:un comentario|una respuesta))"
            r"(?:\s+(?:cancel reply|скасувати відповідь|отменить ответ|antworten abbrechen|"
            r"annuler la réponse|cancelar respuesta))?|"
            r"cancel reply|скасувати відповідь|отменить ответ|antworten abbrechen|"
            r"antwort abbrechen|annuler la réponse|cancelar respuesta|"
            r"(?:post|submit|add|send) (?:a |your )?comment|надіслати коментар|"
            r"відправити коментар|додати коментар|отправить комментарий|добавить комментарий|"
            r"kommentar (?:abschicken|absenden|hinzufügen)|"
            r"(?:publier|envoyer|ajouter) (?:le |un )?commentaire|"
            r"(?:publicar|enviar|añadir|agregar) (?:el |un )?comentario|"
            r"(?:name|e-?mail|website|comment|ім'я|ім’я|коментар|имя|комментарий|kommentar|"
            r"nom|commentaire|nombre|correo electrónico|comentario)\s*\*|"
            r"(?:ваша (?:адреса|електронна адреса|e-?mail).{0,40} не (?:буде )?(?:опублікована|"
            r"публікуватиметься)|"
            r"ваш (?:адрес|e-?mail|email).{0,40} не (?:будет )?(?:опубликован|публикуется)|"
            r"(?:deine|ihre) e-mail-adresse wird nicht veröffentlicht|"
            r"votre adresse (?:e-?mail|de messagerie|courriel) ne sera pas publiée|"
            r"tu (?:dirección de )?(?:correo(?: electrónico)?|email|e-mail) no será publicad[ao])"
            r"\.?(?:\s+[^*]*\*.*)?|"
            r"обов[’'ʼ]язкові поля (?:позначені|відмічені).*|обязательные поля помечены.*|"
            r"erforderliche felder sind.*|les champs obligatoires sont.*|"
            r"los campos obligatorios están.*)\s*:?$"
        ),
        LINE,
        25,
        starts=(
            *("leave a", "залишити", "оставить", "schreibe", "laisser", "deja ", "cancel"),
            *("скасувати", "отменить", "antwort", "annuler", "cancelar", "post ", "submit"),
            *("add ", "send ", "надіслати", "відправити", "додати", "отправить", "добавить"),
            *("kommentar", "publier", "envoyer", "ajouter", "publicar", "enviar", "añadir"),
            *("agregar", "name", "e-mail", "email", "website", "comment", "ім", "коментар"),
            *("имя", "комментарий", "nom", "nombre", "correo", "comentario", "ваш"),
            *("deine", "ihre", "votre", "tu ", "обов", "обязательные", "erforderliche"),
            *("les champs", "los campos"),
        ),
    ),
    Rule(
        "blog.widget",
        "blog widget",
        _r(
            r"^(?:%d bloggers like this:?|like this:?|share this:?|like loading\.*|"
            r"related$|click to share on \w+.*|click to (?:email|print).*|"
            r"discover more from .*|subscribe to get the latest posts.*|"
            # a rating widget's label
            r"rate this (?:article|post|story|page)|(?:artikel |beitrag )?bewerten\s*:?|"
            r"notez cet article|valora (?:este|el) artículo|оцініть статтю|оцените статью)$"
        ),
        LINE,
        20,
        starts=(
            *("%d bloggers", "like ", "share this", "related", "click to", "discover more"),
            *("subscribe to get", "rate this", "artikel ", "beitrag ", "bewerten", "notez"),
            *("valora", "оцініть", "оцените"),
        ),
    ),
    Rule(
        "share.buttons",
        "share buttons",
        _r(
            r"^(?:share(?: this| on| the)?(?: article| story| post)?|tweet(?: this| it)?|"
            r"(?:e-?mail|print)(?: this(?: article| story| page)?)?|"
            r"facebook|twitter|x|whatsapp|telegram|linkedin|pinterest|reddit|copy link|"
            r"copied|messenger|viber|"
            r"поділитися|поширити|поделиться|(?:(?:diesen|den) )?(?:artikel |beitrag )?teilen|"
            r"(?:teilen|sharen|share) mit|(?:show )?more sharing options|"
            r"partager(?: cet article| l'article| sur)?|compartir(?: este artículo| esta noticia|"
            r"| la noticia| en)?|auf (?:facebook|twitter|x|whatsapp|linkedin|pinterest) teilen|"
            r"link kopieren|copier le lien|copiar (?:el )?enlace|скопировать ссылку|"
            r"скопіювати посилання|link copied|link kopiert|lien copié|enlace copiado)"
            r"(?:\s*[|/·•,]?\s*(?:(?:в|у|auf|sur|en)\s+)?(?:share|tweet|e-?mail|print|facebook|"
            r"twitter|x|whatsapp|telegram|linkedin|pinterest|reddit|copy link|messenger|viber|"
            r"поділитися|поделиться|teilen|partager|compartir))*\s*:?$"
        ),
        LINE,
        12,
        starts=(
            *("share", "tweet", "email", "e-mail", "print", "facebook", "twitter", "x"),
            *("whatsapp", "telegram", "linkedin", "pinterest", "reddit", "copy link", "copied"),
            *("messenger", "viber", "поділитися", "поширити", "поделиться", "diesen ", "den "),
            *("artikel ", "beitrag ", "teilen", "sharen", "show more", "more sharing"),
            *("partager", "compartir", "auf ", "link ", "copier", "copiar", "скопир", "скопію"),
            *("lien copié", "enlace copiado"),
        ),
    ),
    # --- syndication, navigation, ads --------------------------------------------------------
    Rule(
        "syndication.footer",
        "syndication footer",
        _r(
            r"^(?:first appeared on.*|source link|"
            r"this (?:article|story|post) (?:was )?(?:originally |first )?"
            r"(?:appeared|published) (?:on|in|at|by) .*|"
            r"originally published (?:on|at|in|by) .*|the post .* appeared first on .*|"
            r"read the (?:original|full) (?:article|story|post).*|republished with permission.*|"
            r"(?:source|джерело|источник|quelle|fuente)\s*:\s*\S.{0,60}|"
            r"(?:this article|this story) is republished from .*|"
            r"dieser (?:beitrag|artikel|text) (?:stammt aus|erschien (?:zuerst |erstmals |"
            r"ursprünglich )?(?:in|im|bei|auf)) (?:der |dem )?(?:ausgabe|heft|print)\b.*|"
            r"\(?(?:with|avec|con|mit|з|с) (?:afp|ap|reuters|dpa|efe|ansa|belga|ukrinform|"
            r"укрінформ|интерфакс|тасс)\)?\.?|"
            # first published elsewhere: "Dieser Artikel erschien zuerst bei ...", "Cet article
            # a été initialement publié sur ...", "Материал впервые опубликован на сайте ..."
            r"dieser (?:beitrag|artikel|text) (?:erschien|ist) (?:zuerst|erstmals|"
            r"ursprünglich) (?:bei|auf|in|im)\b.{1,80}|"
            r"cet article (?:a été |est )?(?:initialement|d[’']abord|originellement|"
            r"précédemment) (?:publié|paru) (?:sur|dans|par|chez)\b.{1,80}|"
            r"este (?:artículo|texto) (?:se publicó|fue publicado|apareció) "
            r"(?:originalmente|primero|por primera vez) (?:en|por)\b.{1,80}|"
            r"(?:материал|статья) (?:впервые |первоначально )?(?:опубликован[а]?|вышл?[аи]?) "
            r"(?:на сайте|в издании)\b.{1,80}|"
            r"(?:матеріал|стаття) (?:вперше |спершу )?(?:опубліковано|опублікован[аи]?|"
            r"вийшл?[аи]?) (?:на сайті|(?:в|у) виданні)\b.{1,80}|"
            # the agencies' material the story draws on: "Mit Material von dpa und AFP"
            r"(?:mit material (?:von|der|des)|con información de|con informaciones de|"
            r"по материалам|за матеріалами|with (?:additional )?reporting (?:from|by)|"
            r"avec l[’']agence|d[’']après)\s+(?:der |den )?(?:agenturen|agencies|agencias|"
            rf"agences|агентств|агенцій|{_AGENCIES}|kna|epd|apa|sda|europa press)"
            rf"(?:\s*(?:,|und|and|et|y|и|і|та)\s*(?:{_AGENCIES}|kna|epd|apa|sda|europa press))*"
            r"\.?)$"
        ),
        LINE,
        30,
        starts=(
            *("first appeared", "source", "this ", "originally", "the post ", "read the "),
            *("republished", "джерело", "источник", "quelle", "fuente", "dieser ", "("),
            *("with ", "avec ", "con ", "mit ", "з ", "с ", "cet article", "este "),
            *("материал", "статья", "матеріал", "стаття", "по материалам"),
            *("за матеріалами", "d'après", "d’après"),
        ),
    ),
    # An editor's initials and the agency at the story's end ("aja/PAP", "dpa/lno", "bb/AFP")
    Rule(
        "syndication.signoff",
        "agency sign-off",
        _r(
            rf"^\(?(?:(?-i:[a-z]{{1,4}}(?:\s*[,/]\s*[a-z]{{1,4}})*)\s*/\s*"
            rf"(?:{_AGENCIES}|(?i:pap|kna|epd|apa|sda|ats|belga|anp|afx))"
            rf"|(?:{_AGENCIES}|(?i:pap|kna|epd|apa|sda|ats|belga|anp|afx))\s*/\s*"
            r"(?-i:[a-z]{1,4}(?:\s*[,/]\s*[a-z]{1,4})*))\)?\.?$",
            0,
        ),
        LINE,
        3,
        hints=("/",),
    ),
    # A note that the reader is not signed in, or how the site earns from its links
    Rule(
        "nav.login",
        "login notice",
        _r(
            r"^(?:you are not (?:logged|signed) in|you'?re not (?:logged|signed) in|"
            r"jetzt (?:registrieren|anmelden|einloggen)|register now|sign up now|"
            r"regístrate ahora|inscrivez-vous maintenant|"
            r"sie sind (?:aktuell |derzeit |momentan |noch )?nicht (?:eingeloggt|angemeldet)|"
            r"du bist (?:aktuell |derzeit |noch )?nicht (?:eingeloggt|angemeldet)|"
            r"vous n['’]êtes pas connectée?|no has iniciado sesión|no estás conectado|"
            r"ви не (?:авторизовані|увійшли)|вы не (?:авторизованы|вошли))\s*[.!]?$"
        ),
        LINE,
        8,
        starts=(
            *("you", "sie sind", "du bist", "vous n", "no has", "no estás", "ви не", "вы не"),
            *("jetzt", "register now", "sign up now", "regístrate", "inscrivez-vous"),
        ),
    ),
    Rule(
        "ad.affiliate",
        "affiliate-link disclosure",
        _r(
            r"^(?!.*[«»“”„\"])(?:(?=.*\b(?:affiliate|partner|provisions)[- ]?links?\b)"
            r"(?=.*\b(?:handelt es sich|(?:erhalten|bekommen|verdienen) wir|"
            r"(?:we|i) (?:may |might )?(?:earn|receive|get)|nous (?:percevons|touchons)|"
            r"(?:recibimos|ganamos)\b))|.*\bas an amazon associate\b|"
            r"(?:für|bei) (?:links|käufe) (?:auf|über) (?:dieser|diese|unserer) seite\b.{0,60}"
            r"\b(?:provision|vergütung)\b.*)"
        ),
        LINE,
        45,
        hints=("affiliate", "partner", "provision", "amazon associate", "vergütung"),
    ),
    # The same disclosure without the word "affiliate": "We may earn a commission when you
    # buy through links on our site", "If you buy something through our links, we may earn
    # a commission", "Nous pouvons percevoir une commission sur les achats ..."
    Rule(
        "ad.affiliate",
        "affiliate-link disclosure",
        _r(
            r"^(?!.*[«»“”„\"])"
            r"(?=.*\b(?:commissions?|compensation|a share of (?:the )?(?:sales|revenue)|comisión|"
            r"provision)\b)"
            r"(?=.*\b(?:links?|liens?|enlaces?|click|clic)\b)"
            r"(?:(?:if|when) you (?:buy|purchase|click|shop)\b.*|"
            r"(?:we|i)\s+(?:may|might|could|will)\s+"
            r"(?:earn|receive|get|be paid|be compensated)\b.*|"
            r"(?:purchases|products|items)(?: (?:made|bought|purchased))? (?:through|via|from) "
            r"(?:our|these|the|this page's) links\b.*|"
            r"(?:this|our) (?:article|post|page|site|story|guide) (?:contains|includes|may contain)"
            r"\b.*|"
            r"nous (?:pouvons|pourrions) (?:percevoir|toucher|recevoir)\b.*|"
            r"(?:si|cuando) (?:compras|haces clic)\b.*|"
            r"podemos (?:recibir|ganar|obtener)\b.*|"
            r"wir (?:erhalten|bekommen) (?:ggf\. |gegebenenfalls |möglicherweise )?"
            r"eine provision\b.*)$"
        ),
        LINE,
        45,
        hints=("commission", "compensation", "share of", "comisión", "provision"),
    ),
    # A row of the site's footer links: "Terms of Use | Privacy Policy | Cookie Settings",
    # "Impressum | Datenschutz | Kontakt"
    Rule(
        "nav.footer",
        "site footer links",
        _r(
            r"^(?=(?:[^|·•]*[|·•]\s*)*(?:privacy(?: policy| notice| settings)?|"
            r"terms(?: of (?:use|service))?(?: (?:and|&) conditions)?|"
            r"cookies?(?: policy| settings| preferences)?|contact(?: us)?|about(?: us)?|"
            r"advertise(?: with us)?|careers|site ?map|accessibility|imprint|impressum|"
            r"datenschutz(?:erklärung)?|kontakt|agb|nutzungsbedingungen|mentions légales|"
            r"(?:politique de )?confidentialité|conditions générales(?: d[’']utilisation)?|"
            r"aviso legal|política de (?:privacidad|cookies)|contacto|контакты|контакти|"
            r"политика конфиденциальности|політика конфіденційності)\s*(?:[|·•]|$))"
            r"[^|·•]{1,40}(?:\s*[|·•]\s*[^|·•]{1,40}){1,9}$"
        ),
        LINE,
        24,
        needs=re.compile(r"[|·•]"),
    ),
    Rule(
        "nav.site",
        "site navigation",
        _r(
            r"^(?:latest headlines|latest news|latest stories|latest|most read|most popular|"
            r"most viewed|most shared|trending(?: now| stories| news)?|top stories|"
            r"breaking news|home|menu|skip to (?:the )?(?:main )?(?:content|navigation|menu)|"
            r"back to top|(?:next|previous|prev) (?:article|story|post)|load more|show more|"
            r"more stories|sign in|log in|register|search|close|toggle navigation|"
            r"(?:main |primary )?navigation|(?:open|close) (?:navigation |the )?menu|"
            r"(?:direkt )?zum (?:haupt)?inhalt(?: springen)?|hauptmenü|menü|suche|"
            r"aller au contenu(?: principal)?|rechercher|(?:ir|saltar) al contenido(?: principal)?|"
            r"buscar|перейти к содержимому|перейти до вмісту|поиск|пошук|"
            r"головна|новини|главная|новости|startseite|accueil|inicio|portada|"
            # the same labels in the other languages: back to top, log in, close, show more,
            # most read, loading
            r"nach oben|zurück nach oben|haut de page|retour en haut(?: de (?:la )?page)?|"
            r"volver arriba|ir arriba|наверх|вгору|нагору|"
            r"anmelden|einloggen|se connecter|connexion|iniciar sesión|entrar|acceder|войти|"
            r"вход|увійти|вхід|"
            r"schließen|fermer|cerrar|закрыть|закрити|"
            r"mehr anzeigen|mehr laden|weitere laden|voir plus|afficher plus|charger plus|"
            r"ver más|cargar más|mostrar más|показать (?:ещё|еще|больше)|загрузить (?:ещё|еще)|"
            r"показати (?:ще|більше)|завантажити (?:ще|більше)|"
            r"meistgelesen(?:e artikel)?|am meisten gelesen|les plus lus|"
            r"(?:les )?articles les plus lus|lo más (?:leído|visto)|más leídas|"
            r"самое (?:читаемое|популярное)|популярное|"
            r"найпопулярніше|найчитаніше|популярне|"
            r"loading|wird geladen|lädt|chargement(?: en cours)?|cargando|загрузка|завантаження|"
            # a legal page's link alone on its line
            r"privacy (?:policy|notice|settings)|terms of (?:use|service)|"
            r"cookie (?:policy|settings)|"
            r"politique de confidentialité|mentions légales|aviso legal|"
            r"política de (?:privacidad|cookies)|политика конфиденциальности|"
            r"політика конфіденційності|условия использования|умови використання)"
            r"\s*(?:\.\.\.|…)?\s*$"
        ),
        LINE,
        4,
        starts=(
            *("latest", "most ", "trending", "top stories", "breaking news", "home", "menu"),
            *("skip to", "back to top", "next ", "previous ", "prev ", "load more", "show more"),
            *("more stories", "sign in", "log in", "register", "search", "close", "toggle"),
            *("main ", "primary ", "navigation", "open ", "direkt ", "zum ", "hauptmenü", "menü"),
            *("suche", "aller au contenu", "rechercher", "ir al", "saltar al", "buscar"),
            *("перейти", "поиск", "пошук", "головна", "новини", "главная", "новости"),
            *("startseite", "accueil", "inicio", "portada", "nach oben", "zurück nach"),
            *("haut de page", "retour en haut", "volver arriba", "ir arriba", "наверх", "вгору"),
            *("нагору", "anmelden", "einloggen", "se connecter", "connexion", "iniciar sesión"),
            *("entrar", "acceder", "войти", "вход", "увійти", "вхід", "schließen", "fermer"),
            *("cerrar", "закрыть", "закрити", "mehr anzeigen", "mehr laden", "weitere laden"),
            *("voir plus", "afficher plus", "charger plus", "ver más", "cargar más"),
            *("mostrar más", "показать", "загрузить", "показати", "завантаж", "meistgelesen"),
            *("am meisten", "les plus lus", "articles les plus", "lo más", "más leídas"),
            *("самое", "популярн", "найпопулярніше", "найчитаніше", "loading", "wird geladen"),
            *("lädt", "chargement", "cargando", "загрузка", "privacy", "terms of", "cookie"),
            *("politique de", "mentions", "aviso legal", "política de", "политика", "політика"),
            *("условия", "умови"),
        ),
    ),
    # A tag list: a label and a few topics, no sentence ("Теги: Україна, Росія").
    Rule(
        "nav.tags",
        "tag list",
        _r(
            r"^(?:tags?|topics|filed under|теги|тэги|мітки|метки|ключові слова|ключевые слова|"
            r"schlagwörter|schlagworte|stichwörter|themen|mots[- ]clés|étiquettes|etiquetas|"
            r"palabras clave|temas|タグ)\s*[:：]\s*"
            r"(?!.*[.!?]\s+\w)(?!.*\w{3}[.!?][\"”»]?$)\S.*$|"
            # the label alone
            r"^(?:tags|schlagwörter|schlagworte|stichwörter|stichworte|mots[- ]clés|etiquetas)$"
        ),
        LINE,
        25,
        starts=(
            *("tag", "topics", "filed under", "теги", "тэги", "мітки", "метки", "ключов"),
            *("schlagw", "stichw", "themen", "mots", "étiquettes", "etiquetas", "palabras"),
            *("temas", "タグ"),
        ),
    ),
    # A row of short labels between slashes ("Comics / demographics / economics / happy
    # mutants")
    Rule(
        "nav.tags",
        "tag list",
        _r(r"^(?:[\w'’&-]+(?: [\w'’&-]+)?\s/\s){3,}[\w'’&-]+(?: [\w'’&-]+)?$"),
        LINE,
        12,
        hints=(" / ",),
    ),
    # An advertisement's label, and the note that the article goes on after it ("— Story
    # continues below —"), in the six languages.
    Rule(
        "ad.label",
        "advertisement",
        _r(
            r"^[\s—–-]*(?:advertisement|advertising|sponsored(?: content)?|ad|"
            r"(?:paid|partner|promoted|branded) (?:content|post)|"
            r"(?:gesponsert|bezahlter inhalt|(?:in )?(?:kooperation|zusammenarbeit) mit \S.{0,40}|"
            r"sponsored by \S.{0,40}|contenu (?:sponsorisé|partenaire)|publi-?reportage|"
            r"contenido (?:patrocinado|de marca)|на правах рекламы|партнерский материал|"
            r"партнерський матеріал|на правах реклами|промо)|"
            r"(?:the\s+)?(?:story|article|text) continues (?:below|after (?:the |this )?"
            r"(?:ad(?:vertisement)?|break))(?: (?:the )?(?:advertisement|ad))?|"
            r"continue reading (?:the (?:main )?(?:story|article) )?below|"
            r"scroll (?:down )?to continue(?: reading)?|реклама|anzeige|werbung|publicité|"
            r"publicidad|スポンサー(?:ド)?リンク|広告|"
            r"(?:weiterlesen|lesen sie weiter|der artikel geht weiter|fortsetzung) "
            r"(?:nach|unter) der (?:anzeige|werbung)|"
            r"(?:la suite|l['’]article continue|suite de l['’]article) (?:après|sous) "
            r"(?:cette|la) publicité|"
            r"(?:sigue leyendo|continúa leyendo|la noticia continúa|el artículo continúa|continúa) "
            r"(?:después de|tras|debajo de) la publicidad|"
            r"(?:продовження|читайте далі|стаття продовжується) (?:після|під) реклам(?:и|ою)|"
            r"(?:продолжение|читайте далее|статья продолжается) (?:после|под) реклам(?:ы|ой))"
            r"[\s—–.…-]*$"
        ),
        LINE,
        9,
    ),
)
