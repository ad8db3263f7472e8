from typing import Optional

from sqlalchemy import Column, ForeignKey, Integer, Table, Text, text
from sqlmodel import Field, Relationship, SQLModel

class Courses(SQLModel, table=True):
    title: str = Field(sa_column=Column('title', Text, nullable=False))
    id: Optional[int] = Field(default=None, sa_column=Column('id', Integer, primary_key=True))

    prerequisite: list['Courses'] = Relationship(back_populates='course', sa_relationship_kwargs={'secondary': 'course_prerequisites', 'primaryjoin': lambda: Courses.id == t_course_prerequisites.c.course_id, 'secondaryjoin': lambda: Courses.id == t_course_prerequisites.c.prerequisite_id})
    course: list['Courses'] = Relationship(back_populates='prerequisite', sa_relationship_kwargs={'secondary': 'course_prerequisites', 'primaryjoin': lambda: Courses.id == t_course_prerequisites.c.prerequisite_id, 'secondaryjoin': lambda: Courses.id == t_course_prerequisites.c.course_id})
    enrollments: list['Enrollments'] = Relationship(back_populates='course')


class Students(SQLModel, table=True):
    name: str = Field(sa_column=Column('name', Text, nullable=False))
    id: Optional[int] = Field(default=None, sa_column=Column('id', Integer, primary_key=True))

    enrollments: list['Enrollments'] = Relationship(back_populates='student')


t_course_prerequisites = Table(
    'course_prerequisites', SQLModel.metadata,
    Column('course_id', ForeignKey('courses.id'), primary_key=True),
    Column('prerequisite_id', ForeignKey('courses.id'), primary_key=True)
)


class Enrollments(SQLModel, table=True):
    student_id: int = Field(sa_column=Column('student_id', ForeignKey('students.id'), primary_key=True))
    course_id: int = Field(sa_column=Column('course_id', ForeignKey('courses.id'), primary_key=True))
    enrolled_at: str = Field(sa_column=Column('enrolled_at', Text, nullable=False, server_default=text('CURRENT_TIMESTAMP')))
    grade: Optional[str] = Field(default=None, sa_column=Column('grade', Text))

    course: 'Courses' = Relationship(back_populates='enrollments')
    student: 'Students' = Relationship(back_populates='enrollments')
