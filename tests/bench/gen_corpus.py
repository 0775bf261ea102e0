#!/usr/bin/env python3
"""gen_corpus.py — a deterministic benchmark corpus for newsfacts.

usage: gen_corpus.py CORPUS_DIR N OUT.jsonl

Writes N distinct stories as JSON Lines ({"id", "title", "text"} a line),
made from the stories of CORPUS_DIR (*.txt, with the people named in
*.gold.json): story i starts from base story i mod (number of bases), and
gets its own people (first names and surnames swapped for others, the same
swap throughout the story), its own numbers (every run of digits redrawn
with the same number of digits; years stay plausible) and its own paragraph
order (the opening two blocks stay first; a paragraph that continues a
quotation moves with the one before it). The random generator is seeded
with the story's index, so the same N always gives the same file, and a
larger N starts with the stories of a smaller one. Every text is distinct
(checked by hash; a collision is redrawn).

Writes OUT.jsonl.meta beside it: {"stories", "bytes" (story text, UTF-8),
"words" (whitespace-separated)}, which the bench driver reads.
Standard library only; no network.
"""
import glob
import hashlib
import json
import os
import random
import re
import sys

FIRST = """Aaron Abena Adaeze Ahmed Aiko Alejandro Amara Anders Anika Anton Arjun
Astrid Ayesha Bao Beatriz Bilal Bjorn Camille Carlos Chen Chiara Chidi Clara
Dalia Daniel Dario Dmitri Elena Elif Emeka Emil Esther Fatima Felix Femi Freya
Gabriel Greta Hamza Hana Hugo Ines Ingrid Isaac Ivan Jakob Jana Javier Joao
Johan Julia Kaito Kamala Karim Katarina Kemal Kofi Lars Leila Lena Liam Lucia
Luka Mai Malik Marco Mariam Marta Mateo Mei Mikael Mira Nadia Nikolai Nina Noor
Olga Omar Oscar Paolo Pedro Petra Priya Rafael Rania Ravi Rosa Rui Saanvi Sami
Sara Sebastian Sven Tariq Teodor Tomas Ulla Valentina Viktor Wanjiru Xavier
Yara Yusuf Zanele Zofia""".split()

LAST = """Abara Achterberg Adeyemi Albrecht Almeida Amato Andersen Aydin Bakker
Balogun Barros Becker Bergstrom Bianchi Blom Borisov Brennan Caldwell Campos
Carvalho Castillo Cerny Chaudhry Costa Dahl Delgado Demir Dimitrov Dubois Duarte
Eriksen Esposito Farouk Fischer Fonseca Galli Garrido Gashi Gomez Gruber Haddad
Hakimi Halvorsen Hansen Horvat Ibrahim Iqbal Ivanova Jansen Jovanovic Kamau
Kaplan Karlsson Kiplagat Kovac Kowalczyk Kruger Laine Larsen Lindholm Lopes
Lorenz Maddox Marino Mensah Moreau Morozov Mwangi Nakamura Navarro Novak Nowak
Obi Okafor Olsen Ortega Osei Pavlov Pereira Petrov Quist Rahman Reyes Rinaldi
Rossi Salazar Santos Schmid Silva Sokolov Stein Suzuki Tanaka Toivonen Torres
Urbina Varga Vasquez Vogel Wagner Weber Wojcik Yildiz Zamora Zielinski""".split()

PARTICLES = {"de", "van", "von", "der", "den", "da", "di", "du", "la", "le", "al", "bin", "el"}


def names_of(gold_path):
    """People named in the gold facts: (first names, surnames) to swap."""
    firsts, lasts = set(), set()
    try:
        with open(gold_path, encoding="utf-8") as f:
            gold = json.load(f)
    except (OSError, ValueError):
        return [], []
    names = [o.get("name") for o in gold.get("officials", [])]
    names += [q.get("speaker") for q in gold.get("quotes", [])]
    for name in names:
        if not name:
            continue
        words = name.split()
        # organisations ("Downing Street", "Nigerian Army") are not people
        if len(words) < 2 or any(w[:1].islower() and w not in PARTICLES for w in words):
            continue
        if not all(w[:1].isupper() or w in PARTICLES for w in words):
            continue
        lasts.add(words[-1])
        if len(words[0]) > 2 and not words[0].endswith("."):
            firsts.add(words[0])
    return sorted(firsts), sorted(lasts - firsts)


def load_bases(corpus):
    bases = []
    for txt in sorted(glob.glob(os.path.join(corpus, "*.txt"))):
        with open(txt, encoding="utf-8") as f:
            text = f.read()
        firsts, lasts = names_of(txt[:-4] + ".gold.json")
        blocks = re.split(r"\n\s*\n", text.strip("\n"))
        # a paragraph opening with a quotation mark continues the quote before
        merged = []
        for b in blocks:
            if merged and b.lstrip()[:1] in "“\"‘" and len(merged) > 2:
                merged[-1] += "\n\n" + b
            else:
                merged.append(b)
        pattern = None
        names = firsts + lasts
        if names:
            pattern = re.compile(r"\b(" + "|".join(map(re.escape, sorted(names, key=len, reverse=True)))
                                 + r")\b")
        bases.append({"name": os.path.basename(txt)[:-4], "blocks": merged,
                      "firsts": firsts, "lasts": lasts, "pattern": pattern})
    if not bases:
        sys.exit("gen_corpus: no *.txt stories in " + corpus)
    return bases


def redraw_number(rng, m):
    s = m.group(0)
    n = len(s)
    if n == 4 and s[:2] in ("19", "20"):
        return str(rng.randint(1990, 2029))
    if n == 1:
        return str(rng.randint(1, 9))
    return str(rng.randint(1, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(n - 1))


def make_story(base, rng):
    blocks = list(base["blocks"])
    head, body = blocks[:2], blocks[2:]
    # a few swaps, not a full shuffle: stories still read like stories
    for _ in range(max(1, len(body) // 3)):
        if len(body) > 1:
            i = rng.randrange(len(body) - 1)
            body[i], body[i + 1] = body[i + 1], body[i]
    text = "\n\n".join(head + body) + "\n"
    if base["pattern"]:
        swap = {}
        for w in base["firsts"]:
            swap[w] = rng.choice(FIRST)
        for w in base["lasts"]:
            swap[w] = rng.choice(LAST)
        text = base["pattern"].sub(lambda m: swap[m.group(0)], text)
    text = re.sub(r"\d+", lambda m: redraw_number(rng, m), text)
    return text


def main():
    if len(sys.argv) != 4:
        sys.exit("usage: gen_corpus.py CORPUS_DIR N OUT.jsonl")
    corpus, n, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    bases = load_bases(corpus)
    seen = set()
    total_bytes = total_words = 0
    tmp = out + ".tmp"
    with open(tmp, "w", encoding="utf-8") as f:
        for i in range(n):
            base = bases[i % len(bases)]
            rng = random.Random(i)
            while True:
                text = make_story(base, rng)
                h = hashlib.sha256(text.encode("utf-8")).digest()
                if h not in seen:
                    seen.add(h)
                    break
            title = text.split("\n", 1)[0][:120]
            f.write(json.dumps({"id": "bench-%07d-%s" % (i, base["name"]), "title": title,
                                "text": text}, ensure_ascii=False))
            f.write("\n")
            total_bytes += len(text.encode("utf-8"))
            total_words += len(text.split())
    os.replace(tmp, out)
    with open(out + ".meta", "w") as f:
        json.dump({"stories": n, "bytes": total_bytes, "words": total_words}, f)
        f.write("\n")


if __name__ == "__main__":
    main()
