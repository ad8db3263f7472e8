/* a comment that holds /* an opening */
CREATE TABLE first_table (id INT PRIMARY KEY);
CREATE TABLE second_table (id INT PRIMARY KEY /* x /* y */, label VARCHAR(20));
