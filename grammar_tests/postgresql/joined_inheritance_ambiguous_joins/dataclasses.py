from typing import Optional
import decimal

from sqlalchemy import ForeignKeyConstraint, Integer, Numeric, PrimaryKeyConstraint, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column, relationship

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class Person(Base):
    __tablename__ = 'person'
    __table_args__ = (
        PrimaryKeyConstraint('id', name='person_pkey'),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    name: Mapped[str] = mapped_column(Text, nullable=False)

    mentee_mentor: Mapped[list['Mentee']] = relationship('Mentee', foreign_keys='[Mentee.mentor_id]', back_populates='mentor')


class Employee(Person):
    __tablename__ = 'employee'
    __table_args__ = (
        ForeignKeyConstraint(['boss_id'], ['employee.id'], name='employee_boss_id_fkey'),
        ForeignKeyConstraint(['id'], ['person.id'], name='employee_id_fkey'),
        PrimaryKeyConstraint('id', name='employee_pkey')
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    salary: Mapped[Optional[decimal.Decimal]] = mapped_column(Numeric(10, 2))
    boss_id: Mapped[Optional[int]] = mapped_column(Integer)

    boss: Mapped[Optional['Employee']] = relationship('Employee', remote_side=[id], back_populates='boss_reverse')
    boss_reverse: Mapped[list['Employee']] = relationship('Employee', remote_side=[boss_id], back_populates='boss')


class Manager(Person):
    __tablename__ = 'manager'
    __table_args__ = (
        ForeignKeyConstraint(['id'], ['person.id'], name='manager_id_fkey'),
        PrimaryKeyConstraint('id', name='manager_pkey')
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    level: Mapped[Optional[int]] = mapped_column(Integer)

    engineer: Mapped[list['Engineer']] = relationship('Engineer', back_populates='manager')


class Mentee(Person):
    __tablename__ = 'mentee'
    __table_args__ = (
        ForeignKeyConstraint(['id'], ['person.id'], name='mentee_id_fkey'),
        ForeignKeyConstraint(['mentor_id'], ['person.id'], name='mentee_mentor_id_fkey'),
        PrimaryKeyConstraint('id', name='mentee_pkey')
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    note: Mapped[Optional[str]] = mapped_column(Text)
    mentor_id: Mapped[Optional[int]] = mapped_column(Integer)

    mentor: Mapped[Optional['Person']] = relationship('Person', foreign_keys=[mentor_id], back_populates='mentee_mentor')


class Engineer(Person):
    __tablename__ = 'engineer'
    __table_args__ = (
        ForeignKeyConstraint(['id'], ['person.id'], name='engineer_id_fkey'),
        ForeignKeyConstraint(['manager_id'], ['manager.id'], name='engineer_manager_id_fkey'),
        PrimaryKeyConstraint('id', name='engineer_pkey')
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    skill: Mapped[Optional[str]] = mapped_column(Text)
    manager_id: Mapped[Optional[int]] = mapped_column(Integer)

    manager: Mapped[Optional['Manager']] = relationship('Manager', back_populates='engineer')
