"""What a page's widgets print around the article: a form's consent line, the placeholder of
an embedded post that needs consent, the notice about an old browser, a listing's counter or
empty notice, the search box's prompt, and the site's disclaimer."""

from __future__ import annotations

from cleaners.rules.base import LINE, Rule, _r

WIDGET_RULES: tuple[Rule, ...] = (
    # The consent line of a sign-up or comment form ("Ich bin mit der Verarbeitung meiner
    # Daten ... einverstanden", "Mit Absenden meiner E-Mail-Adresse willige ich ... ein", "By
    # submitting this form you agree to our privacy policy"): it names data, privacy or terms
    Rule(
        "form.consent",
        "a form's consent line",
        _r(
            r"^(?=.*\b(?:daten\w*|datenschutz\w*|widerruf\w*|newsletter|privacy|terms|data|"
            r"données|confidentialité|conditions|privacidad|datos|términos|"
            r"персональн\w*|конфіденційн\w*|конфиденциальн\w*))"
            r"(?:ich bin (?:damit )?(?:mit|einverstanden)\b|"
            r"ich (?:willige|stimme)\b.{0,80}\b(?:ein|zu)\b|"
            r"mit (?:dem )?(?:absenden|abschicken|klick|anmelden|eintragen)\b.{0,80}"
            r"\b(?:willige|stimme|erkläre|akzeptiere|bestätige)\b|"
            r"i (?:agree|consent) to\b|i have read and (?:agree|accept)\b|"
            r"by (?:clicking|submitting|signing up|subscribing|registering)\b.{0,80}"
            r"\byou (?:agree|consent|accept|acknowledge)\b|"
            r"j'accepte\b|"
            r"en (?:cliquant|soumettant|vous inscrivant)\b.{0,80}\b(?:acceptez|accepte)\b|"
            r"acepto\b|al (?:hacer clic|enviar|suscribirte|registrarte)\b.{0,80}\baceptas?\b|"
            r"я (?:погоджуюсь|согласен|даю згоду|даю согласие)\b|"
            # a sign-up box's spam check: "This site is protected by reCAPTCHA and the Google
            # Privacy Policy and Terms of Service apply."
            r"this (?:site|form|page) is protected by recaptcha\b).*$"
        ),
        LINE,
        120,  # (the consent of a shop's newsletter runs to a hundred words)
        starts=(
            *("ich bin", "ich willige", "ich stimme", "mit ", "i agree", "i consent"),
            *("i have read", "by clicking", "by submitting", "by signing", "by subscribing"),
            *("by registering", "j'accepte", "en cliquant", "en soumettant", "en vous"),
            *("acepto", "al hacer", "al enviar", "al suscribirte", "al registrarte", "я "),
            "this ",
        ),
    ),
    # The placeholder of an embedded post or video that loads only with consent ("Externer
    # Inhalt", "Wir respektieren deine Privatsphäre und stellen deshalb ohne dein
    # Einverständnis keine Verbindung zu Twitter her", "Mit dem Laden des Inhalts akzeptieren
    # Sie ...")
    Rule(
        "nav.embed",
        "placeholder of an embedded post",
        _r(
            r"^(?:(?:externer|eingebetteter) inhalt|external content|embedded content|"
            r"contenu externe|contenido externo|"
            r".*\bohne (?:dein|ihr)e?n? (?:einverständnis|zustimmung|einwilligung)\b.{0,60}"
            r"\b(?:verbindung|daten|inhalte?)\b.*|"
            r"(?:mit dem|beim) laden des (?:inhalts|videos|tweets|beitrags|posts)\b.*)\s*[.:]?$"
        ),
        LINE,
        50,
        hints=("inhalt", "content", "contenu", "contenido", "ohne", "laden des"),
    ),
    # The notice about an old browser or JavaScript switched off
    Rule(
        "nav.browser",
        "notice about the reader's browser",
        _r(
            r"^(?!.*[«»“”„\"]).*\b(?:browser version with limited support|"
            r"(?:you are|you're) using an? (?:outdated|old|older|unsupported) (?:browser|version)|"
            r"(?:sie (?:verwenden|nutzen)|du (?:verwendest|nutzt)) einen? (?:veralteten|alten) "
            r"browser|(?:dein|ihr) browser ist (?:leider )?(?:veraltet|nicht mehr aktuell)|"
            r"your (?:web )?browser is (?:out of date|outdated|not supported)|"
            r"please (?:enable|turn on|activate) javascript|"
            r"bitte aktivieren sie javascript|javascript (?:is|ist) (?:disabled|deaktiviert)|"
            r"vous utilisez un navigateur (?:obsolète|ancien|non supporté)|"
            r"(?:estás|está) usando un navegador (?:obsoleto|antiguo)|"
            r"(?:enable|activate) javascript to (?:view|see|watch|read)|"
            r"(?:veuillez )?activer javascript|(?:por favor,? )?activa(?:r)? javascript|"
            r"(?:включите|увімкніть|ввімкніть) javascript|"
            # content the reader's country may not see
            r"(?:this|the) (?:content|video) is not available in your (?:region|country)|"
            r"(?:dieser inhalt|dieses video) ist in (?:ihrer|deiner) region nicht verfügbar|"
            r"ce contenu n['’]est pas disponible dans votre (?:région|pays)|"
            r"este contenido no está disponible en tu (?:región|país))\b.*$"
        ),
        LINE,
        60,
        hints=(
            *("browser", "javascript", "navigateur", "navegador", "not available in your"),
            *("nicht verfügbar", "pas disponible", "no está disponible"),
        ),
    ),
    # A listing's counter ("Es werden die Weine 1 bis 10 von insgesamt 19 angezeigt",
    # "Showing 1–10 of 19 results") and its notice when empty ("Es gibt derzeit keine
    # bevorstehenden Veranstaltungen", "There are no upcoming events")
    Rule(
        "nav.listing",
        "a listing's counter or empty notice",
        _r(
            r"^(?:es werden (?:die )?.{0,30}?\d+ bis \d+ von (?:insgesamt )?\d+ .{0,20}?angezeigt|"
            r"(?:zeige|anzeige) \d+\s*(?:bis|[–-])\s*\d+ von (?:insgesamt )?\d+\b.{0,20}|"
            r"showing \d+\s*(?:to|[–-])\s*\d+ of \d+\b.{0,20}|"
            r"affichage de \d+ (?:à|-) \d+ sur \d+\b.{0,20}|"
            r"mostrando \d+\s*(?:a|[–-])\s*\d+ de \d+\b.{0,20}|"
            r"es gibt (?:derzeit|zurzeit|aktuell|momentan|keine)\b.{0,40}?"
            r"(?:veranstaltungen|termine|events)|"
            r"(?:there are )?no upcoming events(?: (?:at this time|found|scheduled))?|"
            r"keine (?:bevorstehenden |kommenden |anstehenden )?(?:veranstaltungen|termine)"
            r"(?: gefunden| vorhanden)?|"
            r"aucun événement à venir|no hay (?:próximos )?eventos(?: próximos)?)\s*[.!]?$"
        ),
        LINE,
        20,
        starts=(
            *("es werden", "zeige", "anzeige", "showing", "affichage", "mostrando"),
            *("es gibt", "there are", "no upcoming", "keine", "aucun", "no hay"),
        ),
    ),
    # The search box's prompt ("Haben Sie das Gesuchte nicht gefunden?", "Can't find what
    # you're looking for?")
    Rule(
        "nav.search",
        "the search box's prompt",
        _r(
            r"^(?:haben sie (?:das gesuchte|nichts?) (?:nicht )?gefunden|"
            r"nicht gefunden,? was (?:sie|du) (?:suchen|suchst|gesucht)|"
            r"(?:didn['’]t|can['’]t|could(?:n['’]t| not)) find what you(?:['’]re| are|) "
            r"(?:looking|searching) for|"
            r"vous n['’]avez pas trouvé ce que vous (?:cherchiez|cherchez)|"
            r"no (?:encontraste|encuentras) lo que buscas|no encontraste lo que buscabas)"
            r"[^.!]{0,40}[?.!]?$"
        ),
        LINE,
        16,
        starts=(
            *("haben sie", "nicht gefunden", "didn", "can", "could", "vous n"),
            "no encontraste",
            "no encuentras",
        ),
    ),
    # The site's disclaimer under a list or a post ("(Alle Angaben ohne Gewähr)", "The views
    # expressed are those of the author", "Les opinions exprimées ... n'engagent que leurs
    # auteurs")
    Rule(
        "page.disclaimer",
        "the site's disclaimer",
        _r(
            r"^(?:\(?(?:alle )?angaben ohne gewähr\)?\.?|"
            r"(?:the )?(?:views|opinions) expressed\b.{0,80}\b(?:are (?:solely )?(?:those|the "
            r"views?) of|do not (?:necessarily )?reflect)\b.*|"
            r"les opinions exprimées\b.{0,80}\bn['’]engagent que\b.*|"
            r"las opiniones expresadas\b.{0,80}\b(?:son (?:de )?(?:exclusiva )?responsabilidad|"
            r"no reflejan)\b.*|"
            r"die (?:meinungen|ansichten)\b.{0,60}\b(?:geben nicht (?:zwingend |unbedingt )?|"
            r"spiegeln nicht (?:zwingend |unbedingt )?)(?:die|unsere)\b.*|"
            r"(?:disclaimer|haftungsausschluss|avertissement|aviso legal)\s*(?::|\(.{0,60}\):).*|"
            r"trotz sorgfältiger (?:inhaltlicher )?kontrolle übernehmen? (?:wir|ich) keine "
            r"haftung\b.*)$"
        ),
        LINE,
        60,
        starts=(
            *("(alle", "alle angaben", "(angaben", "angaben", "the views", "the opinions"),
            *("views", "opinions", "les opinions", "las opiniones", "die meinungen"),
            *("die ansichten", "disclaimer", "haftungsausschluss", "avertissement"),
            *("aviso legal", "trotz sorgfältiger"),
        ),
    ),
)
