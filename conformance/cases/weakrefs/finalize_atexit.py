# weakref.finalize at exit: pending finalizers with atexit=True run newest first after the
# program ends; atexit=False, detached and already-called ones do not. Objects stay alive until
# exit here, so every backend prints the same.
import weakref


class Service:
    def __init__(self, name):
        self.name = name


def shutdown(name):
    print("shutdown", name)


services = [Service(n) for n in ("db", "cache", "queue", "log", "metrics")]
fins = [weakref.finalize(s, shutdown, s.name) for s in services]
fins[1].atexit = False
fins[2].detach()
print(fins[3]())
print([f.alive for f in fins])
print([f.atexit for f in fins])


def failing():
    raise RuntimeError("finalizer failed")


weakref.finalize(services[0], failing)
print("main done")
