CREATE TABLE users (id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY, handle VARCHAR(40) NOT NULL UNIQUE);
CREATE TABLE followers (
    follower_id BIGINT NOT NULL,
    followed_id BIGINT NOT NULL,
    PRIMARY KEY (follower_id, followed_id),
    FOREIGN KEY (follower_id) REFERENCES users (id),
    FOREIGN KEY (followed_id) REFERENCES users (id)
);
