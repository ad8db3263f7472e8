from typing import Optional

from sqlalchemy import CheckConstraint, Column, Computed, String
from sqlalchemy.dialects.mysql import INTEGER, TINYINT
from sqlmodel import Field, SQLModel

class Post(SQLModel, table=True):
    __table_args__ = (
        CheckConstraint('!(`flag` is true) or !(`qty` <=> 0)', name='c_or'),
        CheckConstraint("`code`  not like 'a%%'", name='c_like'),
        CheckConstraint('`code` is not null', name='c_null'),
        CheckConstraint('`qty` <> 0', name='c_twice'),
        CheckConstraint('`qty` not in (1,2)', name='c_in')
    )

    id: int = Field(sa_column=Column('id', INTEGER(11), primary_key=True))
    flag: Optional[int] = Field(default=None, sa_column=Column('flag', TINYINT(1)))
    qty: Optional[int] = Field(default=None, sa_column=Column('qty', INTEGER(11)))
    code: Optional[str] = Field(default=None, sa_column=Column('code', String(9)))
    not_flag: Optional[int] = Field(default=None, sa_column=Column('not_flag', TINYINT(4), Computed('(`flag` = 0)', persisted=False)))
    not_sum: Optional[int] = Field(default=None, sa_column=Column('not_sum', TINYINT(4), Computed('(!(`qty` + 1))', persisted=False)))


class Tag(SQLModel, table=True):
    id: int = Field(sa_column=Column('id', INTEGER(11), primary_key=True))
    post_id: Optional[int] = Field(default=None, sa_column=Column('post_id', INTEGER(11)))
