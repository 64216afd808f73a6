"""Near-duplicate stress set: the dev set's recipe on other articles, for finding missed copies.

The near-duplicate dev set is built from 67 articles and newsclean joins all of its copies, so
it can no longer show a miss. This builds sets the same way from other real text: the main
content of the snippet benchmark's pages (the lines of each page's full text from the first to
the last line holding a snippet that must be kept, without the lines holding one that must go),
and optionally the article benchmark's gold bodies, each in its own language. Each story gets
1-6 copies on invented sites with their own furniture, and per copy the dev set's operations
(``ops`` in gold.jsonl, drawn about as often as there): dropped paragraphs, truncation, site
furniture before, inside and after the body (bylines, captions, share widgets, comment forms,
teasers that are other stories' headlines), editor's notes, typos, headline rewrites,
straight or curly quotes, HTML entities, whitespace noise, cp1252 mojibake, merged or split
paragraphs, a foreign sentence. Hard negatives: stories quoting whole paragraphs of another
story, and follow-ups on a story made of other text around one or two of its paragraphs.

Writes ``OUT/docs/<doc_id>.txt``, ``OUT/raw/<site>/<doc_id>.txt`` and ``OUT/gold.jsonl`` in
the dev set's format, so the dev set's scorer scores it, and bench/dedup.py runs newsclean on
it (``--bench OUT --score <the dev set's score.py>``). Deterministic for a seed.

    uv run python bench/dedup_stress.py --out /tmp/stress1 --seed 1 \
        [--snippets ../shared/bench/snippets-dev] [--boilerplate ../shared/bench/boilerplate-dev]
"""

from __future__ import annotations

import argparse
import html as htmlmod
import json
import random
import re
from dataclasses import dataclass, field
from pathlib import Path

PLACES = [
    "Northgate", "Midland", "Lakeside", "Valley", "Pinewood", "Riverside", "Frontier", "Coastal",
    "Union", "Granite", "Prairie", "Summit", "Capital", "Eastern", "Metro", "Global", "Harbor",
    "Cedar", "Ironwood", "Bayview", "Westfield", "Highland", "Meadow", "Oakridge",
]  # fmt: skip
NOUNS = [
    "Wire", "Herald", "Dispatch", "Chronicle", "Gazette", "Sentinel", "News Hub", "Digest",
    "Times", "Bulletin", "Post", "Beacon", "Report", "Observer", "Ledger", "Insider", "Courier",
]  # fmt: skip
FIRST = ["Leila", "Kwame", "Aisha", "Diego", "Maria", "Noah", "Ines", "Omar", "Raj", "Sofia",
         "Tomasz", "Elena", "Jonas", "Mei", "Keith", "Amara"]  # fmt: skip
LAST = ["Haddad", "Walsh", "Ibrahim", "Lindqvist", "Okafor", "Dubois", "Kowalski", "Bennett",
        "Mensah", "Schmidt", "Novak", "Costa", "Weber", "Tanaka", "Yates", "Moreau"]  # fmt: skip
CITIES = ["Nairobi", "Chicago", "Sao Paulo", "Lyon", "Berlin", "Madrid", "Kyiv", "Osaka",
          "Leeds", "Toronto"]  # fmt: skip
MONTHS = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.",
          "Nov.", "Dec."]  # fmt: skip
KICKERS = ["WATCH:", "UPDATE:", "BREAKING:", "Live updates:", "Exclusive:", "Analysis:"]
SYNONYMS = {
    "says": "said", "said": "says", "new": "fresh", "after": "following", "big": "major",
    "sagt": "erklärt", "neue": "neuen", "nouveau": "nouvel", "nuevo": "reciente",
    "to": "set to", "will": "to", "and": "&", "more": "further", "over": "amid",
}  # fmt: skip
NOTES = [
    "Editor's note: This article was first published by {src}.",
    "This story has been updated with additional information.",
    "Correction: An earlier version of this story misstated a date.",
    "Last Updated: {date}",
    "Published {date} | Updated {date2}",
]
FOREIGN = [
    "Die Stadt kündigte weitere Maßnahmen für die kommenden Wochen an.",
    "Le gouvernement a annoncé de nouvelles mesures la semaine prochaine.",
    "El ayuntamiento presentará el plan el próximo lunes.",
    "Міська рада розгляне питання наступного тижня.",
    "Власти пообещали вернуться к этому вопросу позже.",
    "Officials said more details would follow later this week.",
]
RELATED = (
    "Related", "Recommended Stories", "More from ", "Trending on ", "You may also like",
    "Read more:", "Also read:",
)  # fmt: skip
FOLLOWUP_HEADS = [
    "Reactions pour in after {h}",
    "Reactions pour in following {h}",
    "What we know about {h}",
    "One week on: {h}",
    "Questions remain after {h}",
]


def _date(rng: random.Random) -> str:
    return f"{rng.choice(MONTHS)} {rng.randint(1, 28)}, {rng.randint(2018, 2025)}"


def _name(rng: random.Random) -> str:
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"


@dataclass
class Site:
    name: str
    slug: str
    head: list[str]  # templates of lines before the body
    mid: list[str]  # templates of lines between paragraphs (captions, "Trending Now")
    tail: list[str]  # templates of lines after the body
    teasers: int  # other stories' headlines in its "related" box, at most


def _make_site(rng: random.Random, name: str) -> Site:
    head_pool = [
        "Posted by {name} on {date}",
        "By {name} | {date}",
        "Last Updated: {date}",
        "Tweet",
        "Image copyright {agency} Image caption {name} in {city}",
        "{n} min read",
        "Published {date} | Updated {date2}",
        "File photo: {name} arrives in {city}. (Photo by {name2}/Getty Images)",
        "(AP Photo/{name}, File)",
        "Credit...{name} for {site}",
    ]
    mid_pool = [
        "{name} speaks during a news conference in {city} on {date}. Photo by {name2}/UPI | "
        "License Photo",
        "Trending Now",
        "ADVERTISEMENT",
        "(Photo by {name}/Getty Images)",
        "Story continues below advertisement",
        "Image: {name}/{agency}",
    ]
    tail_pool = [
        "Share this:", "Click to share on Twitter (Opens in new window)",
        "Click to share on Facebook (Opens in new window)",
        "Click to share on WhatsApp (Opens in new window)", "Like this:", "Like Loading...",
        "Related", "Leave a Reply", "Cancel reply",
        "Your email address will not be published. Required fields are marked *", "Comment",
        "Name *", "Email *", "Website",
        "Save my name, email, and website in this browser for the next time I comment.",
        "Post navigation", "Previous Post", "Next Post", "Source link",
        "First appeared on {src}", "Read the full article on {src}.",
        "This article originally appeared on {src}.", "Publisher: {src}",
        "Disclaimer: This story is auto-aggregated by a computer program and has not been "
        "created or edited by {site}.",
        "Main image credit: Getty", "Follow us on Google News",
        "Have a news tip? Email us at tips@{slug}.example",
        "Follow us on Twitter @{slug} and on Facebook", "Sign up for our daily newsletter",
        "Get the latest news delivered to your inbox", "(Reporting by {name}; Editing by {name2})",
        "%d bloggers like this:", "Recommended Stories", "More from {site}:",
        "Trending on {site}", "You may also like", "Read more:", "Also read:",
    ]  # fmt: skip
    slug = re.sub(r"[^a-z]+", "", name.lower().replace("the ", ""))
    return Site(
        name,
        slug,
        rng.sample(head_pool, rng.randint(2, 5)),
        rng.sample(mid_pool, rng.randint(1, 3)),
        rng.sample(tail_pool, rng.randint(6, 22)),
        rng.choice([0, 2, 3, 5]),
    )


def _fill(t: str, rng: random.Random, site: Site, src: str) -> str:
    return t.format(
        name=_name(rng), name2=_name(rng), date=_date(rng), date2=_date(rng),
        city=rng.choice(CITIES), agency=rng.choice(["dpa", "UPI", "AFP", "Reuters", "EPA"]),
        site=site.name, slug=site.slug, src=src, n=rng.randint(2, 12),
    )  # fmt: skip


# --- sources ----------------------------------------------------------------------------


@dataclass
class Article:
    src: str  # a short id of where it came from
    domain: str
    lang_hint: str
    headline: str
    paras: list[str]
    quoted: list[tuple[int, int]] = field(default_factory=list)  # (story, paras) it quotes


def _norm(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip().lower()


_TITLE = re.compile(r"<title[^>]*>(.*?)</title>", re.S | re.I)
_OG = re.compile(r'<meta[^>]+property=["\']og:title["\'][^>]+content=["\']([^"\']+)', re.I)


def snippet_articles(root: Path) -> list[Article]:
    """The main content of each snippet page: its full text's lines from the first to the last
    holding a must-keep snippet, less those holding a must-drop one; its title from the HTML."""
    pages = root / "pages"
    out = []
    for line in (pages / "snippets.jsonl").read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        full = pages / f"{row['id']}.full.txt"
        if not full.is_file():
            continue
        lines = [x.strip() for x in full.read_text(encoding="utf-8").splitlines() if x.strip()]
        low = [_norm(x) for x in lines]
        keep = [_norm(s) for s in row["with"] if s.strip()]
        drop = [_norm(s) for s in row["without"] if s.strip()]
        idx = [i for i, x in enumerate(low) if any(s in x for s in keep)]
        if not idx:
            continue
        body = [
            lines[i] for i in range(min(idx), max(idx) + 1) if not any(s in low[i] for s in drop)
        ]
        title = ""
        page = pages / f"{row['id']}.html"
        if page.is_file():
            text = page.read_text(encoding="utf-8", errors="replace")
            m = _OG.search(text) or _TITLE.search(text)
            if m:
                title = re.sub(r"\s+", " ", htmlmod.unescape(m.group(1))).strip()
        if not title or len(title) > 200:
            title = body[0][:120]
        if sum(len(p.split()) for p in body) < 25:
            continue
        out.append(Article(row["id"][:12], row["site"], "", title, body))
    return out


def boilerplate_articles(root: Path) -> list[Article]:
    """The article benchmark's gold bodies, with the headline of each page's article text."""
    pages = root / "pages"
    out = []
    for gold in sorted(pages.glob("*.gold.txt")):
        pid = gold.name[: -len(".gold.txt")]
        body = [x.strip() for x in gold.read_text(encoding="utf-8").splitlines() if x.strip()]
        art = pages / f"{pid}.article.txt"
        head = art.read_text(encoding="utf-8").splitlines()[0].strip() if art.is_file() else ""
        if body and sum(len(p.split()) for p in body) >= 25:
            out.append(Article(pid[:12], "example.com", "", head or body[0][:120], body))
    return out


# --- per-copy operations -------------------------------------------------------------------

_CURLY = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"'})


def _curly(s: str) -> str:
    s = re.sub(r'(^|[\s(\[])"', "\\1\u201c", s)
    s = s.replace('"', "\u201d")
    s = re.sub(r"(\w)'(\w)", "\\1\u2019\\2", s)
    return s


def _typo(rng: random.Random, paras: list[str]) -> None:
    for _ in range(20):
        i = rng.randrange(len(paras))
        words = paras[i].split(" ")
        j = rng.randrange(len(words))
        w = words[j]
        if len(w) < 4 or not w.isalpha():
            continue
        k = rng.randrange(1, len(w) - 1)
        kind = rng.random()
        if kind < 0.4:
            w = w[:k] + w[k + 1 :]
        elif kind < 0.7:
            w = w[:k] + w[k + 1] + w[k] + w[k + 2 :]
        else:
            w = w[:k] + rng.choice("aeioustrnx") + w[k + 1 :]
        words[j] = w
        paras[i] = " ".join(words)
        return


def _headline(rng: random.Random, h: str, site: Site, ops: list[str]) -> str:
    kinds = ["titlecase", "site_suffix", "kicker", "upper", "synonym", "sentencecase", "truncate"]
    weights = [41, 31, 27, 25, 17, 14, 13]
    n = 0 if rng.random() < 0.22 else (1 if rng.random() < 0.7 else 2)
    chosen: list[str] = []
    while len(chosen) < n:
        k = rng.choices(kinds, weights)[0]
        if k not in chosen:
            chosen.append(k)
    for k in chosen:
        ops.append(f"headline:{k}")
        if k == "titlecase":
            h = " ".join(w[:1].upper() + w[1:] for w in h.split(" "))
        elif k == "upper":
            h = h.upper()
        elif k == "sentencecase":
            h = h[:1].upper() + h[1:].lower()
        elif k == "site_suffix":
            h = f"{h} - {site.name}"
        elif k == "kicker":
            h = f"{rng.choice(KICKERS)} {h}"
        elif k == "truncate":
            words = h.split()
            h = " ".join(words[: max(3, len(words) * 2 // 3)]) + "..."
        elif k == "synonym":
            h = " ".join(SYNONYMS.get(w.lower(), w) for w in h.split(" "))
    return h


def _whitespace(rng: random.Random, lines: list[str], kind: int) -> list[str]:
    out = []
    for x in lines:
        r = rng.random()
        if kind == 0 and r < 0.3:
            x = x.replace(". ", ".  ")
        elif kind == 1 and r < 0.3:
            x = x + rng.choice([" ", "\t", "  "])
        elif kind == 2 and r < 0.2:
            x = x.replace(" ", "\u00a0", rng.randint(1, 3))
        out.append(x)
    return out


def _mojibake(text: str) -> str:
    raw = text.encode("utf-8")
    return raw.decode("cp1252", errors="replace")


def make_copy(
    rng: random.Random,
    art: Article,
    site: Site,
    teasers: list[str],
    sentences: list[str],
) -> tuple[str, list[str]]:
    """One copy of a story on a site: (text, ops)."""
    ops: list[str] = []
    paras = list(art.paras)
    n0 = len(paras)
    if n0 > 2 and rng.random() < 0.23:
        k = rng.choices([1, 2, 3], [39, 6, 2])[0]
        k = min(k, n0 - 2)
        for _ in range(k):
            del paras[rng.randrange(1, len(paras))]
        ops.append(f"drop_paras:{k}")
    if len(paras) > 2 and rng.random() < 0.19:
        keep = max(1, round(len(paras) * rng.uniform(0.5, 0.92)))
        if keep < len(paras):
            ops.append(f"truncate:{keep}/{len(paras)}")
            paras = paras[:keep]
    if len(paras) > 2 and rng.random() < 0.07:
        i = rng.randrange(len(paras) - 1)
        paras[i : i + 2] = [paras[i] + " " + paras[i + 1]]
        ops.append("merge_paras")
    elif rng.random() < 0.03:
        i = max(range(len(paras)), key=lambda j: len(paras[j]))
        cut = paras[i].find(". ", len(paras[i]) // 3)
        if cut > 0:
            paras[i : i + 1] = [paras[i][: cut + 1], paras[i][cut + 2 :]]
            ops.append("split_para")
    if rng.random() < 0.05:
        i = rng.randrange(len(paras))
        paras[i] = paras[i] + " " + rng.choice(FOREIGN)
        ops.append("add_foreign_sentence")
    if rng.random() < 0.22:
        n = rng.randint(1, 5)
        for _ in range(n):
            _typo(rng, paras)
        ops.append(f"typos:{n}")
    note = None
    if rng.random() < 0.17:
        note = _fill(rng.choice(NOTES), rng, site, art.domain)
        ops.append("add_note")
    headline = _headline(rng, art.headline, site, ops)
    nh = min(len(site.head), rng.randint(0, 4))
    head = [_fill(t, rng, site, art.domain) for t in rng.sample(site.head, nh)]
    mid = []
    if len(paras) > 2 and rng.random() < 0.45:
        mid = [_fill(rng.choice(site.mid), rng, site, art.domain)]
    nt = rng.randint(2, len(site.tail))
    tail = [_fill(t, rng, site, art.domain) for t in site.tail[:nt]]
    if site.teasers and teasers:
        boxes = [i for i, t in enumerate(tail) if t.startswith(RELATED)]
        if boxes:  # other stories' headlines under a related-stories header, as on the dev set
            at = rng.choice(boxes) + 1
            picks = rng.sample(teasers, min(len(teasers), rng.randint(1, site.teasers)))
            tail[at:at] = picks
    ops.append(f"furniture:{len(head)}+{len(mid)}+{len(tail)}")
    body = list(paras)
    if mid:
        body.insert(rng.randrange(1, len(body)) if len(body) > 1 else 1, mid[0])
    if note:
        if rng.random() < 0.5:
            body.insert(0, note)
        else:
            body.append(note)
    lines = [headline, *head, *body, *tail]
    q = rng.random()
    if q < 0.53:
        lines = [x.translate(_CURLY) for x in lines]
        ops.append("quotes:straight")
    elif q < 0.61:
        lines = [_curly(x.translate(_CURLY)) for x in lines]
        ops.append("quotes:curly")
    if rng.random() < 0.05:
        lines = [
            x.replace("&", "&amp;").replace("'", "&#39;").replace('"', "&quot;") for x in lines
        ]
        ops.append("html_entities")
    if rng.random() < 0.32:
        kind = rng.randint(0, 2)
        lines = _whitespace(rng, lines, kind)
        ops.append(f"whitespace:{kind}")
    sep = "\n"
    if rng.random() < 0.33:
        sep = "\n\n"
        ops.append("blank_lines")
    text = sep.join(lines) + "\n"
    if rng.random() < 0.13:
        text = _mojibake(text)
        ops.append("mojibake")
    return text, ops


# --- the set -------------------------------------------------------------------------------


def _sentences(paras: list[str]) -> list[str]:
    return [s for p in paras for s in re.split(r"(?<=[.!?])\s+", p) if len(s.split()) >= 5]


def _words(paras: list[str]) -> int:
    return sum(len(p.split()) for p in paras)


# The dev set's hard negatives share at most about two fifths of either story's words (whole
# pages, furniture included, 5-word shingles): quoted or reused paragraphs are kept under that.
SHARE_MAX = 0.4


def _shareable(rng: random.Random, paras: list[str], k: int, words: int) -> list[str]:
    """Up to k whole paragraphs of ``paras``, together at most SHARE_MAX of ``words`` words and
    of one paragraph's worth of words at least 8; [] when none fits."""
    fits = [p for p in paras if 8 <= len(p.split()) <= SHARE_MAX * words]
    rng.shuffle(fits)
    out: list[str] = []
    for p in fits:
        if len(out) < k and _words([*out, p]) <= SHARE_MAX * words:
            out.append(p)
    return out


def build(
    arts: list[Article], seed: int, n_stories: int, out: Path, n_sites: int = 40
) -> dict[str, int]:
    rng = random.Random(seed)
    rng.shuffle(arts)
    base = arts[:n_stories]
    sites = []
    names = set()
    while len(sites) < n_sites:
        name = f"The {rng.choice(PLACES)} {rng.choice(NOUNS)}"
        if name not in names:
            names.add(name)
            sites.append(_make_site(rng, name))
    # follow-ups are written around text of articles that are no story of the set
    pool = _sentences([p for a in arts[n_stories:] or arts for p in a.paras])
    # hard negatives: a story quoting whole paragraphs of another; follow-ups
    stories: list[tuple[str, Article, dict | None]] = [("real", a, None) for a in base]
    for i, a in enumerate(base):
        if rng.random() < 0.2 and len(base) > 1:
            j = rng.randrange(len(base))
            other = base[j]
            if j == i or len(other.paras) < 2:
                continue
            k = rng.choices([1, 2, 3], [21, 5, 13])[0]
            quoted = _shareable(rng, other.paras, k, min(_words(a.paras), _words(other.paras)))
            if not quoted:
                continue
            paras = list(a.paras)
            for q in quoted:
                paras.insert(rng.randrange(0, len(paras) + 1), q)
            hn = {"type": "shared_quote", "with_story": j, "paras": len(quoted)}
            stories[i] = ("real", Article(a.src, a.domain, "", a.headline, paras), hn)
    n_real = len(stories)
    for j in range(n_real):
        if rng.random() < 0.12 and len(base[j].paras) >= 2:
            orig = base[j]
            k = rng.choices([1, 2], [21, 12])[0]
            bg = _shareable(rng, orig.paras, k, _words(orig.paras))
            if not bg:
                continue
            n_words = max(60, sum(len(p.split()) for p in orig.paras))
            filler: list[str] = []
            para: list[str] = []
            words = 0
            while words < n_words:
                s = rng.choice(pool)
                para.append(s)
                words += len(s.split())
                if len(para) >= rng.randint(1, 4):
                    filler.append(" ".join(para))
                    para = []
            if para:
                filler.append(" ".join(para))
            for b in bg:
                filler.insert(rng.randrange(0, len(filler) + 1), b)
            head = rng.choice(FOLLOWUP_HEADS).format(h=orig.headline)
            fol = Article(orig.src, orig.domain, "", head, filler)
            hn = {"type": "followup", "with_story": j, "paras": len(bg)}
            stories.append(("followup", fol, hn))
    headlines = [a.headline for _, a, _ in stories]
    docs: list[tuple[str, dict, str]] = []
    for s, (kind, art, hn) in enumerate(stories):
        n = 1 if rng.random() < 0.35 else rng.randint(2, 6)
        for c, site in enumerate(rng.sample(sites, n)):
            others = [h for i, h in enumerate(headlines) if i != s]
            teasers = rng.sample(others, min(len(others), 6))
            text, ops = make_copy(rng, art, site, teasers, pool)
            meta = {
                "story": s, "kind": kind, "src": art.src, "copy": c, "site": site.name,
                "ops": ops, "hard_negative": hn,
            }  # fmt: skip
            docs.append((f"s{s:04d}", meta, text))
    rng.shuffle(docs)
    (out / "docs").mkdir(parents=True, exist_ok=True)
    cluster_of: dict[str, str] = {}
    with (out / "gold.jsonl").open("w", encoding="utf-8") as gold:
        for i, (story, meta, text) in enumerate(docs):
            doc_id = f"doc{i:07d}"
            cid = cluster_of.setdefault(story, f"c{len(cluster_of):06d}")
            row = {"doc_id": doc_id, "cluster_id": cid, **meta}
            gold.write(json.dumps(row, ensure_ascii=False) + "\n")
            (out / "docs" / f"{doc_id}.txt").write_text(text, encoding="utf-8")
            slug = re.sub(r"[^A-Za-z0-9]+", "-", meta["site"]).strip("-").lower()
            dest = out / "raw" / slug / f"{doc_id}.txt"
            dest.parent.mkdir(parents=True, exist_ok=True)
            dest.write_text(text, encoding="utf-8")
    return {"docs": len(docs), "stories": len(stories), "clusters": len(cluster_of)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--out", required=True)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--stories", type=int, default=120, help="source articles to use")
    ap.add_argument("--snippets", default="../shared/bench/snippets-dev")
    ap.add_argument("--boilerplate", default=None, help="also the article benchmark's gold")
    args = ap.parse_args()
    arts = snippet_articles(Path(args.snippets)) if args.snippets else []
    if args.boilerplate:
        arts += boilerplate_articles(Path(args.boilerplate))
    arts.sort(key=lambda a: a.src)
    out = Path(args.out)
    if (out / "gold.jsonl").exists():
        raise SystemExit(f"{out}: already holds a set")
    print(json.dumps(build(arts, args.seed, args.stories, out)))


if __name__ == "__main__":
    main()
