CREATE DOMAIN hash32 AS bytea CONSTRAINT hash32_len CHECK (VALUE IS NULL OR octet_length(VALUE) = 32);
CREATE DOMAIN label AS text;
CREATE TABLE blob (
    id integer PRIMARY KEY,
    data bytea NOT NULL,
    digest hash32,
    flags bit(8),
    name varchar(20),
    code char(4),
    tag label,
    CONSTRAINT blob_data_len CHECK (octet_length(data) < 1024),
    CONSTRAINT blob_digest_len CHECK (length(digest) = 32),
    CONSTRAINT blob_flags_len CHECK (length(flags) = 8),
    CONSTRAINT blob_name_len CHECK (octet_length(name) > 0),
    CONSTRAINT blob_code_len CHECK (char_length(code) = 4),
    CONSTRAINT blob_tag_len CHECK (octet_length(tag) < 10),
    CONSTRAINT blob_md5 CHECK (md5(data) <> md5('x')),
    CONSTRAINT blob_trim CHECK (btrim(data, '\x00'::bytea) IS NOT NULL),
    CONSTRAINT blob_prefix CHECK (substr(data, 1, 2) IS NOT NULL),
    CONSTRAINT blob_sha CHECK (sha256(data) IS NOT NULL)
);
