"""What blog engines and site templates print around a post: the post's filing footer, the
comment prompts, share prompts, links to the writer's other posts, previous/next links, section
headings of the page, the cookie notice, and the errors a broken site prints into its page."""

from __future__ import annotations

from cleaners.rules.base import HEADER, LINE, Rule, _r

# The link to a writer's other posts, alone on its line or closing an author box ("View all
# posts by Jane Roe", "Zeige alle Beiträge von ..."); ``cleaners.authorbox`` uses it too.
MORE_BY = (
    r"(?:(?:view|see|show) all (?:posts|articles|stories) by|all (?:posts|articles) by|"
    r"(?:latest |more )?(?:posts|articles|stories) by|more (?:from|by) (?:this )?author|"
    r"zeige alle (?:beiträge|artikel)(?: von)?|alle (?:beiträge|artikel) von|"
    r"(?:weitere |mehr )?(?:beiträge|artikel) von|mehr vom autor|mehr von der autorin|"
    r"voir tous les articles (?:de|par)|tous les articles de|ver todas las entradas de|"
    r"(?:más )?artículos de|wszystkie (?:wpisy|artykuły)|все (?:статьи|публикации)|"
    r"усі (?:статті|публікації)|(?:other|more) (?:articles|stories) by|"
    r"(?:plus d[’']articles|d[’']autres articles) de|"
    r"(?:другие|все|ещё|еще) материалы (?:автора|этого автора)|"
    r"(?:інші|усі|всі) матеріали (?:автора|цього автора))\b"
)
_MORE_BY_STARTS = (
    *("view all", "see all", "show all", "all ", "latest ", "more ", "posts", "articles"),
    *("stories", "zeige", "alle ", "weitere", "mehr ", "beiträge", "artikel", "voir tous"),
    *("tous les", "ver todas", "más ", "artículos", "wszystkie", "все ", "усі ", "other "),
    *("plus d", "d'autres", "d’autres", "другие", "ещё", "еще", "інші", "всі "),
)

BLOG_RULES: tuple[Rule, ...] = (
    # "This entry was posted in News. Bookmark the permalink." and the same footer as the
    # blog engines word it in the other languages
    Rule(
        "blog.postmeta",
        "post filing footer",
        _r(
            r"^(?:this (?:entry|post) was posted (?:in|on|by|under)\b.*|"
            # the post's category and a link to its comments ("Posted in News | Leave a
            # comment", "Veröffentlicht in Allgemein", "Publié dans Voyages | 2 commentaires")
            r"(?:posted|filed|veröffentlicht|publié|publiée|publicado|publicada|опубликовано|"
            r"опубліковано) (?:in|under|unter|dans|en|в|у) (?:[^|.!?]{1,60}\|\s*(?:leave a comment|"
            r"\d+ comments?|comments? off\b.*|tagged\b.*|schreib(?:e|en sie)? einen kommentar|"
            r"\d+ kommentare?|kommentare deaktiviert\b.*|laisser un commentaire|\d+ commentaires?|"
            r"deja un comentario|\d+ comentarios?|оставить комментарий|\d+ комментари\w*|"
            r"залишити коментар|\d+ коментар\w*)|(?-i:[A-ZÄÖÜÀ-ÞА-ЯІЇЄ]\S*(?: \S+)?))|"
            r"bookmark the permalink\.?|"
            r"dieser (?:eintrag|beitrag|artikel) wurde\b.{0,200}?\b(?:veröffentlicht|abgelegt|"
            r"gepostet)\b.*|"
            r"erstellt am .{1,60}\bund abgelegt unter\b.*|"
            r"cette entrée a été publiée (?:dans|le)\b.*|"
            r"ce (?:billet|article) a été publié dans\b.*|"
            r"esta entrada (?:fue publicada|se publicó) en\b.*|"
            r"guarda el (?:enlace permanente|permalink)\.?|"
            r"(?:lesezeichen (?:für den|setzen auf den) )?permanent-?link\.?)$"
        ),
        LINE,
        60,
        starts=(
            *("this entry", "this post", "bookmark", "dieser ", "erstellt am", "cette entrée"),
            *("ce billet", "ce article", "esta entrada", "guarda el", "lesezeichen", "permanent"),
            *("posted ", "filed ", "veröffentlicht", "publié", "publicado", "publicada"),
            *("опубликовано", "опубліковано"),
        ),
    ),
    # What a comment section asks or tells a reader, beyond the form's own labels (the
    # ``comment.form`` rules in ``page``); a comment's own header ("Comment by Jane - 4 May")
    Rule(
        "comment.form",
        "comment form",
        _r(
            r"^(?:hinterlasse (?:jetzt )?einen kommentar|kommentieren sie hier|"
            r"(?:jetzt )?kommentieren|"
            r"(?:du musst|sie müssen) (?:angemeldet|eingeloggt) sein,? um\b.{0,40}"
            r"\b(?:kommentar\w*|diskussion)\b.*|"
            r"(?:du musst dich|sie müssen sich) (?:anmelden|einloggen),? um\b.{0,60}"
            r"\b(?:kommentar\w*|diskussion)\b.*|"
            r"wenn sie diesen (?:blog)?(?:eintrag|beitrag|artikel) kommentieren möchten\b.*|"
            r"comment by \S.{1,80}|"
            r"vous devez (?:être connecté|vous connecter) pour (?:publier|poster|laisser) "
            r"un commentaire.*|"
            r"debes (?:estar registrado|haber iniciado sesión|iniciar sesión) para "
            r"(?:publicar|dejar) un comentario.*)$"
        ),
        LINE,
        30,
        starts=(
            *("hinterlasse", "kommentieren", "jetzt kommentieren", "du musst", "sie müssen"),
            *("wenn sie diesen", "comment by", "vous devez", "debes"),
        ),
    ),
    Rule(
        "comment.form",
        "comment form",
        _r(r"^(?!.*[«»“”„\"]).{0,80}\bnetiquette\b.*$"),
        LINE,
        30,
        hints=("netiquette",),
    ),
    # The comment section's house rules and its prompt to react, in the six languages:
    # "Comments are moderated before publication", "Les commentaires sont soumis à
    # modération", "Réagir à cet article", "Комментарии проходят модерацию". Each starts the
    # line (after a "Note:"), so a sentence reporting a site's policy stays.
    Rule(
        "comment.form",
        "comment moderation notice or prompt",
        _r(
            r"^(?:(?:note|nb|hinweis|remarque|nota|примечание|примітка)\s*:\s*)?(?:"
            r"(?:all\s+|reader\s+)?comments?(?: on this (?:article|story|post|site))?\s+"
            r"(?:are|is|will be|may be)\s+(?:pre-?)?(?:moderated|reviewed|checked|approved)"
            r"\b.*|"
            r"(?:all\s+)?comments?\s+(?:are|is)\s+subject to (?:moderation|approval|review)\b.*|"
            r"we (?:are\s+)?(?:temporarily\s+)?(?:pre-?)?(?:moderat(?:e|ing)|review(?:ing)?) "
            r"(?:all\s+)?(?:reader\s+)?comments\b.*|"
            r"your comment will (?:appear|be (?:published|visible|posted)) (?:after|once|when)\b.*|"
            r"(?:please\s+)?(?:read|see|review|follow|abide by|respect) our (?:community|"
            r"comments?|commenting|discussion|submission) (?:guidelines|policy|rules|standards)"
            r"\b.*|"
            r"(?:please\s+)?keep (?:your\s+)?comments (?:civil|respectful|on[- ]topic|polite)"
            r"\b.*|"
            r"(?:our\s+)?(?:comment|commenting|community) (?:policy|guidelines)|"
            r"comment on this (?:article|story|post)|"
            r"les commentaires (?:sont|seront) (?:soumis à (?:la |une )?(?:modération|validation)|"
            r"modérés|relus|vérifiés)\b.*|"
            r"(?:votre|chaque) commentaire (?:sera|est) (?:publié|visible) (?:après|une fois) "
            r"(?:modération|validation|relecture)\b.*|"
            r"commentaires modérés|charte (?:de modération|des commentaires|de participation)|"
            r"(?:réagir|réagissez) à (?:cet article|l[’']article)|réagir|réagissez|"
            r"commenter cet article|"
            r"(?:alle\s+|die\s+)?kommentare werden (?:vor (?:der|ihrer) veröffentlichung\s+)?"
            r"(?:(?:von|durch) (?:der|die|unserer|unsere) (?:redaktion|moderation)\s+)?"
            r"(?:moderiert|geprüft|freigeschaltet)\b.*|"
            r"(?:ihr|dein) kommentar wird (?:nach|vor) (?:der |einer )?(?:prüfung|"
            r"freischaltung)\b.*|"
            r"(?:artikel|beitrag) kommentieren|kommentarrichtlinien|diskussionsregeln|"
            r"los comentarios (?:están sujetos a|son|serán|pasan por) (?:moderación|moderados|"
            r"revisados)\b.*|"
            r"tu comentario (?:será publicado|se publicará) (?:tras|después de) (?:su )?"
            r"(?:moderación|revisión)\b.*|"
            r"normas de (?:participación|uso de los comentarios)|comenta esta noticia|"
            r"comentar esta noticia|"
            r"(?:все\s+)?комментарии (?:проходят (?:предварительную |обязательную )?модерацию|"
            r"модерируются|публикуются после (?:проверки|модерации))\b.*|"
            r"ваш комментарий (?:будет опубликован|появится) после (?:проверки|модерации)\b.*|"
            r"правила комментирования|прокомментировать|"
            r"(?:усі\s+|всі\s+)?коментарі (?:проходять (?:попередню |обов[’'ʼ]язкову )?модерацію|"
            r"модеруються|публікуються після (?:перевірки|модерації))\b.*|"
            r"ваш коментар (?:буде опубліковано|з[’'ʼ]явиться) після (?:перевірки|модерації)\b.*|"
            r"правила коментування|прокоментувати|"
            # ... and that the section is closed, held for review, or for subscribers only
            r"we welcome (?:your\s+)?comments(?: (?:that|which|on (?:this|our) "
            r"(?:article|story|post|site))\b.*)?|"
            r"comments? (?:may|will|might) be held for (?:review|moderation|approval)\b.*|"
            r"(?:our\s+)?(?:comment|commenting) policy\s*:.*|"
            r"commenting is (?:not available|unavailable|disabled|closed|turned off)"
            r"(?: (?:on|for) this (?:article|story|post|page))?|"
            r"this (?:discussion|conversation|comment thread) (?:is|has been) (?:now )?closed"
            r"(?:\.\s.*)?|"
            r"die kommentarfunktion (?:wurde|ist) (?:für diesen (?:artikel|beitrag) |hier )?"
            r"(?:geschlossen|deaktiviert|abgeschaltet|nicht (?:mehr )?(?:verfügbar|aktiv))|"
            r"(?:zu diesem (?:artikel|beitrag) sind|hier sind) keine kommentare (?:mehr )?möglich|"
            r"kommentare (?:zu diesem (?:artikel|beitrag) )?sind (?:hier )?nicht (?:mehr )?möglich|"
            r"diskutieren sie mit|"
            r"vous devez être (?:abonné|connecté|inscrit)e?s? pour (?:commenter|réagir)\b.*|"
            r"(?:les\s+)?commentaires (?:sont )?(?:désactivés|réservés aux abonnés)\b.*|"
            r"los comentarios (?:están|son) (?:moderados|cerrados|desactivados|revisados)"
            r"(?: y (?:se publicarán|serán publicados|aparecerán)\b.*)?|"
            r"normas de participación\s*:.*|"
            r"(?:все\s+)?комментарии проходят (?:пре-?)?модерацию\b.*|"
            r"(?:усі\s+|всі\s+)?коментарі проходять (?:пре-?)?модерацію\b.*|"
            r"чтобы (?:оставить|написать|добавить) комментарий,? (?:войдите|авторизуйтесь|"
            r"зарегистрируйтесь|необходимо (?:войти|авторизоваться|зарегистрироваться))\b.*|"
            r"щоб (?:залишити|написати|додати) коментар,? (?:увійдіть|авторизуйтеся|"
            r"зареєструйтеся|потрібно (?:увійти|авторизуватися|зареєструватися))\b.*"
            r")\s*[.!:]?$"
        ),
        LINE,
        40,
        hints=(
            *("comment", "coment", "guideline", "polic", "réag", "charte", "kommentar"),
            *("diskussionsregeln", "normas de", "коммент", "комент", "discussion"),
            *("conversation", "diskutieren sie mit"),
        ),
    ),
    Rule(
        "share.buttons",
        "share buttons",
        _r(
            r"^(?:teilen sie (?:dies|das|diese[nrs]? (?:artikel|beitrag|seite))(?: mit)?|"
            r"(?:diese[nrs]?|den) (?:geschichte|artikel|beitrag|seite) teilen|jetzt teilen|"
            r"(?:dir|ihnen) hat (?:der|dieser|unser) (?:artikel|beitrag) gefallen\?.{0,40}|"
            r"be sociable,? share|share (?:this|the) (?:story|article|post) with\b.{0,30}|"
            r"partagez (?:cet article|cette page|cette histoire)|"
            r"comparte (?:este artículo|esta noticia|esta historia))\s*[.!:…]*$"
        ),
        LINE,
        15,
        starts=(
            *("teilen sie", "diese", "den ", "jetzt teilen", "dir hat", "ihnen hat"),
            *("be sociable", "share ", "partagez", "comparte"),
        ),
    ),
    # More related-stories headers: "Mehr Kolumnen auf SITE:", "Stories you may have missed",
    # "Interessantes aus unserem Blog", "Lesen Sie hier einen weiteren Beitrag"
    Rule(
        "related.header",
        "related-stories header",
        _r(
            r"^(?::+\s*)?(?:mehr (?:artikel|beiträge|kolumnen|news|nachrichten|videos|geschichten|"
            r"storys|tests) (?:auf|bei|von|aus|zum thema) \S.{0,40}|"
            r"(?:more )?stories you (?:may|might) have missed|"
            r"(?:interessantes|relevantes|beliebtes) aus (?:unserem|unserer|dem|der) \S.{0,40}|"
            r"lesen sie (?:hier )?(?:auch )?(?:einen|unseren) weiteren\b.{0,40})\s*[:.…!]?$"
        ),
        HEADER,
        10,
        starts=(
            *(":", "mehr ", "more stories", "stories you", "interessantes", "relevantes"),
            *("beliebtes", "lesen sie"),
        ),
    ),
    # The writer's other posts, and the links to the previous and next post with its title
    # run on ("Previous articleTransforming Mount Trashmore ...")
    Rule(
        "nav.posts",
        "links to other posts",
        _r(
            rf"^(?:{MORE_BY}.{{0,60}}|"
            r"(?:previous|next) (?:article|post|story)(?=\s*(?-i:[A-Z0-9])|\s*[:|»›<>-]|\s*$).*|"
            r"(?:article|billet) (?:précédent|suivant)\b.*|"
            r"(?:artículo|entrada) (?:anterior|siguiente)\b.*|"
            r"(?:vorherige[rs]?|nächste[rs]?) (?:artikel|beitrag)\b.*|"
            r"(?:poprzedni|następny) (?:artykuł|wpis)\b.*|"
            r"(?:предыдущая|следующая) (?:статья|новость|запись)\b.*|"
            r"(?:попередня|наступна) (?:стаття|новина)\b.*|"
            r"(?:попередній|наступний) (?:запис|матеріал)\b.*|"
            # the post navigation's heading, and a blog's row of links to the next pages
            r"(?:post|beitrags|article|entry) ?navigation|navigation des articles|"
            r"navegación de entradas|навигация по записям|навігація записів|"
            r"newer posts?\s+older posts?(?:\s+home)?|(?:newer|older) posts?)$",
        ),
        LINE,
        30,
        starts=(
            *_MORE_BY_STARTS,
            *("previous", "next", "article", "billet", "artículo", "entrada", "vorherige"),
            *("nächste", "poprzedni", "następny", "предыдущая", "следующая", "попередн"),
            *("наступн", "post", "beitrags", "entry", "navigation", "navegación", "навигация"),
            *("навігація", "newer", "older"),
        ),
    ),
    # A page's section headings, alone on their line, in the languages the rules cover
    Rule(
        "nav.site",
        "site navigation",
        _r(
            r"^(?:neueste (?:artikel|beiträge|nachrichten|meldungen)|"
            r"aktuelle (?:news|nachrichten|meldungen|beiträge|artikel)|"
            r"kategorien|categories|archiv|archives?|impressum|datenschutz(?:erklärung)?|"
            r"inhaltsverzeichnis|table of contents|derniers articles|"
            r"dernières (?:nouvelles|actualités)|últimas noticias|últimos artículos|"
            r"najnowsze (?:artykuły|wpisy|wiadomości)|последние новости|останні новини|"
            # a "learn more" link's label alone on its line
            r"learn more|erfahre mehr|erfahren sie mehr|mehr erfahren|en savoir plus|"
            r"infórmate más|informate más|más información|saber más|dowiedz się więcej|"
            r"подробнее|детальніше)\s*[:.!…›»→]*$"
        ),
        LINE,
        3,
        starts=(
            *("neueste", "aktuelle", "kategorien", "categories", "archiv", "impressum"),
            *("datenschutz", "inhaltsverzeichnis", "table of contents", "derniers articles"),
            *("dernières", "últimas noticias", "últimos artículos", "najnowsze"),
            *("последние новости", "останні новини", "learn more", "erfahre mehr"),
            *("erfahren sie mehr", "mehr erfahren", "en savoir plus", "infórmate más"),
            *("informate más", "más información", "saber más", "dowiedz się więcej"),
            *("подробнее", "детальніше"),
        ),
    ),
    # The site's cookie notice: the site or "we" use cookies ("This website uses cookies.",
    # "Wir verwenden Cookies, um ...", "Informujemy, że korzystamy z cookies.")
    Rule(
        "nav.cookies",
        "cookie notice",
        _r(
            # (no quotation mark before it: a quoted spokesman; one after is a button's label)
            r"^[^«»“”„\"]*\b(?:(?:this|our) (?:web ?)?site (?:uses|is using)|we use|"
            r"diese (?:web)?seite (?:verwendet|nutzt)|diese website (?:verwendet|nutzt)|"
            r"wir (?:verwenden|nutzen|setzen)|ce site (?:utilise|web utilise)|"
            r"nous utilisons|este sitio(?: web)? (?:utiliza|usa)|(?:utilizamos|usamos)|"
            r"korzystamy z|używamy|(?:мы )?используем|(?:ми )?використовуємо)\b"
            r"(?:\s+\w+){0,2}\s+(?:plików\s+)?(?:cookies?|файл(?:ы|и) cookie)\b.*$"
        ),
        LINE,
        100,
        hints=("cookie",),
    ),
    # What a broken site prints into its page: the server language's warnings ("Deprecated:
    # Assigning the return value of new by reference is deprecated in /www/wp-settings.php
    # on line 520", "Strict Standards: ...", "Warning: ... on line 61") and a database error
    Rule(
        "blog.error",
        "the site's own error message",
        _r(
            r"^(?:php\s+)?(?:deprecated|strict standards|warning|notice|(?:catchable )?fatal error|"
            r"parse error)\s*:\s.{0,600}?\bin\s+\S+\.(?:php|inc)\s+on\s+line\s+\d+\s*$|"
            r"^wordpress database error\b.*$"
        ),
        LINE,
        120,
        starts=(
            *("php", "deprecated", "strict standards", "warning", "notice", "fatal error"),
            *("catchable fatal", "parse error", "wordpress database"),
        ),
        hints=("on line", "database error"),
    ),
)
