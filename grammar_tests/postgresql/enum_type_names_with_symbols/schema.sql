CREATE TYPE "z.e al" AS ENUM ('x');
CREATE TABLE t (id int primary key, c "z.e al");
CREATE TYPE "a(b" AS ENUM ('y');
CREATE TABLE u (id int primary key);
ALTER TABLE u ADD COLUMN c "a(b";
