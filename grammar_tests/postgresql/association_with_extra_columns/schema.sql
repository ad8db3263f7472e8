CREATE TABLE students (id serial PRIMARY KEY, name text NOT NULL);
CREATE TABLE courses (id serial PRIMARY KEY, title text NOT NULL);
CREATE TABLE enrollments (
    student_id integer NOT NULL REFERENCES students (id),
    course_id integer NOT NULL REFERENCES courses (id),
    grade char(1),
    PRIMARY KEY (student_id, course_id)
);
