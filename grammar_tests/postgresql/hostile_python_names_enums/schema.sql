-- Enum type names that reach Python source as class names.
CREATE TYPE "ROLE" AS ENUM ('admin', 'user');
CREATE TYPE "enum" AS ENUM ('a', 'b');
CREATE TYPE date_time AS ENUM ('x', 'y');
CREATE TYPE digits AS ENUM ('١', '１', '1');
CREATE TABLE role (id serial PRIMARY KEY, kind "ROLE", name text);
CREATE TABLE account (
  id serial PRIMARY KEY,
  role_id integer REFERENCES role (id),
  role "ROLE" NOT NULL,
  uuid uuid,
  "int" integer,
  e "enum",
  dt date_time,
  created timestamp,
  d digits
);
CREATE TABLE later (id serial PRIMARY KEY, r "ROLE");
