DROP TABLE `Comment`;
DROP TABLE `Post`;
