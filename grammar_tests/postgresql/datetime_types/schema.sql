CREATE TABLE events (
    id integer PRIMARY KEY,
    day date NOT NULL DEFAULT CURRENT_DATE,
    starts_at time,
    starts_at_tz time with time zone,
    starts_precise time(3) without time zone,
    created_at timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
    created_at_tz timestamp with time zone NOT NULL DEFAULT now(),
    logged_at timestamp(0) DEFAULT LOCALTIMESTAMP,
    logged_tz timestamptz(3),
    expires_at timestamptz DEFAULT (now() + '30 days'::interval),
    duration interval,
    short_duration interval hour to minute,
    precise_duration interval(2),
    local_time time DEFAULT LOCALTIME,
    epoch timestamp DEFAULT '1970-01-01 00:00:00'
);
