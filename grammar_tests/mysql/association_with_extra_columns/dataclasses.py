from typing import Optional
import datetime

from sqlalchemy import CHAR, Column, DateTime, ForeignKeyConstraint, Index, String, Table, text
from sqlalchemy.dialects.mysql import INTEGER
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column, relationship

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class Courses(Base):
    __tablename__ = 'courses'

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True, autoincrement=True)
    title: Mapped[str] = mapped_column(String(100), nullable=False)

    prerequisite: Mapped[list['Courses']] = relationship('Courses', secondary='course_prerequisites', primaryjoin=lambda: Courses.id == t_course_prerequisites.c.course_id, secondaryjoin=lambda: Courses.id == t_course_prerequisites.c.prerequisite_id, back_populates='course')
    course: Mapped[list['Courses']] = relationship('Courses', secondary='course_prerequisites', primaryjoin=lambda: Courses.id == t_course_prerequisites.c.prerequisite_id, secondaryjoin=lambda: Courses.id == t_course_prerequisites.c.course_id, back_populates='prerequisite')
    enrollments: Mapped[list['Enrollments']] = relationship('Enrollments', back_populates='course')


class Students(Base):
    __tablename__ = 'students'

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True, autoincrement=True)
    name: Mapped[str] = mapped_column(String(100), nullable=False)

    enrollments: Mapped[list['Enrollments']] = relationship('Enrollments', back_populates='student')


t_course_prerequisites = Table(
    'course_prerequisites', Base.metadata,
    Column('course_id', INTEGER(11), primary_key=True),
    Column('prerequisite_id', INTEGER(11), primary_key=True),
    ForeignKeyConstraint(['course_id'], ['courses.id'], name='course_prerequisites_ibfk_1'),
    ForeignKeyConstraint(['prerequisite_id'], ['courses.id'], name='course_prerequisites_ibfk_2'),
    Index('prerequisite_id', 'prerequisite_id')
)


class Enrollments(Base):
    __tablename__ = 'enrollments'
    __table_args__ = (
        ForeignKeyConstraint(['course_id'], ['courses.id'], ondelete='CASCADE', name='enrollments_ibfk_2'),
        ForeignKeyConstraint(['student_id'], ['students.id'], ondelete='CASCADE', name='enrollments_ibfk_1'),
        Index('course_id', 'course_id')
    )

    student_id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True)
    course_id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True)
    enrolled_at: Mapped[datetime.datetime] = mapped_column(DateTime, nullable=False, server_default=text('current_timestamp()'))
    grade: Mapped[Optional[str]] = mapped_column(CHAR(2))

    course: Mapped['Courses'] = relationship('Courses', back_populates='enrollments')
    student: Mapped['Students'] = relationship('Students', back_populates='enrollments')
