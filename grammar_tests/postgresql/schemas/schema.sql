CREATE SCHEMA audit;
CREATE TABLE audit.a (id int PRIMARY KEY);
COMMENT ON TABLE audit.a IS 'This is a rather long table comment that will certainly not fit on one line of eighty characters, no way';
CREATE TABLE audit.b (id int PRIMARY KEY, CHECK (id > 0));
COMMENT ON TABLE audit.b IS 'Line one of the comment
line two which is also rather long, more than eighty characters in total for sure, yes';
CREATE TABLE audit.nopk (x int);
COMMENT ON TABLE audit.nopk IS 'A table without a primary key and with a very long comment text that overflows the width';
COMMENT ON COLUMN audit.nopk.x IS 'A column comment that is also very long, well beyond the eighty character limit of pprint';
CREATE TABLE audit.c (id int PRIMARY KEY);
COMMENT ON TABLE audit.c IS 'Averyveryveryveryveryveryveryveryveryveryveryveryveryveryveryveryveryveryveryverylongword and more';
