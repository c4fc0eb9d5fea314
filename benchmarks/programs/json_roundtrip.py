# cycles: none
# JSON-like serialization: build nested documents of dicts, lists, strings, ints, floats, bools
# and None, encode them to text with a hand-written encoder (string escapes, joins), parse the
# text back with a recursive-descent decoder, and compare. Mixed container and string churn.
import random

ESCAPES = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\t": "\\t"}
UNESCAPES = {'"': '"', "\\": "\\", "n": "\n", "t": "\t", "/": "/"}


def encode(value):
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return repr(value)
    if isinstance(value, str):
        return '"' + "".join(ESCAPES.get(c, c) for c in value) + '"'
    if isinstance(value, list):
        return "[" + ",".join(encode(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{" + ",".join(encode(k) + ":" + encode(v) for k, v in value.items()) + "}"
    raise TypeError(f"cannot encode {type(value).__name__}")


class Decoder:
    def __init__(self, text):
        self.text = text
        self.pos = 0

    def value(self):
        c = self.text[self.pos]
        if c == "{":
            return self.obj()
        if c == "[":
            return self.array()
        if c == '"':
            return self.string()
        if self.text.startswith("null", self.pos):
            self.pos += 4
            return None
        if self.text.startswith("true", self.pos):
            self.pos += 4
            return True
        if self.text.startswith("false", self.pos):
            self.pos += 5
            return False
        return self.number()

    def obj(self):
        self.pos += 1
        result = {}
        if self.text[self.pos] == "}":
            self.pos += 1
            return result
        while True:
            key = self.string()
            self.pos += 1  # ':'
            result[key] = self.value()
            c = self.text[self.pos]
            self.pos += 1
            if c == "}":
                return result

    def array(self):
        self.pos += 1
        result = []
        if self.text[self.pos] == "]":
            self.pos += 1
            return result
        while True:
            result.append(self.value())
            c = self.text[self.pos]
            self.pos += 1
            if c == "]":
                return result

    def string(self):
        self.pos += 1
        text = self.text
        start = self.pos
        end = text.index('"', start)
        if text.find("\\", start, end) < 0:
            self.pos = end + 1
            return text[start:end]
        chunks = []
        while True:
            c = text[self.pos]
            if c == '"':
                self.pos += 1
                return "".join(chunks)
            if c == "\\":
                chunks.append(UNESCAPES[text[self.pos + 1]])
                self.pos += 2
            else:
                chunks.append(c)
                self.pos += 1

    def number(self):
        text = self.text
        start = self.pos
        while self.pos < len(text) and text[self.pos] in "+-0123456789.eE":
            self.pos += 1
        token = text[start:self.pos]
        if "." in token or "e" in token or "E" in token:
            return float(token)
        return int(token)


def make_document(rng, depth):
    kind = rng.randint(0, 9)
    if depth == 0 or kind < 3:
        choice = rng.randint(0, 5)
        if choice == 0:
            return rng.randint(-10**6, 10**6)
        if choice == 1:
            return rng.random() * 1000 - 500
        if choice == 2:
            return "".join(rng.choice('abcxyz "\\\n\t') for _ in range(rng.randint(0, 12)))
        if choice == 3:
            return None
        return rng.random() < 0.5
    if kind < 6:
        return [make_document(rng, depth - 1) for _ in range(rng.randint(0, 6))]
    return {f"k{rng.randint(0, 99)}": make_document(rng, depth - 1) for _ in range(rng.randint(0, 6))}


def main():
    rng = random.Random(99)
    documents = [make_document(rng, 6) for _ in range(300)]
    total_chars = 0
    checksum = 0
    for rounds in range(3):
        for doc in documents:
            text = encode(doc)
            back = Decoder(text).value()
            if back != doc:
                print("round trip mismatch")
            total_chars += len(text)
            checksum = (checksum * 131 + len(text) + text.count(",")) % 1000000007
    print("documents", len(documents), "chars", total_chars)
    print("sample", encode(documents[3])[:60])
    print("checksum", checksum)


main()
