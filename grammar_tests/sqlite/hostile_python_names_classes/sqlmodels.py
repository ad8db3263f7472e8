from typing import Optional
import enum

from sqlalchemy import CheckConstraint, Column, Enum, ForeignKey, Integer, Table, Text
from sqlmodel import Field, Relationship, SQLModel

class ColumnKind(str, enum.Enum):
    _١ = '١'
    _１ = '１'
    _1 = '1'
    A_B = 'a b'
    A_B = 'a_b'
    _A_ = '-a-'
    __X__ = '__x__'


class Base(SQLModel, table=True):
    id: Optional[int] = Field(default=None, sa_column=Column('id', Integer, primary_key=True))
    label: Optional[str] = Field(default=None, sa_column=Column('label', Text))

    optional: list['Optional_'] = Relationship(back_populates='base')
    pizza: list['Pizza'] = Relationship(back_populates='__')


class Column(SQLModel, table=True):
    __table_args__ = (
        CheckConstraint("kind IN ('١', '１', '1', 'a b', 'a_b', '-a-', '__x__')"),
    )

    id: Optional[int] = Field(default=None, sa_column=Column('id', Integer, primary_key=True))
    kind: Optional[ColumnKind] = Field(default=None, sa_column=Column('kind', Enum(ColumnKind, values_callable=lambda cls: [member.value for member in cls])))


t_loose = Table(
    'loose', SQLModel.metadata,
    Column('a', Integer),
    Column('b', Text)
)


class Ｆｉｌｅ(SQLModel, table=True):
    id: Optional[int] = Field(default=None, sa_column=Column('id', Integer, primary_key=True))
    note: Optional[str] = Field(default=None, sa_column=Column('note', Text))

    file: list['File'] = Relationship(back_populates='ｆｉｌｅ')


class File(SQLModel, table=True):
    id: Optional[int] = Field(default=None, sa_column=Column('id', Integer, primary_key=True))
    ｆｉｌｅ_id: Optional[int] = Field(default=None, sa_column=Column('ｆｉｌｅ_id', ForeignKey('ｆｉｌｅ.id')))

    ｆｉｌｅ: Optional['Ｆｉｌｅ'] = Relationship(back_populates='file')


class Optional_(SQLModel, table=True):
    __tablename__ = 'optional'

    id: Optional[int] = Field(default=None, sa_column=Column('id', Integer, primary_key=True))
    base_id: Optional[int] = Field(default=None, sa_column=Column('base_id', ForeignKey('base.id')))
    note: Optional[str] = Field(default=None, sa_column=Column('note', Text))

    base: Optional['Base'] = Relationship(back_populates='optional')
    pizza: list['Pizza'] = Relationship(back_populates='_')


class Pizza(SQLModel, table=True):
    id: Optional[int] = Field(default=None, sa_column=Column('id', Integer, primary_key=True))
    ___id: Optional[int] = Field(default=None, sa_column=Column('🍕🍕_id', ForeignKey('base.id')))
    __id: Optional[int] = Field(default=None, sa_column=Column('🍕_id', ForeignKey('optional.id')))

    _: Optional['Optional_'] = Relationship(back_populates='pizza')
    __: Optional['Base'] = Relationship(back_populates='pizza')
