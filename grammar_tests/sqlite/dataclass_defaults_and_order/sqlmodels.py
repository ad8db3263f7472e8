from typing import Optional
import decimal

from sqlalchemy import Column, Computed, ForeignKey, Integer, Numeric, Text, text
from sqlmodel import Field, Relationship, SQLModel

class Person(SQLModel, table=True):
    name: str = Field(sa_column=Column('name', Text, nullable=False))
    kind: str = Field(sa_column=Column('kind', Text, nullable=False, server_default=text("'person'")))
    score: int = Field(sa_column=Column('score', Integer, nullable=False, server_default=text('0')))
    id: Optional[int] = Field(default=None, sa_column=Column('id', Integer, primary_key=True))
    note: Optional[str] = Field(default=None, sa_column=Column('note', Text))
    created: Optional[str] = Field(default=None, sa_column=Column('created', Text, server_default=text('CURRENT_TIMESTAMP')))
    upper_name: Optional[str] = Field(default=None, sa_column=Column('upper_name', Text, Computed('upper(name)', persisted=False)))

    badge: list['Badge'] = Relationship(back_populates='holder')


class Badge(SQLModel, table=True):
    holder_id: int = Field(sa_column=Column('holder_id', ForeignKey('person.id'), nullable=False))
    label: str = Field(sa_column=Column('label', Text, nullable=False, server_default=text("'member'")))
    id: Optional[int] = Field(default=None, sa_column=Column('id', Integer, primary_key=True))

    holder: 'Person' = Relationship(back_populates='badge')


class Employee(Person, table=True):
    id: Optional[int] = Field(default=None, sa_column=Column('id', ForeignKey('person.id'), primary_key=True))
    salary: Optional[decimal.Decimal] = Field(default=None, sa_column=Column('salary', Numeric(10, 2)))
