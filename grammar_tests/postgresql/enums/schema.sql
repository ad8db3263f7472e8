CREATE TYPE mood AS ENUM ('happy', 'sad', 'so-so', 'class', '1st');
CREATE SCHEMA s2;
CREATE TYPE s2.level AS ENUM ('low', 'high');
CREATE TABLE persons (id bigint GENERATED ALWAYS AS IDENTITY (START WITH 10 INCREMENT BY 5) PRIMARY KEY, current_mood mood NOT NULL DEFAULT 'happy', moods mood[], lvl s2.level, role varchar(20) CHECK (role IN ('admin','user')), active boolean NOT NULL DEFAULT TRUE);
CREATE TABLE pets (id int PRIMARY KEY, owner_id bigint REFERENCES persons ON DELETE CASCADE, mood mood, name text NOT NULL, UNIQUE (owner_id, name));
CREATE TABLE dogs (id int PRIMARY KEY REFERENCES pets(id), breed text);
CREATE TABLE puppies (id int PRIMARY KEY REFERENCES dogs(id), age int);
CREATE TABLE gen (id int PRIMARY KEY, a int, b int GENERATED ALWAYS AS (a * 2) STORED);
