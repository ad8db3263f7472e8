/* A block comment with another one inside:
   /* inner comment */
   CREATE TABLE never_created (id integer PRIMARY KEY);
   still inside the outer comment */
CREATE TABLE created (
    id integer PRIMARY KEY, /* a /* nested */ note; */ label text
);
