CREATE TABLE post (
    id INT PRIMARY KEY AUTO_INCREMENT,
    title VARCHAR(200) NOT NULL
);

CREATE TABLE tag (
    id INT PRIMARY KEY AUTO_INCREMENT,
    name VARCHAR(50) NOT NULL UNIQUE
);

CREATE TABLE post_tag (
    post_id INT NOT NULL,
    tag_id INT NOT NULL,
    PRIMARY KEY (post_id, tag_id),
    FOREIGN KEY (post_id) REFERENCES post (id) ON DELETE CASCADE,
    FOREIGN KEY (tag_id) REFERENCES tag (id)
);

CREATE TABLE audit_log (
    post_id INT,
    happened DATETIME NOT NULL,
    what TEXT,
    KEY (happened),
    FOREIGN KEY (post_id) REFERENCES post (id)
);

CREATE VIEW post_titles AS SELECT id, title FROM post;
