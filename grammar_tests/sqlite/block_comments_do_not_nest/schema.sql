/* a comment that holds /* an opening */
CREATE TABLE first_table (id INTEGER PRIMARY KEY);
CREATE TABLE second_table (id INTEGER PRIMARY KEY /* x /* y */, label TEXT);
