from sqlalchemy import CHAR, Column, ForeignKeyConstraint, Integer, MetaData, PrimaryKeyConstraint, Table, Text

metadata = MetaData()


t_courses = Table(
    'courses', metadata,
    Column('id', Integer, primary_key=True, autoincrement=True),
    Column('title', Text, nullable=False),
    PrimaryKeyConstraint('id', name='courses_pkey')
)

t_students = Table(
    'students', metadata,
    Column('id', Integer, primary_key=True, autoincrement=True),
    Column('name', Text, nullable=False),
    PrimaryKeyConstraint('id', name='students_pkey')
)

t_enrollments = Table(
    'enrollments', metadata,
    Column('student_id', Integer, primary_key=True),
    Column('course_id', Integer, primary_key=True),
    Column('grade', CHAR(1)),
    ForeignKeyConstraint(['course_id'], ['courses.id'], name='enrollments_course_id_fkey'),
    ForeignKeyConstraint(['student_id'], ['students.id'], name='enrollments_student_id_fkey'),
    PrimaryKeyConstraint('student_id', 'course_id', name='enrollments_pkey')
)
