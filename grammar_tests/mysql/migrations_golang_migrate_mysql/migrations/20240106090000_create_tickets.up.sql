CREATE TABLE tickets (
    id INT NOT NULL AUTO_INCREMENT,
    event_id INT NOT NULL,
    holder_email VARCHAR(190) NOT NULL,
    price_cents INT UNSIGNED NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_tickets_event FOREIGN KEY (event_id) REFERENCES events (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
