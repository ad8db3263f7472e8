from typing import Optional
import enum

from sqlalchemy import CheckConstraint, Column, Enum, ForeignKeyConstraint, Integer, PrimaryKeyConstraint, Sequence, String, Text, text
from sqlmodel import Field, Relationship, SQLModel

class Weird enum(str, enum.Enum):
    A_B = "a'b"
    C_D = 'c"d'
    E_F = 'e\\f'
    EMPTY = ''
    WITH_SPACE = 'with space'
    ÜNÏ = 'ünï'
    _1X = '1x'
    NONE = 'None'
    CLASS = 'class'


class TabLe(SQLModel, table=True):
    __tablename__ = "tab'le"
    __table_args__ = (
        CheckConstraint('"from"::text = ANY (ARRAY[\'\'\'\'::character varying, \'"\'::character varying, \'\\\'::character varying]::text[])', name="tab'le_from_check"),
        PrimaryKeyConstraint('id', name="tab'le_pkey"),
        {'comment': 'triple """ quotes \'\'\' and \\ backslash'}
    )

    id: int = Field(sa_column=Column('id', Integer, Sequence("tab''le_id_seq"), primary_key=True, autoincrement=True))
    col_quote: Optional[str] = Field(default=None, sa_column=Column('col"quote', Text, server_default=text('\'it\'\'s "x" \\ y\'::text'), comment='new\nline'))
    def_: Optional[Weird enum] = Field(default=None, sa_column=Column('def', Enum(Weird enum, values_callable=lambda cls: [member.value for member in cls], name='weird enum'), server_default=text('\'class\'::"weird enum"')))
    from_: Optional[str] = Field(default=None, sa_column=Column('from', String(10)))
    ñame: Optional[str] = Field(default=None, sa_column=Column('ñame', Text, server_default=text("'tab\there'::text")))
    True_: Optional[int] = Field(default=None, sa_column=Column('True', Integer))
    metadata_: Optional[str] = Field(default=None, sa_column=Column('metadata', Text))
    registry: Optional[int] = Field(default=None, sa_column=Column('registry', Integer))

    _2nd: list['_2nd'] = Relationship(back_populates='tab_le')


class _2nd(SQLModel, table=True):
    __tablename__ = '2nd'
    __table_args__ = (
        ForeignKeyConstraint(["tab'le_id"], ["tab'le.id"], name="2nd_tab'le_id_fkey"),
        PrimaryKeyConstraint('Class', name='2nd_pkey')
    )

    Class: int = Field(sa_column=Column('Class', Integer, primary_key=True))
    tab_le_id: Optional[int] = Field(default=None, sa_column=Column("tab'le_id", Integer))

    tab_le: Optional['TabLe'] = Relationship(back_populates='_2nd')
