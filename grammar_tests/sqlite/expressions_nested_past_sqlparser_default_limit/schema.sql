-- Expressions nested deeper than sqlparser's default recursion limit (50).
CREATE TABLE deep_check (
  id integer PRIMARY KEY,
  a integer CHECK (((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((a > 0))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))),
  b integer DEFAULT (((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((1 + 2)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
);
CREATE TABLE after_it (id integer PRIMARY KEY);
