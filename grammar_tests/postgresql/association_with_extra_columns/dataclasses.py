from typing import Optional

from sqlalchemy import CHAR, ForeignKeyConstraint, Integer, PrimaryKeyConstraint, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column, relationship

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class Courses(Base):
    __tablename__ = 'courses'
    __table_args__ = (
        PrimaryKeyConstraint('id', name='courses_pkey'),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    title: Mapped[str] = mapped_column(Text, nullable=False)

    enrollments: Mapped[list['Enrollments']] = relationship('Enrollments', back_populates='course')


class Students(Base):
    __tablename__ = 'students'
    __table_args__ = (
        PrimaryKeyConstraint('id', name='students_pkey'),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    name: Mapped[str] = mapped_column(Text, nullable=False)

    enrollments: Mapped[list['Enrollments']] = relationship('Enrollments', back_populates='student')


class Enrollments(Base):
    __tablename__ = 'enrollments'
    __table_args__ = (
        ForeignKeyConstraint(['course_id'], ['courses.id'], name='enrollments_course_id_fkey'),
        ForeignKeyConstraint(['student_id'], ['students.id'], name='enrollments_student_id_fkey'),
        PrimaryKeyConstraint('student_id', 'course_id', name='enrollments_pkey')
    )

    student_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    course_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    grade: Mapped[Optional[str]] = mapped_column(CHAR(1))

    course: Mapped['Courses'] = relationship('Courses', back_populates='enrollments')
    student: Mapped['Students'] = relationship('Students', back_populates='enrollments')
