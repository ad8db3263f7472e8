CREATE TABLE name (id int primary key, "Name" text, name_id int references name(id));
