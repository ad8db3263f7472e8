CREATE TABLE users (
    id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
    login VARCHAR(64) NOT NULL,
    password_hash VARBINARY(64) NOT NULL,
    INDEX users_login_idx (login)
) ENGINE=InnoDB;
