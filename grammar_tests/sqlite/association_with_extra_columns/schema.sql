CREATE TABLE students (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL
);
CREATE TABLE courses (
    id INTEGER PRIMARY KEY,
    title TEXT NOT NULL
);
CREATE TABLE enrollments (
    student_id INTEGER NOT NULL REFERENCES students (id) ON DELETE CASCADE,
    course_id INTEGER NOT NULL REFERENCES courses (id) ON DELETE CASCADE,
    enrolled_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP,
    grade TEXT,
    PRIMARY KEY (student_id, course_id)
);
CREATE TABLE course_prerequisites (
    course_id INTEGER NOT NULL REFERENCES courses (id),
    prerequisite_id INTEGER NOT NULL REFERENCES courses (id),
    PRIMARY KEY (course_id, prerequisite_id)
);
