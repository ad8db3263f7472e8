from typing import Optional

from sqlalchemy import Column, ForeignKeyConstraint, Index, LargeBinary, String, Text
from sqlalchemy.dialects.mysql import INTEGER
from sqlmodel import Field, Relationship, SQLModel

class ByHash(SQLModel, table=True):
    __tablename__ = 'by_hash'

    id: int = Field(sa_column=Column('id', INTEGER(11), primary_key=True))
    v: Optional[str] = Field(default=None, sa_column=Column('v', String(10)))


class ByRange(SQLModel, table=True):
    __tablename__ = 'by_range'

    id: int = Field(sa_column=Column('id', INTEGER(11), primary_key=True))
    y: int = Field(sa_column=Column('y', INTEGER(11), primary_key=True))


class History(SQLModel, table=True):
    id: int = Field(sa_column=Column('id', INTEGER(11), primary_key=True))
    v: Optional[int] = Field(default=None, sa_column=Column('v', INTEGER(11)))
    note: Optional[str] = Field(default=None, sa_column=Column('note', Text))
    tag: Optional[str] = Field(default=None, sa_column=Column('tag', String(20)))

    refers: list['Refers'] = Relationship(back_populates='history')


class Zipped(SQLModel, table=True):
    id: int = Field(sa_column=Column('id', INTEGER(11), primary_key=True))
    body: Optional[bytes] = Field(default=None, sa_column=Column('body', LargeBinary))
    title: Optional[str] = Field(default=None, sa_column=Column('title', String(100)))


class Refers(SQLModel, table=True):
    __table_args__ = (
        ForeignKeyConstraint(['history_id'], ['history.id'], name='refers_ibfk_1'),
        Index('history_id', 'history_id')
    )

    id: int = Field(sa_column=Column('id', INTEGER(11), primary_key=True))
    history_id: Optional[int] = Field(default=None, sa_column=Column('history_id', INTEGER(11)))

    history: Optional['History'] = Relationship(back_populates='refers')
