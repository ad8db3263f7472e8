from typing import Optional
import enum

from sqlalchemy import Column, Enum, ForeignKeyConstraint, Index, String, Text, text
from sqlalchemy.dialects.mysql import INTEGER
from sqlmodel import Field, Relationship, SQLModel

class Tab'leDef(str, enum.Enum):
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
    __table_args__ = {'comment': 'triple """ quotes \'\'\' and \\ backslash'}

    id: int = Field(sa_column=Column('id', INTEGER(11), primary_key=True, autoincrement=True))
    col_quote: Optional[str] = Field(default=None, sa_column=Column('col"quote', String(50), server_default=text('\'it\'\'s "x" \\\\ y\''), comment="new\nline and 'quote'"))
    def_: Optional[Tab'leDef] = Field(default=None, sa_column=Column('def', Enum(Tab'leDef, values_callable=lambda cls: [member.value for member in cls]), server_default=text("'class'")))
    from_: Optional[str] = Field(default=None, sa_column=Column('from', String(10)))
    ñame: Optional[str] = Field(default=None, sa_column=Column('ñame', Text))
    True_: Optional[int] = Field(default=None, sa_column=Column('True', INTEGER(11)))
    metadata_: Optional[str] = Field(default=None, sa_column=Column('metadata', Text))

    _2nd: list['_2nd'] = Relationship(back_populates='tab_le')


class _2nd(SQLModel, table=True):
    __tablename__ = '2nd'
    __table_args__ = (
        ForeignKeyConstraint(["tab'le_id"], ["tab'le.id"], name='2nd_ibfk_1'),
        Index("tab'le_id", "tab'le_id")
    )

    Class: int = Field(sa_column=Column('Class', INTEGER(11), primary_key=True))
    tab_le_id: Optional[int] = Field(default=None, sa_column=Column("tab'le_id", INTEGER(11)))

    tab_le: Optional['TabLe'] = Relationship(back_populates='_2nd')
