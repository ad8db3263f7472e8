CREATE SCHEMA "s(1";
CREATE TYPE "mood (old)" AS ENUM ('sad', 'ok');
CREATE TYPE "a)b(" AS ENUM ('x');
CREATE TYPE "s(1"."t)" AS ENUM ('y');
CREATE DOMAIN "pos(int)" AS integer CHECK (VALUE > 0);
CREATE TABLE t (id serial PRIMARY KEY, m "mood (old)", ms "mood (old)"[], b "a)b(", q "s(1"."t)", p "pos(int)");
