CREATE TABLE note (id int PRIMARY KEY);

CREATE VIEW note_literals AS
SELECT id, '' AS empty_text, N'abc' AS national, TRUE AS yes, FALSE AS no,
       x'0a0b0c' AS hex_bytes, b'1000000001' AS bits, 0.25 AS quarter, 12.5 AS twelve
FROM note;
