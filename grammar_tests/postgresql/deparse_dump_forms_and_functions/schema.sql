CREATE TABLE event (
    id integer PRIMARY KEY,
    created_at timestamp DEFAULT (now() AT TIME ZONE 'utc'),
    created_utc timestamptz DEFAULT timezone('utc', now()),
    starts_on date DEFAULT '2000-1-2',
    not_before timestamptz CHECK (not_before > '2000-01-01'),
    window_end timestamptz DEFAULT '2020-02-28 23:00:00-05:30',
    kind varchar(20),
    name varchar(50),
    payload jsonb CHECK (jsonb_typeof(payload) = 'object'),
    tags varchar(10)[],
    a integer,
    b integer,
    CONSTRAINT event_kind_check CHECK (((kind)::text = ANY ((ARRAY['x'::character varying, 'y'::character varying])::text[]))),
    CONSTRAINT event_one_of CHECK (num_nonnulls(a, b) = 1)
);
CREATE INDEX event_name_idx ON event (id) WHERE length(name) > 3;
CREATE INDEX event_tags_idx ON event (id) WHERE tags @> ARRAY['a'::varchar];
CREATE INDEX event_kind_idx ON event (id) WHERE kind IN ('x', 'y');
