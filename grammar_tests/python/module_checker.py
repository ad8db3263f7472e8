"""One long-lived checker of generated modules, fed over stdin (the fuzzer's
and the no-injection test's Python side; one process for all modules).

Protocol: the process first prints `ready import` (SQLAlchemy is importable:
modules can be imported) or `ready parse <why not>`. Then, per request, it
reads a header line `<mode> <length>` (mode `parse` or `import`, length in
bytes) followed by that many bytes of UTF-8 module text, and answers with one
line `<verdict> <JSON string>`:

- `syntax <error>`: `ast.parse` rejects the module;
- `injection <problems>`: it parses but holds more than declarations
  (no_injection.py); it is never imported;
- `import <error>`: mode `import`, and running it or configure_mappers() failed
  (the error starts with `[dotted foreign key target] ` when a ForeignKey
  target string holds a name with a dot, which SQLAlchemy cannot resolve);
- `parsed ""` / `imported <warnings>`: all is well.
"""
import json
import os
import sys
import tempfile
import traceback

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
sys.setrecursionlimit(20000)
sys.dont_write_bytecode = True  # each module is new text at a reused path

import no_injection  # noqa: E402

try:
    import warnings

    import import_check
    from sqlalchemy.orm import clear_mappers

    CAN_IMPORT = True
    WHY_NOT = ""
except Exception as error:  # no SQLAlchemy here
    CAN_IMPORT = False
    WHY_NOT = f"{type(error).__name__}: {error}"


def verdict(kind, message, out):
    out.write(f"{kind} {json.dumps(message)}\n".encode("utf-8"))
    out.flush()


def dotted_foreign_key(source):
    """Whether a ForeignKey('table.column') target holds a name with a dot in
    it: SQLAlchemy splits the string at every dot (schema.table.column), so
    such a module cannot find its targets, as sqlacodegen's own cannot."""
    import ast

    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Call):
            continue
        name = getattr(node.func, "id", getattr(node.func, "attr", ""))
        if name == "ForeignKey" and node.args:
            targets = [node.args[0]]
        elif name == "ForeignKeyConstraint" and len(node.args) > 1:
            targets = getattr(node.args[1], "elts", [])
        else:
            continue
        for target in targets:
            if isinstance(target, ast.Constant) and str(target.value).count(".") > 1:
                return True
    return False


def check(source, mode, path, count):
    try:
        problems = no_injection.problems(source)
    except SyntaxError as error:
        return "syntax", f"{error.msg} at line {error.lineno}: {error.text!r}"
    except (RecursionError, MemoryError, ValueError) as error:
        return "syntax", f"{type(error).__name__}: {error}"
    if problems:
        return "injection", "; ".join(problems[:20])
    if mode != "import" or not CAN_IMPORT:
        return "parsed", ""
    with open(path, "w", encoding="utf-8") as f:
        f.write(source)
    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            import_check.import_module(path, f"generated_module_{count}", warnings_are_errors=False)
        return "imported", "; ".join(sorted({str(w.message)[:200] for w in caught}))
    except BaseException as error:  # noqa: B902 - a SystemExit in a module is a failure too
        if isinstance(error, KeyboardInterrupt):
            raise
        tail = traceback.format_exception(type(error), error, error.__traceback__)[-3:]
        tag = "[dotted foreign key target] " if dotted_foreign_key(source) else ""
        return "import", tag + "".join(tail)
    finally:
        clear_mappers()
        # SQLModel's tables live in one MetaData for the whole process.
        sqlmodel = sys.modules.get("sqlmodel")
        if sqlmodel is not None:
            sqlmodel.SQLModel.metadata.clear()


def main():
    stdin, stdout = sys.stdin.buffer, sys.stdout.buffer
    sys.stdout = sys.stderr  # whatever a module prints never breaks the protocol
    if CAN_IMPORT:
        stdout.write(b"ready import\n")
    else:
        stdout.write(f"ready parse {WHY_NOT}\n".encode("utf-8"))
    stdout.flush()
    workdir = tempfile.mkdtemp(prefix="ddlcodegen-check-")
    count = 0
    try:
        while True:
            header = stdin.readline()
            if not header:
                break
            mode, length = header.decode("ascii").split()
            source = stdin.read(int(length)).decode("utf-8")
            count += 1
            path = os.path.join(workdir, f"generated_module_{count}.py")
            try:
                kind, message = check(source, mode, path, count)
            finally:
                if os.path.exists(path):
                    os.remove(path)
            verdict(kind, message, stdout)
    finally:
        os.rmdir(workdir)


if __name__ == "__main__":
    main()
