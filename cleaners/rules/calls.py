"""Calls to action: social, newsletter, app, paywall and donation appeals."""

from __future__ import annotations

from cleaners.rules.base import LINE, Rule, _r
from cleaners.rules.patterns import _SOCIAL

CALL_RULES: tuple[Rule, ...] = (
    # --- calls to action ----------------------------------------------------------------
    Rule(
        "cta.social",
        "social call to action",
        _r(
            rf"^(?:join|follow|like|find|subscribe to|connect with|watch|listen to)\s+"
            rf"(?:us|our\s[\w\s'’-]{{0,60}}?|(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){{0,4}})"
            rf"\s+(?:on|at|via|in)\s+(?:the\s+)?(?:@\w+|{_SOCIAL})\b"
        ),
        LINE,
        20,
        starts=(
            "join",
            "follow",
            "like",
            "find",
            "subscribe to",
            "connect with",
            "watch",
            "listen to",
        ),
    ),
    Rule(
        "cta.social",
        "social call to action",
        _r(r"^follow\b.*@\w{3,}"),
        LINE,
        20,
        starts=("follow",),
    ),
    Rule(
        "cta.social",
        "social call to action",
        _r(
            rf"^(?:join|follow|subscribe to|like|add)\s+(?:us\s+on\s+|our\s+|the\s+)"
            rf"(?:official\s+)?{_SOCIAL}\b"
        ),
        LINE,
        20,
        starts=("join", "follow", "subscribe to", "like", "add"),
    ),
    Rule(
        "cta.social",
        "social call to action",
        _r(
            r"^(?:підписуйтес[ья]|приєднуйтес[ья]|слідкуйте|стежте за (?:нами|нашими)|"
            r"подписывайтесь|присоединяйтесь|следите за нами|folgen sie uns|folge uns|"
            r"abonnieren sie unseren(?!\s+newsletter)|treten sie unserem|suivez-nous|"
            r"rejoignez-nous|rejoignez notre (?:chaîne|groupe|communauté)|"
            r"abonnez-vous à notre (?:chaîne|compte)|síguenos|siguenos|únete a nuestro|"
            r"unete a nuestro|suscríbete a nuestro canal|suscribete a nuestro canal|"
            # "Підпишіться на наш Telegram-канал" (a newsletter is cta.newsletter's)
            r"(?:підпишіться|подпишитесь) на (?:наш|нашу|наші|наши)\b(?!.*(?:розсилк|рассылк)))\b"
        ),
        LINE,
        25,
        starts=(
            *("підписуйтес", "приєднуйтес", "слідкуйте", "стежте за", "подписывайтесь"),
            *("присоединяйтесь", "следите за нами", "folgen sie uns", "folge uns"),
            *("abonnieren sie", "treten sie unserem", "suivez-nous", "rejoignez-nous"),
            *("rejoignez notre", "abonnez-vous à", "síguenos", "siguenos", "únete a nuestro"),
            *("unete a nuestro", "suscríbete a nuestro", "suscribete a nuestro"),
            *("підпишіться на", "подпишитесь на"),
        ),
    ),
    Rule(
        "cta.newsletter",
        "newsletter sign-up",
        _r(
            r"^(?:sign up|subscribe|register)\b.{0,60}\b(?:newsletter|briefing|digest|alerts?|"
            r"updates|inbox)\b|^get (?:our|the) .{0,40}newsletter|"
            r"^(?:get|receive|have)\b.{0,80}\b(?:in|to|into|straight to) your inbox\b|"
            r"^(?:never miss|don'?t miss|stay (?:up to date|informed|in the loop))\b.{0,80}"
            r"\b(?:sign(?:ing)? up|subscrib(?:e|ing)) (?:to|for) (?:our|the)\b.{0,40}"
            r"\bnewsletters?\b|"
            r"^(?:abonnieren sie|abonnez-vous|suscríbete|suscribete|підпишіться|подпишитесь|"
            r"підписатися|подписаться|підписуйтеся|melden sie sich|jetzt|inscrivez-vous|"
            r"recevez|recibe|recibir|apúntate|apuntate|inscríbete|inscribete|регистрируйтесь)\b"
            r".{0,60}(?:newsletter|рассылк|розсилк|boletín|boletin|infolettre|"
            r"lettre d'information)|"
            # "Recevez l'essentiel de l'actualité chaque matin"
            r"^recevez (?:chaque (?:jour|matin|semaine|soir) )?(?:l[’']essentiel|le meilleur|"
            r"toute l[’']actualité|nos alertes)\b.*|"
            r"^(?:(?:jetzt\s+)?(?:(?:zum|für den|unseren)\s+)?newsletter\s+"
            r"(?:abonnieren|anmelden|bestellen)|"
            r"(?:thanks|thank you) for (?:subscribing|signing up)|дякуємо за підписку|"
            r"спасибо за подписку|danke für (?:ihre|deine) anmeldung|merci (?:pour votre|de votre) "
            r"(?:inscription|abonnement)|gracias por (?:suscribirte|tu suscripción))\s*[.!]?$"
        ),
        LINE,
        30,
        starts=(
            *("sign up", "subscribe", "register", "get", "receive", "have", "never miss"),
            *("don", "stay ", "abonnieren sie", "abonnez-vous", "suscríbete", "suscribete"),
            *("підпишіться", "подпишитесь", "підписатися", "подписаться", "підписуйтеся"),
            *("melden sie sich", "jetzt", "inscrivez-vous", "recevez", "recib", "apúntate"),
            *("apuntate", "inscríbete", "inscribete", "регистрируйтесь", "zum", "für den"),
            *("unseren", "newsletter", "thank", "дякуємо за підписку", "спасибо за подписку"),
            *("danke für", "merci ", "gracias por"),
        ),
    ),
    # A sign-up box's own words: the blog engine's e-mail box ("Um neue Beiträge per E-Mail zu
    # erhalten ..."), and news "delivered to your inbox" or "straight to your phone"
    Rule(
        "cta.newsletter",
        "newsletter sign-up",
        _r(
            r"^(?:(?:um|gib deine e-mail-adresse ein,? um) (?:neue|die neuesten) "
            r"(?:beiträge|artikel)\b.{0,40}\b(?:per e-?mail|benachrichtigungen)\b.*|"
            r"(?:enter your email address|entrez votre adresse (?:e-?mail|courriel)|"
            r"introduce tu (?:correo|email|dirección de correo)) (?:to|pour|para)\b.{0,30}"
            r"\b(?:subscribe|receive|follow|notifications?|abonner|recevoir|suscribirte|"
            r"recibir)\b.*|"
            r"abonniere (?:unseren|den|meinen) newsletter\b.*|"
            r"(?:join|get|receive|have)\b.{0,100}\b(?:delivered|sent|straight|right) "
            r"(?:to|into) (?:your|their) (?:inbox(?:es)?|phone|mailbox)\b.*)$"
        ),
        LINE,
        40,
        starts=(
            *("um ", "gib deine", "enter your", "entrez votre", "introduce tu", "abonniere"),
            *("join", "get", "receive", "have"),
        ),
    ),
    # What a newsletter or a section says it brings ("The latest news and insights from ...",
    # "The latest on artificial intelligence, from machine learning to ...", "Wir informieren
    # Sie täglich über die Topthemen des Tages"): no verb of a sentence about the news itself
    Rule(
        "cta.newsletter",
        "newsletter sign-up",
        _r(
            r"^(?!.*\b(?:is|are|was|were|has|have|had|shows?|showed|says?|said|came|comes|"
            r"will|would|could|may|might)\b)"
            r"(?:the latest (?:news|headlines|updates|stories|insights|analysis|on|from|about)"
            r"\b[^!?]*|wir informieren (?:sie|dich|euch) (?:täglich|regelmäßig|wöchentlich|"
            r"monatlich|jeden|einmal|zweimal|kostenlos)\b[^!?]*)$"
        ),
        LINE,
        22,
        starts=("the latest", "wir informieren"),
    ),
    Rule(
        "cta.app",
        "app promotion",
        _r(
            r"^(?:(?:download|get|install|try)\s+(?:the|our)\s+.{0,40}?\bapps?\b|"
            r"(?:never miss a (?:story|thing)[:!.]?\s*)?(?:turn on|enable) (?:push |browser )?"
            r"notifications\b.*|"
            r"(?:увімкніть|включите|активируйте|aktivieren sie|activez|activa|active) "
            r"(?:(?:push-|пуш-)?(?:сповіщення|уведомления)|(?:die |unsere )?"
            r"(?:push-)?benachrichtigungen|les notifications|las notificaciones)\b"
            r"[^,]*(?:,\s*(?:щоб|чтобы|um|pour|para)\b[^,]*)?$|"
            r"(?:push-)?benachrichtigungen aktivieren\b.*)"
        ),
        LINE,
        15,
        starts=(
            *("download", "get", "install", "try", "never miss", "turn on", "enable"),
            *("увімкніть", "включите", "активируйте", "aktivieren", "activ", "push"),
            "benachrichtigungen",
        ),
    ),
    # An app named as the site's own ("our app") is promotion at any length; a bare "download
    # the app" is promotion only as a short line (service pieces tell readers which app to use).
    Rule(
        "cta.app",
        "app promotion",
        _r(
            r"^(?:завантажуйте|завантажте|встановлюйте|встановіть|скачайте|скачивайте|"
            r"установите|laden sie (?:sich )?|holen sie sich|téléchargez|installez|descarga|"
            r"descárgate|descargate|instala)\s*"
            r"(?:наш(?:у|е|ий)?|unsere|notre|nuestra|nuestro)\s+"
            r"(?:\w+\s+){0,3}?(?:застосунок|додаток|приложение|app|application|aplicación)\b"
        ),
        LINE,
        15,
        starts=(
            *("завантаж", "встанов", "скача", "установите", "laden sie", "holen sie"),
            *("téléchargez", "installez", "descarga", "descárgate", "instala"),
        ),
    ),
    Rule(
        "cta.app",
        "app promotion",
        _r(
            r"^(?:(?:jetzt\s+)?(?:завантажуйте|завантажте|встановіть|скачайте|скачивайте|"
            r"установите|laden sie (?:sich )?|téléchargez|installez|descarga|descárgate|"
            r"descargate|instala)\s*(?:(?:la|l'|die|the)\s*)?"
            r"(?:застосунок|додаток|приложение|app|application|aplicación)\b"
            r"|(?:jetzt\s+)?(?:die|unsere)\s+app\s+(?:herunterladen|installieren))"
            r"[^,.;:!?]*[.!]?$"
        ),
        LINE,
        6,
        starts=(
            *("jetzt", "завантаж", "встанов", "скача", "установите", "laden sie"),
            *("téléchargez", "installez", "descarga", "descárgate", "instala", "die "),
            "unsere ",
        ),
    ),
    # Appeals for money. Such an appeal in a news story is quoted ("Support us," the mayor
    # said), so a comma or quotation mark after the appeal makes it prose.
    Rule(
        "cta.paywall",
        "metered-paywall notice",
        _r(
            r"^(?:you(?:'ve|’ve| have) (?:read|used) \d+ (?:of|out of) (?:your )?\d+ "
            r"(?:free )?(?:articles?|stories)|vous avez (?:lu|consulté) \d+ (?:des|sur) \d+ "
            r"articles?|sie haben (?:bereits )?\d+ von \d+ (?:kostenlosen |freien )?artikeln|"
            r"has leído \d+ de \d+ (?:artículos|noticias)|ви прочитали \d+ (?:з|із) \d+|"
            r"вы прочитали \d+ из \d+|"
            r"you(?:'ve|’ve| have) (?:reached|hit|used up) (?:your|the) (?:limit|maximum) of "
            r"(?:free )?(?:articles?|stories)|"
            r"sie haben (?:ihr|das) (?:limit|kontingent) (?:an|für|von) (?:kostenlosen |freien )?"
            r"artikeln? erreicht|"
            r"vous avez atteint (?:votre|la) limite (?:d[’']articles|de lecture)|"
            r"has (?:alcanzado|llegado al) (?:el )?límite de (?:artículos|noticias)|"
            r"вы (?:достигли|исчерпали) лимит\w* (?:бесплатных )?(?:статей|материалов)|"
            r"ви (?:досягли|вичерпали) ліміт\w* (?:безкоштовних )?(?:статей|матеріалів)|"
            r"this is your (?:last|final) free (?:article|story))[^.!?]*[.!]?$|"
            # a subscription's small print
            r"^immediate (?:online |digital )?access to (?:all|every)\b.*\bsubscription (?:will )?"
            r"auto(?:matically)?[- ]?renews?\b.*$"
        ),
        LINE,
        25,
        starts=(
            *("you", "vous avez", "sie haben", "has leído", "ви прочитали", "вы прочитали"),
            *("immediate", "this is your", "has alcanzado", "has llegado", "вы достигли"),
            *("вы исчерпали", "ви досягли", "ви вичерпали"),
        ),
    ),
    # A prompt to subscribe or register to read on, and a subscribers-only notice
    Rule(
        "cta.paywall",
        "paywall prompt",
        _r(
            r"^(?:(?:jetzt )?(?:kostenlos |gratis )?(?:registrieren|anmelden|abonnieren|"
            r"abonnent werden) und (?:weiterlesen|weiter lesen|alle artikel lesen)|"
            r"(?:subscribe|register|sign up|sign in|log in)(?: now| for free| free| today)? "
            r"(?:to|and) (?:continue reading|keep reading|read (?:on|more|the (?:full|whole|rest "
            r"of the) (?:article|story)))|"
            r"create an? (?:free )?account (?:to|and) (?:continue reading|keep reading|read on)|"
            r"(?:abonnez-vous|inscrivez-vous|connectez-vous) pour (?:lire la suite|"
            r"continuer (?:à lire|la lecture)|lire l[’']article)|"
            r"(?:suscríbete|regístrate|inicia sesión) para (?:seguir leyendo|continuar leyendo|"
            r"leer (?:la noticia completa|más|el artículo completo))|"
            r"(?:подпишитесь|зарегистрируйтесь|войдите),? чтобы (?:читать дальше|"
            r"продолжить чтение|прочитать (?:статью|материал|полностью))|"
            r"(?:підпишіться|зареєструйтеся|увійдіть),? щоб (?:читати далі|продовжити читання|"
            r"прочитати (?:статтю|матеріал|повністю))|"
            r"this (?:article|story|content) is (?:only )?(?:available )?(?:to|for) "
            r"(?:subscribers|members|premium subscribers)(?: only)?|"
            r"(?:dieser|der) (?:artikel|beitrag|inhalt) ist (?:nur |exklusiv )?für "
            r"(?:abonnenten|abonnentinnen und abonnenten|plus-leser)"
            r"(?: (?:verfügbar|zugänglich|lesbar|sichtbar|freigeschaltet))?|"
            r"jetzt (?:weiterlesen|weiter lesen) mit [\w+-]+(?: [\w+-]+)?|"
            r"cet article est réservé aux abonnés|"
            r"(?:este )?(?:contenido|artículo) (?:es )?exclusivo para (?:suscriptores|socios|"
            r"abonados)|"
            # the paywall's question and its answers: "Möchten Sie weiterlesen?", "Ja. Ich
            # bin Abonnent.", "Want to keep reading?", "Already a subscriber?"
            r"(?:möchten sie|willst du|wollen sie) (?:weiterlesen|weiter lesen)\?|"
            r"(?:ja[.,!]?\s+)?ich bin (?:bereits |schon )?(?:abonnent(?:in)?|abonniert)|"
            r"(?:ja[.,!]?\s+)?ich (?:benötige|brauche|möchte) ein abo(?:nnement)?|"
            r"(?:want|like) to (?:keep|continue) reading\?|already (?:a )?subscriber\?|"
            r"(?:vous souhaitez|envie de) (?:lire la suite|continuer (?:à lire|la lecture))\s*\?|"
            r"déjà abonné\s*\?|¿(?:quieres|desea) seguir leyendo\?|¿ya eres suscriptor\?|"
            r"хотите (?:читать дальше|продолжить чтение)\?|"
            r"хочете (?:читати далі|продовжити читання)\?)"
            r"\s*[.!…]*$"
        ),
        LINE,
        20,
        starts=(
            *("jetzt", "kostenlos", "gratis", "registrieren", "anmelden", "abonn", "subscribe"),
            *("register", "sign up", "sign in", "log in", "inscrivez", "connectez", "suscr"),
            "create a",
            *("regístrate", "inicia sesión", "подпишитесь", "зарегистрируйтесь", "войдите"),
            *("підпишіться", "зареєструйтеся", "увійдіть", "this ", "dieser", "der ", "cet "),
            *("este ", "möchten sie", "willst du", "wollen sie", "ja", "ich ", "want to"),
            *("contenido", "artículo"),
            *("like to", "already", "vous souhaitez", "envie de", "déjà abonné", "¿", "хотите"),
            "хочете",
        ),
    ),
    # The closing thanks and the plea to share: "Thanks for reading!", "If you found this
    # article useful, please share it", "Want more stories like this? Follow us on Google
    # News", "Danke fürs Lesen", "Merci de nous lire", "Gracias por leernos"
    Rule(
        "cta.social",
        "social call to action",
        _r(
            r"^(?:thank(?:s| you),? for reading(?: (?:this|our) (?:article|story|post))?|"
            r"if you (?:found|find|enjoyed|liked) this (?:article|story|post)"
            r"(?: (?:useful|helpful|interesting|informative))?,? (?:please )?"
            r"(?:share|consider sharing|pass)\b.*|"
            r"(?:want|like) more (?:stories|news|articles|content) like this\?.*|"
            r"(?:vielen )?dank(?:e)? fürs lesen|danke für (?:ihr|dein|das) (?:interesse|lesen)|"
            r"merci (?:de nous (?:avoir )?lu|pour votre lecture|de votre lecture)|"
            r"gracias por (?:leernos|leer(?: este artículo)?)|"
            r"спасибо, что (?:читаете|дочитали)(?: нас)?|дякуємо, що (?:читаєте|дочитали)(?: нас)?"
            r")\s*[.!…]*$"
        ),
        LINE,
        20,
        starts=(
            *("thank", "if you", "want more", "like more", "vielen dank", "danke", "dank "),
            *("merci", "gracias", "спасибо", "дякуємо"),
        ),
    ),
    Rule(
        "cta.donate",
        "donation appeal",
        _r(
            r"^(?:support (?:us|our (?:work|journalism|reporting|newsroom)|"
            r"(?:independent|quality) journalism)|donate(?: now| today| here)?\s*[.!]?$|"
            r"make a donation|"
            r"become a (?:patron|supporter|member)|"
            r"підтримайте (?:нас|редакцію|наш[уі]? (?:роботу|редакцію|журналістику)|"
            r"незалежн[іу] (?:медіа|журналістику))|підтримати (?:нас|редакцію|проєкт)|"
            r"задонатити|"
            r"поддержите (?:нас|редакцию|нашу (?:работу|редакцию)|независим(?:ую журналистику|"
            r"ые сми))|поддержать (?:нас|редакцию|проект)|"
            r"unterstützen sie (?:uns|unsere arbeit|unabhängigen journalismus)|"
            r"jetzt spenden\s*[.!]?$|"
            r"soutenez-nous|soutenez (?:notre (?:travail|rédaction)|le journalisme indépendant)|"
            r"faites un don|faire un don|"
            r"apóyanos|apoyanos|apoya (?:nuestro trabajo|el periodismo independiente)|"
            r"haz una donación|haz un donativo|dona ahora\s*[.!]?$|"
            r"je (?:fais|soutiens)(?: un don)?\b|wesprzyj (?:nas|naszą|nasz)\b|"
            r"unterstütze (?:uns|unsere arbeit|\S+ (?:jetzt|bereits|schon) mit)\b|"
            r"(?:ihr|dein) beitrag hilft,? (?:uns|unsere)\b|"
            r"(?:donar|donar ahora|пожертвовать|підтримати|задонатить)\s*[.!]?$)"
            r"(?![\w-])(?:[^,«»“”„\"]|(?<=\d),(?=\d))*$"  # (a comma only in "2,50")
        ),
        LINE,
        20,
        starts=(
            *("support", "donate", "make a donation", "become a", "підтрима", "задонатити"),
            *("поддерж", "unterstützen", "jetzt spenden", "soutenez", "faites un don"),
            *("faire un don", "apóyanos", "apoyanos", "apoya ", "haz un", "dona ahora"),
            *("je fais", "je soutiens", "wesprzyj", "unterstütze", "ihr beitrag", "dein beitrag"),
            *("donar", "пожертвовать", "задонатить"),
        ),
    ),
    Rule(
        "cta.donate",
        "donation appeal",
        _r(
            r"^(?!.*[«»“”„\"]).*\b(?:please (?:consider )?(?:making a donation|donating|"
            r"supporting us|support us|donate)|"
            r"будь ласка, підтримайте нас|пожалуйста, поддержите нас)\b[^,]*$"
        ),
        LINE,
        35,
        hints=("please", "будь ласка", "пожалуйста"),
    ),
)
