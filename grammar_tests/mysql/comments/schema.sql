CREATE TABLE notes (
  id INT PRIMARY KEY COMMENT 'primary key',
  body TEXT COMMENT 'it''s got "quotes", a backslash \\ and %s',
  tag VARCHAR(10) COMMENT 'line one\nline two'
) COMMENT='Notes table: ''single'' and "double" quotes';
