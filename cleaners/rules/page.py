"""The page around the article: related stories, galleries, comments, blog widgets and
sharing (syndication, navigation, tags and advertising are in ``cleaners.rules.navigation``)."""

from __future__ import annotations

from cleaners.rules.base import GALLERY, HEADER, LINE, Rule, _r

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
            r"також читайте|дивіться також|читайте по темі|новини (?:по темі|за темою)|"
            r"смотрите также|"
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
            r"коментування (?:цієї статті )?закрито\.?|обсуждение закрыто\.?|"
            # ... in more words: closed for the article, a comment a moderator took down
            r"comments (?:on|for) this (?:article|story|post) (?:are|have been) (?:now )?closed\.?|"
            r"comments are now closed\.?|commenting (?:has been|is) (?:disabled|closed)"
            r"(?: (?:for|on) this (?:article|story|post))?\.?|"
            r"this comment (?:has been|was) (?:removed|deleted)(?: by (?:a|the) moderators?)?\.?|"
            r"die kommentarfunktion (?:wurde|ist) (?:geschlossen|deaktiviert)\.?|"
            r"dieser kommentar wurde (?:von der (?:moderation|redaktion)|vom moderator) "
            r"(?:entfernt|gelöscht)\.?|"
            r"ce commentaire a été supprimé(?: par (?:la modération|un modérateur))?\.?|"
            r"este comentario (?:ha sido|fue) eliminado(?: por (?:el|un) moderador)?\.?|"
            r"ваш комментарий ожидает (?:проверки(?: модератором)?|модерации)\.?|"
            r"комментарий удал[её]н(?: модератором)?\.?|"
            r"ваш коментар очікує (?:на )?(?:модерацію|перевірки(?: модератором)?)\.?|"
            r"коментар видалено(?: модератором)?\.?)"
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
            # the count of replies in German, the pingbacks' header and the spam filter's note
            # (a comment's own "Reply" link is left to the layout pass: named, it would stop
            # being evidence against the comment's header beside it)
            r"trackbacks?(?:\s*/\s*pingbacks?)?|pingbacks?|"
            r"\d+ gedanken zu .{1,120}|"
            r"this site uses akismet to reduce spam\..*|"
            r"diese (?:website|seite) verwendet akismet, um spam zu reduzieren\..*|"
            r"melde dich an, um einen kommentar abzugeben\.?|"
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
            *("les champs", "los campos", "trackback", "pingback", *"0123456789"),
            "this site uses",
            *("diese website", "diese seite", "melde dich"),
        ),
    ),
    Rule(
        "blog.widget",
        "blog widget",
        _r(
            r"^(?:%d bloggers like this:?|like this:?|share this:?|like loading\.*|"
            r"related$|click to share on \w+.*|click to (?:email|print).*|"
            # the same template's labels in German, French and Spanish ("Gefällt mir Wird
            # geladen …", "Klicke, um auf Twitter zu teilen (Wird in neuem Fenster geöffnet)")
            r"gefällt mir(?: wird geladen\s*(?:…|\.\.\.)?)?|j[’']aime(?: chargement…)?|"
            r"me gusta(?: cargando\.*…?)?|"
            r"klicke?n?, um (?:auf|über) \w+ zu teilen.*|cliquez pour partager sur \w+.*|"
            r"haz clic para compartir en \w+.*|"
            # the template's credit line: "Proudly powered by WordPress", "Theme by ThemeIsle"
            r"(?:proudly )?powered by (?:wordpress|blogger|ghost|tumblr|jekyll|hugo|drupal|joomla|"
            r"squarespace|wix)\.?|(?:wordpress )?theme(?::| by) \S.{0,40}|"
            r"(?:stolz )?präsentiert von wordpress|fièrement propulsé par wordpress|"
            r"funciona gracias a wordpress|"
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
            *("valora", "оцініть", "оцените", "gefällt mir", "j'aime", "j’aime", "me gusta"),
            *("klick", "cliquez pour", "haz clic", "proudly", "powered by", "theme", "wordpress"),
            *("stolz", "präsentiert", "fièrement", "funciona gracias"),
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
)
