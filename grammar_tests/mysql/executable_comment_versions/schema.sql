/*!40101 SET NAMES utf8mb4 */;
CREATE TABLE place (
  id INT NOT NULL PRIMARY KEY,
  label VARCHAR(40) NOT NULL,
  /*!50705 spot GEOMETRY NOT NULL,*/
  /*!50600 zone VARCHAR(10) NULL,*/
  /*M!50705 area VARCHAR(10) NULL,*/
  /*!100100 floor INT NULL,*/
  /*!110500 wing INT NULL,*/
  /*!50705 SPATIAL KEY idx_spot (spot),*/
  KEY idx_label (label)
) ENGINE=InnoDB;
/*!50610 ALTER TABLE place COMMENT 'seen' */;
/*!80000 ALTER TABLE place ADD COLUMN ignored INT */;
