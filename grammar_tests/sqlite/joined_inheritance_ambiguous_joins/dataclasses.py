from typing import Optional
import decimal

from sqlalchemy import ForeignKey, Integer, Numeric, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column, relationship

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class Person(Base):
    __tablename__ = 'person'

    name: Mapped[str] = mapped_column(Text, nullable=False)
    id: Mapped[Optional[int]] = mapped_column(Integer, primary_key=True)

    mentee_mentor: Mapped[list['Mentee']] = relationship('Mentee', foreign_keys='[Mentee.mentor_id]', back_populates='mentor')


class Employee(Person):
    __tablename__ = 'employee'

    id: Mapped[Optional[int]] = mapped_column(ForeignKey('person.id'), primary_key=True)
    salary: Mapped[Optional[decimal.Decimal]] = mapped_column(Numeric(10, 2))
    boss_id: Mapped[Optional[int]] = mapped_column(ForeignKey('employee.id'))

    boss: Mapped[Optional['Employee']] = relationship('Employee', remote_side=[id], back_populates='boss_reverse')
    boss_reverse: Mapped[list['Employee']] = relationship('Employee', remote_side=[boss_id], back_populates='boss')


class Manager(Person):
    __tablename__ = 'manager'

    id: Mapped[Optional[int]] = mapped_column(ForeignKey('person.id'), primary_key=True)
    level: Mapped[Optional[int]] = mapped_column(Integer)

    engineer: Mapped[list['Engineer']] = relationship('Engineer', back_populates='manager')


class Mentee(Person):
    __tablename__ = 'mentee'

    id: Mapped[Optional[int]] = mapped_column(ForeignKey('person.id'), primary_key=True)
    note: Mapped[Optional[str]] = mapped_column(Text)
    mentor_id: Mapped[Optional[int]] = mapped_column(ForeignKey('person.id'))

    mentor: Mapped[Optional['Person']] = relationship('Person', foreign_keys=[mentor_id], back_populates='mentee_mentor')


class Engineer(Person):
    __tablename__ = 'engineer'

    id: Mapped[Optional[int]] = mapped_column(ForeignKey('person.id'), primary_key=True)
    skill: Mapped[Optional[str]] = mapped_column(Text)
    manager_id: Mapped[Optional[int]] = mapped_column(ForeignKey('manager.id'))

    manager: Mapped[Optional['Manager']] = relationship('Manager', back_populates='engineer')
