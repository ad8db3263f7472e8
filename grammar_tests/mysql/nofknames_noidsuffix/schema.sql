CREATE TABLE teams (
  id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  name VARCHAR(50) NOT NULL
) ENGINE=InnoDB;
CREATE TABLE players (
  id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  team_id INT,
  captain_of_id INT,
  name VARCHAR(50) NOT NULL,
  FOREIGN KEY (team_id) REFERENCES teams (id),
  CONSTRAINT fk_players_captain FOREIGN KEY (captain_of_id) REFERENCES teams (id)
) ENGINE=InnoDB;
