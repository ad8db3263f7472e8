"""The no-code-injection check for a generated models module.

A module sqlacodegen (or ddlcodegen) writes is declarations only: imports,
class definitions, assignments (annotated or not) and expressions that call
names the module imported or defined (SQLAlchemy, typing, datetime, decimal,
enum, uuid names, the model classes, `Base`, `metadata`, the `t_*` tables) or
attributes of them. Lambdas (`primaryjoin=lambda: A.id == t_b.c.a_id`,
`values_callable=lambda cls: [member.value for member in cls]`) may hold only
the same. Anything else (an `if`, a `for`, a `def`, `__import__`, `eval`,
`exec`, `getattr`, `open`, a dunder attribute, a conditional expression, an
f-string, a walrus, a call of a builtin or of something a subscript returns)
means text from the SQL was pasted as code, and the module is rejected.
String and number constants are fine anywhere.

Usage as a script: python no_injection.py MODULE.py... (prints each problem and
exits 1). As a module: `problems(source)` returns the list of problems (empty
when the module is clean), raising SyntaxError when it does not parse.
"""
import ast
import builtins
import sys

# Modules a generated module may import from (and their submodules).
ALLOWED_MODULES = {
    "__future__",
    "datetime",
    "decimal",
    "enum",
    "typing",
    "uuid",
    "sqlalchemy",
    "sqlmodel",
    "geoalchemy2",
    "pgvector",
    "citext",
}

# Builtins a module may name (in annotations, as enum bases) but never call.
BUILTIN_TYPES = {"str", "int", "float", "bool", "bytes", "list", "dict", "set", "tuple", "object"}

# Never fine, even when the module binds the name itself.
FORBIDDEN_NAMES = {
    "__import__", "__builtins__", "__loader__", "__spec__", "breakpoint", "compile",
    "delattr", "eval", "exec", "exit", "getattr", "globals", "help", "input", "locals",
    "open", "os", "print", "quit", "setattr", "subprocess", "sys", "system", "vars",
}


# Attributes that lead from any object to code or the interpreter.
ESCAPE_HATCHES = {
    "__class__", "__bases__", "__base__", "__mro__", "__subclasses__", "__globals__",
    "__builtins__", "__code__", "__closure__", "__dict__", "__getattribute__", "__reduce__",
    "__reduce_ex__", "__init__", "__new__", "__func__", "__self__", "__module__", "__loader__",
    "__spec__", "f_globals", "f_locals", "f_back", "gi_frame", "cr_frame", "tb_frame",
}


class Checker:
    def __init__(self):
        self.problems = []
        self.module_names = set()

    def problem(self, node, what):
        line = getattr(node, "lineno", "?")
        self.problems.append(f"line {line}: {what}")

    # --- statements -------------------------------------------------------

    def module(self, tree):
        # Every name the module binds at top level, wherever it binds it: a
        # class may name a class or table defined further down in a lambda.
        for stmt in tree.body:
            if isinstance(stmt, (ast.Import, ast.ImportFrom)):
                for alias in stmt.names:
                    self.module_names.add(alias.asname or alias.name.split(".")[0])
            elif isinstance(stmt, ast.ClassDef):
                self.module_names.add(stmt.name)
            elif isinstance(stmt, ast.Assign):
                for target in stmt.targets:
                    if isinstance(target, ast.Name):
                        self.module_names.add(target.id)
            elif isinstance(stmt, ast.AnnAssign) and isinstance(stmt.target, ast.Name):
                self.module_names.add(stmt.target.id)
        for stmt in tree.body:
            self.statement(stmt, scope=set(), top=True)

    def statement(self, stmt, scope, top):
        if isinstance(stmt, ast.Import):
            if not top:
                self.problem(stmt, "import inside a class")
            for alias in stmt.names:
                self.import_name(stmt, alias.name)
        elif isinstance(stmt, ast.ImportFrom):
            if not top:
                self.problem(stmt, "import inside a class")
            if stmt.level:
                self.problem(stmt, "relative import")
            self.import_name(stmt, stmt.module or "")
            for alias in stmt.names:
                if alias.name == "*":
                    self.problem(stmt, "star import")
        elif isinstance(stmt, ast.ClassDef):
            if not top:
                self.problem(stmt, "nested class")
            if stmt.decorator_list:
                self.problem(stmt, "class decorator")
            if getattr(stmt, "type_params", None):
                self.problem(stmt, "class type parameters")
            for base in stmt.bases:
                self.expr(base, scope)
            for keyword in stmt.keywords:
                self.keyword(keyword, scope)
            body_scope = set(scope)
            for inner in stmt.body:
                self.statement(inner, body_scope, top=False)
                for target in targets(inner):
                    body_scope.add(target)
        elif isinstance(stmt, ast.Assign):
            for target in stmt.targets:
                self.target(target)
            self.expr(stmt.value, scope)
        elif isinstance(stmt, ast.AnnAssign):
            self.target(stmt.target)
            self.expr(stmt.annotation, scope)
            if stmt.value is not None:
                self.expr(stmt.value, scope)
        elif isinstance(stmt, ast.Expr):
            self.expr(stmt.value, scope)
        elif isinstance(stmt, ast.Pass) and not top:
            pass
        else:
            self.problem(stmt, f"statement {type(stmt).__name__}")

    def import_name(self, node, module):
        root = module.split(".")[0]
        if root not in ALLOWED_MODULES:
            self.problem(node, f"import of {module!r}")

    def target(self, target):
        if not isinstance(target, ast.Name):
            self.problem(target, f"assignment to {type(target).__name__}")

    def keyword(self, keyword, scope):
        # **{'mysql_default charset': 'utf8mb4'}: a keyword Python cannot spell.
        if keyword.arg is None and not isinstance(keyword.value, ast.Dict):
            self.problem(keyword.value, "** argument")
        self.expr(keyword.value, scope)

    # --- expressions ------------------------------------------------------

    def name_ok(self, name, scope):
        # A name nobody binds is a NameError at import, never a call of
        # something: only the builtins are a danger.
        if name in scope:  # bound by the class body, a lambda, a comprehension
            return True
        if name in FORBIDDEN_NAMES:
            return False
        return (
            name in self.module_names
            or name in BUILTIN_TYPES
            or not hasattr(builtins, name)
        )

    def callee(self, func, scope):
        """A call's function: a name the module bound, or attributes of one."""
        if isinstance(func, ast.Name):
            if (
                func.id in FORBIDDEN_NAMES
                or func.id in scope  # a lambda's or comprehension's variable
                or hasattr(builtins, func.id) and func.id not in self.module_names
            ):
                self.problem(func, f"call of {func.id}")
        elif isinstance(func, ast.Attribute):
            # x.__class__.__subclasses__(): no dunder on the way to a call.
            if is_dunder(func.attr) or func.attr in FORBIDDEN_NAMES:
                self.problem(func, f"call through attribute {func.attr}")
            self.callee(func.value, scope)
        else:
            self.problem(func, f"call of a {type(func).__name__}")

    def attribute_name(self, node):
        # Reading an attribute runs nothing of the SQL's text (t.c.__x__ is
        # a wrong column at worst, which the import check sees); only the
        # escape hatches into Python's internals are refused.
        if node.attr in ESCAPE_HATCHES:
            self.problem(node, f"attribute {node.attr}")

    def expr(self, node, scope):
        if isinstance(node, ast.Constant):
            return
        if isinstance(node, ast.Name):
            if not isinstance(node.ctx, ast.Load):
                self.problem(node, f"binding {node.id} in an expression")
            elif not self.name_ok(node.id, scope):
                self.problem(node, f"name {node.id}")
        elif isinstance(node, ast.Attribute):
            self.attribute_name(node)
            self.expr(node.value, scope)
        elif isinstance(node, ast.Call):
            self.callee(node.func, scope)
            for arg in node.args:
                if isinstance(arg, ast.Starred):
                    self.problem(arg, "* argument")
                    continue
                self.expr(arg, scope)
            for keyword in node.keywords:
                self.keyword(keyword, scope)
        elif isinstance(node, ast.Subscript):
            # Mapped[Optional[str]], t.c['name']: the index must not call.
            self.expr(node.value, scope)
            self.no_calls(node.slice, scope)
        elif isinstance(node, (ast.List, ast.Tuple, ast.Set)):
            for element in node.elts:
                if isinstance(element, ast.Starred):
                    self.problem(element, "starred element")
                    continue
                self.expr(element, scope)
        elif isinstance(node, ast.Dict):
            for key in node.keys:
                if key is None:
                    self.problem(node, "** in a dict")
                else:
                    self.expr(key, scope)
            for value in node.values:
                self.expr(value, scope)
        elif isinstance(node, ast.UnaryOp):
            self.expr(node.operand, scope)
        elif isinstance(node, ast.BinOp):
            self.expr(node.left, scope)
            self.expr(node.right, scope)
        elif isinstance(node, ast.BoolOp):
            for value in node.values:
                self.expr(value, scope)
        elif isinstance(node, ast.Compare):
            self.expr(node.left, scope)
            for value in node.comparators:
                self.expr(value, scope)
        elif isinstance(node, ast.Lambda):
            args = node.args
            if args.defaults or args.kw_defaults and any(args.kw_defaults):
                self.problem(node, "lambda with defaults")
            names = {a.arg for a in args.posonlyargs + args.args + args.kwonlyargs}
            for extra in (args.vararg, args.kwarg):
                if extra is not None:
                    names.add(extra.arg)
            self.expr(node.body, scope | names)
        elif isinstance(node, (ast.ListComp, ast.SetComp, ast.GeneratorExp, ast.DictComp)):
            inner = set(scope)
            for generator in node.generators:
                if generator.is_async:
                    self.problem(node, "async comprehension")
                self.expr(generator.iter, inner)
                for name in bound_names(generator.target):
                    if name in FORBIDDEN_NAMES:
                        self.problem(node, f"binding {name}")
                    inner.add(name)
                for condition in generator.ifs:
                    self.expr(condition, inner)
            if isinstance(node, ast.DictComp):
                self.expr(node.key, inner)
                self.expr(node.value, inner)
            else:
                self.expr(node.elt, inner)
        else:
            self.problem(node, f"expression {type(node).__name__}")

    def no_calls(self, node, scope):
        for inner in ast.walk(node):
            if isinstance(inner, (ast.Call, ast.Lambda)):
                self.problem(inner, "a call inside a subscript")
                return
        self.expr(node, scope)


def is_dunder(name):
    return len(name) > 4 and name.startswith("__") and name.endswith("__")


def targets(stmt):
    if isinstance(stmt, ast.Assign):
        return [t.id for t in stmt.targets if isinstance(t, ast.Name)]
    if isinstance(stmt, ast.AnnAssign) and isinstance(stmt.target, ast.Name):
        return [stmt.target.id]
    return []


def bound_names(target):
    if isinstance(target, ast.Name):
        return [target.id]
    if isinstance(target, (ast.Tuple, ast.List)):
        return [n for element in target.elts for n in bound_names(element)]
    return ["<" + type(target).__name__ + ">"]


def problems(source):
    """What in `source` is not a declaration; SyntaxError when it does not parse."""
    tree = ast.parse(source)
    checker = Checker()
    checker.module(tree)
    return checker.problems


def main(paths):
    bad = False
    for path in paths:
        with open(path, encoding="utf-8") as f:
            found = problems(f.read())
        for problem in found:
            bad = True
            print(f"{path}: {problem}")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main(sys.argv[1:])
