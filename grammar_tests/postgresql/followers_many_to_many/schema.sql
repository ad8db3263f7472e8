CREATE TABLE users (id bigserial PRIMARY KEY, handle text NOT NULL UNIQUE);
CREATE TABLE followers (
    follower_id bigint NOT NULL REFERENCES users (id),
    followed_id bigint NOT NULL REFERENCES users (id),
    PRIMARY KEY (follower_id, followed_id)
);
