CREATE TABLE ticket (
    id INT PRIMARY KEY AUTO_INCREMENT,
    state VARCHAR(10) NOT NULL CHECK (state IN ('open', 'closed')),
    paint ENUM('red', 'green')
);
