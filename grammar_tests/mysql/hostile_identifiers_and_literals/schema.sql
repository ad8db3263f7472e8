CREATE TABLE `tab'le` (
  `id` int NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `col"quote` varchar(50) DEFAULT 'it''s "x" \\ y' COMMENT 'new\nline and ''quote''',
  `def` enum('a''b','c"d','e\\f','','with space','ünï','1x','None','class') DEFAULT 'class',
  `from` varchar(10) CHECK (`from` IN ('''', '"', '\\')),
  `ñame` text,
  `True` int,
  `metadata` text
) COMMENT='triple """ quotes '''''' and \\ backslash';
CREATE TABLE `2nd` (`tab'le_id` int, `Class` int PRIMARY KEY, FOREIGN KEY (`tab'le_id`) REFERENCES `tab'le` (`id`));
