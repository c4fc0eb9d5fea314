# cycles: none
# Word frequencies over generated text: build a corpus of sentences from a seeded random
# vocabulary with string joins and f-strings, then split, normalise and count words in a dict,
# collect bigrams, and rank the most common. Strings and dicts, as text-processing scripts are.
import random

SYLLABLES = ["ka", "lo", "mi", "ra", "te", "su", "no", "vi", "da", "pe", "zu", "ho", "an", "el", "ori", "ux"]


def make_vocabulary(rng, size):
    words = []
    seen = set()
    while len(words) < size:
        w = "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(1, 4)))
        if w not in seen:
            seen.add(w)
            words.append(w)
    return words


def make_text(rng, vocabulary, sentences):
    # A skewed (Zipf-like) choice: low indexes are far more frequent.
    n = len(vocabulary)
    parts = []
    for s in range(sentences):
        length = rng.randint(5, 14)
        words = [vocabulary[int(n * rng.random() ** 3)] for _ in range(length)]
        words[0] = words[0].capitalize()
        sentence = " ".join(words)
        if s % 7 == 0:
            sentence += f", said speaker {s % 13}"
        parts.append(sentence + ("." if s % 5 else "!"))
    return "\n".join(parts)


def count_words(text):
    counts = {}
    for line in text.splitlines():
        for raw in line.split():
            word = raw.strip(".,!").lower()
            if word:
                counts[word] = counts.get(word, 0) + 1
    return counts


def count_bigrams(text):
    bigrams = {}
    for line in text.splitlines():
        words = [w.strip(".,!").lower() for w in line.split()]
        for a, b in zip(words, words[1:]):
            key = a + " " + b
            if key in bigrams:
                bigrams[key] += 1
            else:
                bigrams[key] = 1
    return bigrams


def main():
    rng = random.Random(2024)
    vocabulary = make_vocabulary(rng, 3000)
    text = make_text(rng, vocabulary, 24000)
    counts = count_words(text)
    bigrams = count_bigrams(text)
    top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:10]
    for word, n in top:
        print(f"{word:>12} {n}")
    top_bigrams = sorted(bigrams.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
    for pair, n in top_bigrams:
        print(f"{pair:>20} {n}")
    lengths = {}
    for word, n in counts.items():
        lengths[len(word)] = lengths.get(len(word), 0) + n
    print("by length", sorted(lengths.items()))
    print("chars", len(text), "distinct", len(counts), "bigrams", len(bigrams))
    checksum = 0
    for word, n in counts.items():
        checksum = (checksum * 31 + n * len(word)) % 1000000007
    print("checksum", checksum)


main()
