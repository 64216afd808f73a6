"""The page around the article, past the story: syndication footers and sign-offs, the site's
navigation, login and footer links, tag lists, affiliate disclosures and advertising labels."""

from __future__ import annotations

import re

from cleaners.rules.base import LINE, Rule, _r
from cleaners.rules.patterns import _AGENCIES

NAV_RULES: tuple[Rule, ...] = (
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
            # "This story was produced by KFF Health News and is republished with permission"
            r"this (?:article|story|post|piece|report) was (?:produced|written|reported|"
            r"co-published|published) (?:by|in (?:partnership|collaboration) with)\b.{1,120}"
            r"\b(?:republished|permission|partnership|collaboration|syndicated|distributed)\b.*|"
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
            r"back to (?:top|home(?:page)?)|(?:next|previous|prev) (?:article|story|post)|"
            r"load more|show more|"
            r"more stories|sign in|log in|register|search|close|toggle navigation|"
            r"(?:main |primary )?navigation|(?:open|close) (?:navigation |the )?menu|"
            r"(?:direkt )?zum (?:haupt)?inhalt(?: springen)?|hauptmenü|menü|suche|"
            r"aller au contenu(?: principal)?|rechercher|(?:ir|saltar) al contenido(?: principal)?|"
            r"buscar|перейти к содержимому|перейти до вмісту|поиск|пошук|"
            r"головна|новини|главная|новости|startseite|accueil|inicio|portada|"
            # the same labels in the other languages: back to top, log in, close, show more,
            # most read, loading
            r"nach oben|zurück nach oben|zurück zur (?:startseite|übersicht)|haut de page|"
            r"retour en haut(?: de (?:la )?page)?|retour à l[’']accueil|"
            r"volver (?:a la portada|al inicio)|на главную|на головну|"
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
            r"cookie (?:policy|settings)|accessibility|site ?map|"
            # a wiki's links to its own navigation: "Jump to: navigation, search"
            r"(?:jump to|wechseln zu|aller à|ir a|saltar a|перейти к|перейти до)\s*:?\s*"
            r"(?:navigation|navegación|навигаци[яи]|навігаці[яї]),?\s*"
            r"(?:search|suche|rechercher|recherche|búsqueda|buscar|поиск|пошук)|"
            r"politique de confidentialité|mentions légales|aviso legal|"
            r"política de (?:privacidad|cookies)|политика конфиденциальности|"
            r"політика конфіденційності|условия использования|умови використання)"
            r"\s*(?:\.\.\.|…)?\s*$"
        ),
        LINE,
        6,
        starts=(
            *("latest", "most ", "trending", "top stories", "breaking news", "home", "menu"),
            *("skip to", "back to", "next ", "previous ", "prev ", "load more", "show more"),
            *("zurück zur", "retour à", "volver a", "на главную", "на головну"),
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
            *("условия", "умови", "accessibility", "site map", "sitemap", "jump to"),
            *("wechseln zu", "aller à", "ir a", "saltar a"),
        ),
    ),
    # A tag list: a label and a few topics, no sentence ("Теги: Україна, Росія").
    Rule(
        "nav.tags",
        "tag list",
        _r(
            r"^(?:tags?|topics|filed under|теги|тэги|мітки|метки|ключові слова|ключевые слова|"
            r"schlagwörter|schlagworte|stichwörter|themen|mots[- ]clés|étiquettes|etiquetas|"
            r"palabras clave|temas|タグ|tagged(?: with)?|labels|categor(?:y|ies)|kategorien?|"
            r"rubriken?|catégories?|rubriques?|categorías?|categorias?|secciones|sección|"
            r"рубрик[аи]|категори[яи]|категорії)\s*[:：]\s*"
            r"(?!.*[.!?]\s+\w)(?!.*\w{3}[.!?][\"”»]?$)\S.*$|"
            # the label alone
            r"^(?:tags|schlagwörter|schlagworte|stichwörter|stichworte|mots[- ]clés|etiquetas)$"
        ),
        LINE,
        25,
        starts=(
            *("tag", "topics", "filed under", "теги", "тэги", "мітки", "метки", "ключов"),
            *("schlagw", "stichw", "themen", "mots", "étiquettes", "etiquetas", "palabras"),
            *("temas", "タグ", "labels", "categor", "kategorie", "rubrik", "catégor", "rubrique"),
            *("secci", "рубрик", "категор"),
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
            r"^[\s—–-]*(?:advertisement\s*[-–—:|]\s*(?:scroll (?:down )?to continue"
            r"(?: reading| with content)?|(?:the )?(?:story|article) continues below)|"
            r"advertisement|advertising|sponsored(?: content)?|ad|"
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
