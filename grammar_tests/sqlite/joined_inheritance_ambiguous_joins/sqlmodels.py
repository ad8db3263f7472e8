from typing import Optional
import decimal

from sqlalchemy import Column, ForeignKey, Integer, Numeric, Text
from sqlmodel import Field, Relationship, SQLModel

class Person(SQLModel, table=True):
    name: str = Field(sa_column=Column('name', Text, nullable=False))
    id: Optional[int] = Field(default=None, sa_column=Column('id', Integer, primary_key=True))

    mentee_mentor: list['Mentee'] = Relationship(back_populates='mentor', sa_relationship_kwargs={'foreign_keys': '[Mentee.mentor_id]'})


class Employee(Person, table=True):
    id: Optional[int] = Field(default=None, sa_column=Column('id', ForeignKey('person.id'), primary_key=True))
    salary: Optional[decimal.Decimal] = Field(default=None, sa_column=Column('salary', Numeric(10, 2)))
    boss_id: Optional[int] = Field(default=None, sa_column=Column('boss_id', ForeignKey('employee.id')))

    boss: Optional['Employee'] = Relationship(back_populates='boss_reverse', sa_relationship_kwargs={'remote_side': '[Employee.id]'})
    boss_reverse: list['Employee'] = Relationship(back_populates='boss', sa_relationship_kwargs={'remote_side': '[Employee.boss_id]'})


class Manager(Person, table=True):
    id: Optional[int] = Field(default=None, sa_column=Column('id', ForeignKey('person.id'), primary_key=True))
    level: Optional[int] = Field(default=None, sa_column=Column('level', Integer))

    engineer: list['Engineer'] = Relationship(back_populates='manager')


class Mentee(Person, table=True):
    id: Optional[int] = Field(default=None, sa_column=Column('id', ForeignKey('person.id'), primary_key=True))
    note: Optional[str] = Field(default=None, sa_column=Column('note', Text))
    mentor_id: Optional[int] = Field(default=None, sa_column=Column('mentor_id', ForeignKey('person.id')))

    mentor: Optional['Person'] = Relationship(back_populates='mentee_mentor', sa_relationship_kwargs={'foreign_keys': '[Mentee.mentor_id]'})


class Engineer(Person, table=True):
    id: Optional[int] = Field(default=None, sa_column=Column('id', ForeignKey('person.id'), primary_key=True))
    skill: Optional[str] = Field(default=None, sa_column=Column('skill', Text))
    manager_id: Optional[int] = Field(default=None, sa_column=Column('manager_id', ForeignKey('manager.id')))

    manager: Optional['Manager'] = Relationship(back_populates='engineer')
