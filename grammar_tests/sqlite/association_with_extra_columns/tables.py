from sqlalchemy import Column, ForeignKey, Integer, MetaData, Table, Text, text

metadata = MetaData()


t_courses = Table(
    'courses', metadata,
    Column('id', Integer, primary_key=True),
    Column('title', Text, nullable=False)
)

t_students = Table(
    'students', metadata,
    Column('id', Integer, primary_key=True),
    Column('name', Text, nullable=False)
)

t_course_prerequisites = Table(
    'course_prerequisites', metadata,
    Column('course_id', ForeignKey('courses.id'), primary_key=True),
    Column('prerequisite_id', ForeignKey('courses.id'), primary_key=True)
)

t_enrollments = Table(
    'enrollments', metadata,
    Column('student_id', ForeignKey('students.id'), primary_key=True),
    Column('course_id', ForeignKey('courses.id'), primary_key=True),
    Column('enrolled_at', Text, nullable=False, server_default=text('CURRENT_TIMESTAMP')),
    Column('grade', Text)
)
