CREATE TABLE people (
  id serial PRIMARY KEY,
  name varchar(100) NOT NULL,
  status varchar(10) NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'inactive', 'banned')),
  kind text CHECK (kind = ANY (ARRAY['a'::text, 'b'::text])),
  manager_id int REFERENCES people(id) ON DELETE SET NULL,
  is_admin smallint CHECK (is_admin IN (0, 1))
);
CREATE TABLE followers (
  follower_id int NOT NULL REFERENCES people(id),
  followed_id int NOT NULL REFERENCES people(id),
  PRIMARY KEY (follower_id, followed_id)
);
CREATE TABLE messages (
  id bigserial PRIMARY KEY,
  sender_id int NOT NULL REFERENCES people(id),
  recipient_id int NOT NULL REFERENCES people(id),
  body text
);
CREATE TABLE profiles (
  id serial PRIMARY KEY,
  person_id int NOT NULL UNIQUE REFERENCES people(id) ON DELETE CASCADE,
  bio text
);
CREATE TABLE employees (
  id int PRIMARY KEY REFERENCES people(id),
  salary numeric(10,2)
);
CREATE TABLE orders (
  order_no int,
  region char(2),
  PRIMARY KEY (order_no, region)
);
CREATE TABLE order_lines (
  id serial PRIMARY KEY,
  order_no int NOT NULL,
  region char(2) NOT NULL,
  qty int NOT NULL CHECK (qty > 0),
  CONSTRAINT fk_order FOREIGN KEY (order_no, region) REFERENCES orders (order_no, region) ON UPDATE CASCADE DEFERRABLE INITIALLY DEFERRED,
  CONSTRAINT a_very_long_constraint_name_that_goes_on_and_on_and_on_forever_and_ever UNIQUE (order_no, region, qty)
);
CREATE TABLE audit_log (ts timestamp DEFAULT now(), msg text);
CREATE VIEW v_people AS SELECT p.id, p.name AS person_name, count(m.id) AS n, p.name || '!' AS shout FROM people p LEFT JOIN messages m ON m.sender_id = p.id GROUP BY p.id, p.name;
CREATE TABLE "user" (id serial PRIMARY KEY, "type" text, "class" int, person int REFERENCES people(id), person_id int REFERENCES people(id));
CREATE TABLE tagging (person_id int REFERENCES people(id), tag text, created timestamp);

CREATE TABLE categories (id serial PRIMARY KEY, parent_id integer REFERENCES categories (id), name text);
CREATE TABLE addresses (id serial PRIMARY KEY, person_id integer REFERENCES people (id));
CREATE TABLE statuses (id serial PRIMARY KEY, label text);
CREATE TABLE analyses (id serial PRIMARY KEY, status_id integer REFERENCES statuses (id));
