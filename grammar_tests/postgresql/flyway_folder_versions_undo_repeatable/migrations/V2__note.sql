CREATE TABLE note (id serial PRIMARY KEY, account_id int REFERENCES account (id), body text);
