CREATE TABLE flags (
    id integer PRIMARY KEY,
    active boolean NOT NULL DEFAULT true,
    deleted bool DEFAULT false,
    archived boolean,
    mask bit(8) DEFAULT B'00000000',
    single bit,
    varmask bit varying(16),
    anybits varbit,
    blob bytea,
    thumb bytea DEFAULT '\x00'::bytea
);
