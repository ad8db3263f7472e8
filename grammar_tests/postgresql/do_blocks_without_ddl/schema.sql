CREATE TABLE language (id serial PRIMARY KEY, code varchar(3) NOT NULL);
CREATE TABLE user_language (user_id int NOT NULL, language_id int NOT NULL REFERENCES language, PRIMARY KEY (user_id, language_id));
-- anonymous blocks that only read and write rows change nothing a model shows
DO $$
DECLARE
    lid integer;
BEGIN
    FOR lid IN SELECT id FROM language LOOP
        INSERT INTO user_language (user_id, language_id) VALUES (1, lid);
    END LOOP;
END
$$;
DO LANGUAGE plpgsql $$
BEGIN
    IF (SELECT count(*) FROM language) > 100 THEN
        RAISE EXCEPTION 'too many languages, cannot comment';
    END IF;
END
$$;
