CREATE TABLE documents (
    id INTEGER PRIMARY KEY,
    code CHARACTER(20) NOT NULL,
    title VARCHAR(255) NOT NULL,
    varying VARYING CHARACTER(255),
    nchar_col NCHAR(55),
    native NATIVE CHARACTER(70),
    nvarchar_col NVARCHAR(100),
    body TEXT,
    big_body CLOB,
    slug TEXT COLLATE NOCASE NOT NULL,
    padded VARCHAR(10) COLLATE RTRIM,
    lang TEXT DEFAULT 'en' COLLATE BINARY
);
