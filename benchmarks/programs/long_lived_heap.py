# cycles: some
# A large long-lived heap plus steady short-lived garbage, the shape of a server process: a user
# table of 110,000 records (each an instance holding two lists and a dict: about 450,000 live
# tracked objects in CPython) stays alive for the whole run, while requests allocate short-lived
# objects, some of them in small cycles (a request and its handler point at each other), and one
# record in four requests is replaced. Generation 0 and 1 collections stay cheap; each full collection must traverse the
# whole table, and that is where a generational collector's long pauses show.


class User:
    def __init__(self, uid, name, tags, prefs):
        self.uid = uid
        self.name = name
        self.tags = tags
        self.prefs = prefs
        self.visits = 0


class Request:
    def __init__(self, user, path):
        self.user = user
        self.path = path
        self.handler = Handler(self)  # request <-> handler: a cycle, freed only by the collector


class Handler:
    def __init__(self, request):
        self.request = request
        self.log = []

    def handle(self):
        user = self.request.user
        user.visits += 1
        words = self.request.path.split("/")
        self.log.append(len(words))
        recent = user.prefs["recent"]
        recent.append(words[-2])
        if len(recent) > 3:
            del recent[0]
        score = sum(len(w) for w in words) + len(user.tags)
        return {"uid": user.uid, "score": score, "theme": user.prefs["theme"]}


def make_user(uid, seed):
    tags = [f"t{(seed * 7 + k) % 50}" for k in range(seed % 3 + 1)]
    prefs = {"theme": ("dark", "light", "auto")[seed % 3], "lang": ("en", "fr", "de", "ja")[seed % 4], "recent": []}
    return User(uid, f"user{uid}", tags, prefs)


def main():
    n_users = 110000
    users = {}
    for uid in range(n_users):
        users[uid] = make_user(uid, uid * 2654435761 % 1000003)
    state = 12345
    checksum = 0
    themes = {}
    for step in range(120000):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        uid = state % n_users
        request = Request(users[uid], f"/api/v1/items/{state % 1000}/view")
        result = request.handler.handle()
        themes[result["theme"]] = themes.get(result["theme"], 0) + 1
        checksum = (checksum + result["score"] * (step % 17 + 1)) % 1000000007
        if step % 4 == 0:
            # churn in the long-lived table: a record is replaced
            old = users[uid]
            users[uid] = make_user(uid, state)
            users[uid].visits = old.visits
    total_visits = sum(u.visits for u in users.values())
    print("users", len(users), "visits", total_visits)
    print("themes", sorted(themes.items()))
    print("checksum", checksum)


main()
