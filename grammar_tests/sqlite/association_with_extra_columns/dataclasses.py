from typing import Optional

from sqlalchemy import Column, ForeignKey, Integer, Table, Text, text
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column, relationship

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class Courses(Base):
    __tablename__ = 'courses'

    title: Mapped[str] = mapped_column(Text, nullable=False)
    id: Mapped[Optional[int]] = mapped_column(Integer, primary_key=True)

    prerequisite: Mapped[list['Courses']] = relationship('Courses', secondary='course_prerequisites', primaryjoin=lambda: Courses.id == t_course_prerequisites.c.course_id, secondaryjoin=lambda: Courses.id == t_course_prerequisites.c.prerequisite_id, back_populates='course')
    course: Mapped[list['Courses']] = relationship('Courses', secondary='course_prerequisites', primaryjoin=lambda: Courses.id == t_course_prerequisites.c.prerequisite_id, secondaryjoin=lambda: Courses.id == t_course_prerequisites.c.course_id, back_populates='prerequisite')
    enrollments: Mapped[list['Enrollments']] = relationship('Enrollments', back_populates='course')


class Students(Base):
    __tablename__ = 'students'

    name: Mapped[str] = mapped_column(Text, nullable=False)
    id: Mapped[Optional[int]] = mapped_column(Integer, primary_key=True)

    enrollments: Mapped[list['Enrollments']] = relationship('Enrollments', back_populates='student')


t_course_prerequisites = Table(
    'course_prerequisites', Base.metadata,
    Column('course_id', ForeignKey('courses.id'), primary_key=True),
    Column('prerequisite_id', ForeignKey('courses.id'), primary_key=True)
)


class Enrollments(Base):
    __tablename__ = 'enrollments'

    student_id: Mapped[int] = mapped_column(ForeignKey('students.id'), primary_key=True)
    course_id: Mapped[int] = mapped_column(ForeignKey('courses.id'), primary_key=True)
    enrolled_at: Mapped[str] = mapped_column(Text, nullable=False, server_default=text('CURRENT_TIMESTAMP'))
    grade: Mapped[Optional[str]] = mapped_column(Text)

    course: Mapped['Courses'] = relationship('Courses', back_populates='enrollments')
    student: Mapped['Students'] = relationship('Students', back_populates='enrollments')
