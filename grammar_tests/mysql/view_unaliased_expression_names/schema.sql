CREATE TABLE item (id int PRIMARY KEY, label varchar(20), price int NOT NULL);

CREATE VIEW item_counts AS
SELECT id, (SELECT COUNT(*) FROM item) AS total, (SELECT   COUNT(*) FROM item), price  *  2,
       COUNT(*), upper( label ), 'flag', "dq", 'it''s'
FROM item GROUP BY id;

CREATE VIEW item_names AS
SELECT id, 'id', lower(label), LOWER(label), 'x', 'x', 'x', 'My_exp_x', '', 'ends ',
       (SELECT COUNT(*) FROM item WHERE item.label = 'a label long enough to pass the limit')
FROM item;
