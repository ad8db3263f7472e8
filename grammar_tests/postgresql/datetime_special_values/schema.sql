CREATE TABLE schedule (
    id integer PRIMARY KEY,
    starts timestamp DEFAULT 'epoch',
    starts_tz timestamptz DEFAULT 'Epoch',
    ends timestamptz DEFAULT 'infinity',
    first_day date DEFAULT '-infinity',
    epoch_day date DEFAULT 'epoch'::date,
    midnight time DEFAULT 'allballs',
    midnight_tz timetz DEFAULT 'ALLBALLS',
    offset_dropped timestamp DEFAULT '1970-01-01 00:00:01+00:00',
    offset_dropped_ms timestamp(3) DEFAULT '2000-01-01 10:00:00.5-08:00',
    typed_literal timestamp DEFAULT TIMESTAMP 'infinity',
    runtime_day date DEFAULT ('now'::text)::date,
    CONSTRAINT after_epoch CHECK (starts > 'epoch' AND first_day < 'infinity')
);
