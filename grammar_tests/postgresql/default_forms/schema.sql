CREATE TABLE d (
  id int PRIMARY KEY, a int DEFAULT -1, b numeric(5,2) DEFAULT 1.5, c text DEFAULT 'it''s', e text DEFAULT E'line\nbreak', f timestamptz DEFAULT now(), g timestamp DEFAULT CURRENT_TIMESTAMP,
  h timestamp(3) DEFAULT LOCALTIMESTAMP(3), i date DEFAULT CURRENT_DATE, j uuid DEFAULT gen_random_uuid(), k boolean DEFAULT 't', l varchar(10) DEFAULT 'x'::character varying,
  m text[] DEFAULT ARRAY['a','b'], n int[] DEFAULT '{1,2}', o bigint DEFAULT 9223372036854775807, p smallint DEFAULT 1, q double precision DEFAULT 'NaN', r numeric DEFAULT 'Infinity',
  s text DEFAULT current_user, t time DEFAULT '12:00', v inet DEFAULT '127.0.0.1', w money DEFAULT 0, x char(2) DEFAULT 'ab', y bytea DEFAULT '\x00',
  z int DEFAULT (1 + 2) * 3
);
CREATE TABLE d2 (id int PRIMARY KEY, a time DEFAULT '9:05', b time DEFAULT '10:11:12.500', c timestamp DEFAULT '2020-01-02', d timestamp DEFAULT '2020-1-2 3:04', e timestamp(3) DEFAULT '2020-01-02T03:04:05.123', f time(0) DEFAULT '23:59:59');
