DROP INDEX users_login_idx ON users;
ALTER TABLE users ADD UNIQUE KEY users_login_uq (login);
