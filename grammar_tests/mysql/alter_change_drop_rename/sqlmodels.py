from typing import Optional

from sqlalchemy import CheckConstraint, Column, Index, String, Text, text
from sqlalchemy.dialects.mysql import BIGINT, INTEGER
from sqlmodel import Field, SQLModel

class Pp(SQLModel, table=True):
    id: int = Field(sa_column=Column('id', INTEGER(11), primary_key=True))
    code: Optional[str] = Field(default=None, sa_column=Column('code', String(10)))


class Q(SQLModel, table=True):
    __table_args__ = (
        Index('p_id', 'p_id'),
    )

    id: int = Field(sa_column=Column('id', INTEGER(11), primary_key=True))
    p_id: int = Field(sa_column=Column('p_id', INTEGER(11), primary_key=True))
    note: Optional[str] = Field(default=None, sa_column=Column('note', Text))


class T2(SQLModel, table=True):
    __table_args__ = (
        CheckConstraint('`ff` < 5', name='ck2'),
        Index('k_ab', 'a')
    )

    ident: int = Field(sa_column=Column('ident', INTEGER(11), primary_key=True))
    ee: str = Field(sa_column=Column('ee', String(20), nullable=False, server_default=text("'x'"), comment='hi'))
    d: Optional[int] = Field(default=None, sa_column=Column('d', INTEGER(11)))
    a: Optional[int] = Field(default=None, sa_column=Column('a', BIGINT(20, unsigned=True)))
    ff: Optional[int] = Field(default=None, sa_column=Column('ff', INTEGER(11)))
