from typing import Optional
import enum

from sqlalchemy import CheckConstraint, Column, Enum, ForeignKey, Integer, String, Text, text
from sqlmodel import Field, Relationship, SQLModel

class Tab'leDef(str, enum.Enum):
    A = 'a'
    B = 'b'
    C_D = 'c"d'
    CLASS = 'class'


class TabLe(SQLModel, table=True):
    __tablename__ = "tab'le"
    __table_args__ = (
        CheckConstraint('"def" IN (\'a\'\'b\', \'c"d\', \'class\')'),
    )

    id: Optional[int] = Field(default=None, sa_column=Column('id', Integer, primary_key=True))
    col_quote: Optional[str] = Field(default=None, sa_column=Column('col"quote', Text, server_default=text('\'it\'\'s "x" \\ y\'')))
    def_: Optional[Tab'leDef] = Field(default=None, sa_column=Column('def', Enum(Tab'leDef, values_callable=lambda cls: [member.value for member in cls])))
    from_: Optional[str] = Field(default=None, sa_column=Column('from', String(10)))
    ñame: Optional[str] = Field(default=None, sa_column=Column('ñame', Text))
    True_: Optional[int] = Field(default=None, sa_column=Column('True', Integer))
    metadata_: Optional[str] = Field(default=None, sa_column=Column('metadata', Text))

    _2nd: list['_2nd'] = Relationship(back_populates='tab_le')


class _2nd(SQLModel, table=True):
    __tablename__ = '2nd'

    tab_le_id: Optional[int] = Field(default=None, sa_column=Column("tab'le_id", ForeignKey("tab'le.id")))
    Class: Optional[int] = Field(default=None, sa_column=Column('Class', Integer, primary_key=True))

    tab_le: Optional['TabLe'] = Relationship(back_populates='_2nd')
