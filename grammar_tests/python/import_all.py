"""Check many generated modules at once: each must parse, import, and
configure its mappers without a warning, as `import_check.import_module`
does (a warning from SQLAlchemy or pydantic while a module is imported says
that its mapping is not what it means: relationships that write the same
column, a field that hides a method of its model).

Usage: python import_all.py FILE...

Prints one line per file that fails, `<path>\t<syntax|import>\t<error>`
(the error on one line), and nothing for the others; exits 0 either way
(1 on a usage error). SQLAlchemy and sqlmodel are imported once; each module
is imported in a forked child, so that one module's classes, tables and
registries (SQLModel's metadata is global) never meet another's.
"""
import ast
import os
import sys
import traceback

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
sys.dont_write_bytecode = True

import import_check  # noqa: E402  (imports SQLAlchemy)

try:
    import sqlmodel  # noqa: F401  (imported once, before the forks)
except ImportError:
    pass

JOBS = max(1, min(4, os.cpu_count() or 1))


def one_line(text):
    return " | ".join(line.strip() for line in text.strip().splitlines() if line.strip())


def child(path, write_fd):
    try:
        import_check.import_module(path, "generated_module")
        message = ""
    except BaseException as error:  # noqa: B902 - SystemExit in a module fails too
        tail = traceback.format_exception(type(error), error, error.__traceback__)[-2:]
        message = one_line("".join(tail))[:2000]
    os.write(write_fd, message.encode("utf-8", "replace"))
    os.close(write_fd)
    os._exit(0)


def main(paths):
    running = {}  # pid -> (path, read_fd)

    def reap():
        pid, _ = os.wait()
        path, read_fd = running.pop(pid)
        chunks = []
        while True:
            chunk = os.read(read_fd, 65536)
            if not chunk:
                break
            chunks.append(chunk)
        os.close(read_fd)
        message = b"".join(chunks).decode("utf-8", "replace")
        if message:
            print(f"{path}\timport\t{message}", flush=True)

    for path in paths:
        with open(path, encoding="utf-8") as f:
            source = f.read()
        try:
            ast.parse(source)
        except SyntaxError as error:
            print(f"{path}\tsyntax\t{error.msg} at line {error.lineno}", flush=True)
            continue
        while len(running) >= JOBS:
            reap()
        read_fd, write_fd = os.pipe()
        pid = os.fork()
        if pid == 0:
            os.close(read_fd)
            child(path, write_fd)
        os.close(write_fd)
        running[pid] = (path, read_fd)
    while running:
        reap()


if __name__ == "__main__":
    main(sys.argv[1:])
