-- Edited by hand: keep the data of User and Post.content.
RENAME TABLE `User` TO `Author`;
ALTER TABLE `Post` RENAME COLUMN `content` TO `body`;

-- AlterTable
ALTER TABLE `Author` DROP COLUMN `role`,
    ADD COLUMN `bio` TEXT NULL;

-- AlterTable
ALTER TABLE `Post` MODIFY `title` VARCHAR(255) NOT NULL;
