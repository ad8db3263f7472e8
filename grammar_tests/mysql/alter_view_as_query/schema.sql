CREATE TABLE members (
    id INT AUTO_INCREMENT PRIMARY KEY,
    handle VARCHAR(40) NOT NULL,
    joined DATE,
    karma INT NOT NULL DEFAULT 0
);

CREATE VIEW member_names AS SELECT id, handle FROM members;
ALTER VIEW member_names AS SELECT id, handle, joined FROM members;

CREATE VIEW member_karma AS SELECT id, karma FROM members;
ALTER VIEW member_karma (member_id, points, since) AS SELECT id, karma * 2, joined FROM members;
