CREATE TABLE `x=$$l` (`id` INTEGER PRIMARY KEY, `ab=ak` VARCHAR(20) DEFAULT 'b*1''/%m' COMMENT 'y{=m', `z;{{"m` INTEGER);
CREATE TABLE `am` (`id` INTEGER PRIMARY KEY, `zé;l` VARCHAR(20) DEFAULT 'am' COMMENT 'y_=*="m', `y.a'1*}l` VARCHAR(20) DEFAULT 'c日a*)${k' COMMENT 'b*;,k');
CREATE INDEX `x"a1é_/m` ON `am` (`zé;l`);
CREATE TABLE `cam` (`id` INTEGER PRIMARY KEY, `y*%(,-l` VARCHAR(20) DEFAULT 'b{Zk' COMMENT 'b"n', `b)$.}#l` INTEGER REFERENCES `am` (`id`), `y{_-k` INTEGER REFERENCES `am` (`id`));
