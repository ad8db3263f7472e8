from sqlalchemy import CHAR, Column, DateTime, ForeignKeyConstraint, Index, MetaData, String, Table, text
from sqlalchemy.dialects.mysql import INTEGER

metadata = MetaData()


t_courses = Table(
    'courses', metadata,
    Column('id', INTEGER(11), primary_key=True, autoincrement=True),
    Column('title', String(100), nullable=False)
)

t_students = Table(
    'students', metadata,
    Column('id', INTEGER(11), primary_key=True, autoincrement=True),
    Column('name', String(100), nullable=False)
)

t_course_prerequisites = Table(
    'course_prerequisites', metadata,
    Column('course_id', INTEGER(11), primary_key=True),
    Column('prerequisite_id', INTEGER(11), primary_key=True),
    ForeignKeyConstraint(['course_id'], ['courses.id'], name='course_prerequisites_ibfk_1'),
    ForeignKeyConstraint(['prerequisite_id'], ['courses.id'], name='course_prerequisites_ibfk_2'),
    Index('prerequisite_id', 'prerequisite_id')
)

t_enrollments = Table(
    'enrollments', metadata,
    Column('student_id', INTEGER(11), primary_key=True),
    Column('course_id', INTEGER(11), primary_key=True),
    Column('enrolled_at', DateTime, nullable=False, server_default=text('current_timestamp()')),
    Column('grade', CHAR(2)),
    ForeignKeyConstraint(['course_id'], ['courses.id'], ondelete='CASCADE', name='enrollments_ibfk_2'),
    ForeignKeyConstraint(['student_id'], ['students.id'], ondelete='CASCADE', name='enrollments_ibfk_1'),
    Index('course_id', 'course_id')
)
