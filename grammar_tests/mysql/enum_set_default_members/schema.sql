CREATE TABLE preference (
  id INT NOT NULL PRIMARY KEY,
  theme ENUM('Light', 'Dark', 'System') NOT NULL DEFAULT 'dark',
  size ENUM('s', 'm', 'l') DEFAULT 'M',
  channels SET('Email', 'sms', 'push') NOT NULL DEFAULT 'push,EMAIL,push',
  days SET('mon', 'tue', 'wed') DEFAULT 'wed,mon',
  quiet SET('a', 'b') NOT NULL DEFAULT '',
  exact ENUM('A', 'a') CHARACTER SET utf8mb4 COLLATE utf8mb4_bin DEFAULT 'a'
);
