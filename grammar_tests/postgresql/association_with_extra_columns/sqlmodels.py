from typing import Optional

from sqlalchemy import CHAR, Column, ForeignKeyConstraint, Integer, PrimaryKeyConstraint, Text
from sqlmodel import Field, Relationship, SQLModel

class Courses(SQLModel, table=True):
    __table_args__ = (
        PrimaryKeyConstraint('id', name='courses_pkey'),
    )

    id: int = Field(sa_column=Column('id', Integer, primary_key=True, autoincrement=True))
    title: str = Field(sa_column=Column('title', Text, nullable=False))

    enrollments: list['Enrollments'] = Relationship(back_populates='course')


class Students(SQLModel, table=True):
    __table_args__ = (
        PrimaryKeyConstraint('id', name='students_pkey'),
    )

    id: int = Field(sa_column=Column('id', Integer, primary_key=True, autoincrement=True))
    name: str = Field(sa_column=Column('name', Text, nullable=False))

    enrollments: list['Enrollments'] = Relationship(back_populates='student')


class Enrollments(SQLModel, table=True):
    __table_args__ = (
        ForeignKeyConstraint(['course_id'], ['courses.id'], name='enrollments_course_id_fkey'),
        ForeignKeyConstraint(['student_id'], ['students.id'], name='enrollments_student_id_fkey'),
        PrimaryKeyConstraint('student_id', 'course_id', name='enrollments_pkey')
    )

    student_id: int = Field(sa_column=Column('student_id', Integer, primary_key=True))
    course_id: int = Field(sa_column=Column('course_id', Integer, primary_key=True))
    grade: Optional[str] = Field(default=None, sa_column=Column('grade', CHAR(1)))

    course: 'Courses' = Relationship(back_populates='enrollments')
    student: 'Students' = Relationship(back_populates='enrollments')
