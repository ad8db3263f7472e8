from typing import Optional
import datetime

from sqlalchemy import CHAR, Column, DateTime, ForeignKeyConstraint, Index, String, Table, text
from sqlalchemy.dialects.mysql import INTEGER
from sqlmodel import Field, Relationship, SQLModel

class Courses(SQLModel, table=True):
    id: int = Field(sa_column=Column('id', INTEGER(11), primary_key=True, autoincrement=True))
    title: str = Field(sa_column=Column('title', String(100), nullable=False))

    prerequisite: list['Courses'] = Relationship(back_populates='course', sa_relationship_kwargs={'secondary': 'course_prerequisites', 'primaryjoin': lambda: Courses.id == t_course_prerequisites.c.course_id, 'secondaryjoin': lambda: Courses.id == t_course_prerequisites.c.prerequisite_id})
    course: list['Courses'] = Relationship(back_populates='prerequisite', sa_relationship_kwargs={'secondary': 'course_prerequisites', 'primaryjoin': lambda: Courses.id == t_course_prerequisites.c.prerequisite_id, 'secondaryjoin': lambda: Courses.id == t_course_prerequisites.c.course_id})
    enrollments: list['Enrollments'] = Relationship(back_populates='course')


class Students(SQLModel, table=True):
    id: int = Field(sa_column=Column('id', INTEGER(11), primary_key=True, autoincrement=True))
    name: str = Field(sa_column=Column('name', String(100), nullable=False))

    enrollments: list['Enrollments'] = Relationship(back_populates='student')


t_course_prerequisites = Table(
    'course_prerequisites', SQLModel.metadata,
    Column('course_id', INTEGER(11), primary_key=True),
    Column('prerequisite_id', INTEGER(11), primary_key=True),
    ForeignKeyConstraint(['course_id'], ['courses.id'], name='course_prerequisites_ibfk_1'),
    ForeignKeyConstraint(['prerequisite_id'], ['courses.id'], name='course_prerequisites_ibfk_2'),
    Index('prerequisite_id', 'prerequisite_id')
)


class Enrollments(SQLModel, table=True):
    __table_args__ = (
        ForeignKeyConstraint(['course_id'], ['courses.id'], ondelete='CASCADE', name='enrollments_ibfk_2'),
        ForeignKeyConstraint(['student_id'], ['students.id'], ondelete='CASCADE', name='enrollments_ibfk_1'),
        Index('course_id', 'course_id')
    )

    student_id: int = Field(sa_column=Column('student_id', INTEGER(11), primary_key=True))
    course_id: int = Field(sa_column=Column('course_id', INTEGER(11), primary_key=True))
    enrolled_at: datetime.datetime = Field(sa_column=Column('enrolled_at', DateTime, nullable=False, server_default=text('current_timestamp()')))
    grade: Optional[str] = Field(default=None, sa_column=Column('grade', CHAR(2)))

    course: 'Courses' = Relationship(back_populates='enrollments')
    student: 'Students' = Relationship(back_populates='enrollments')
