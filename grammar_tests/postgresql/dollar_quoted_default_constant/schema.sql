CREATE TABLE notes (
    id integer PRIMARY KEY,
    a text DEFAULT $$plain$$,
    b text DEFAULT $tag$it's; here$tag$,
    c varchar(20) DEFAULT $é$x$é$
);
