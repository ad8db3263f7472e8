from typing import Optional
import datetime

from sqlalchemy import Column, Computed, LargeBinary, String, TIMESTAMP, Text, text
from sqlalchemy.dialects.mysql import INTEGER, VARCHAR
from sqlmodel import Field, SQLModel

class CopyOfZi(SQLModel, table=True):
    __tablename__ = 'copy_of_zi'

    id: int = Field(sa_column=Column('id', INTEGER(11), primary_key=True))
    f: int = Field(sa_column=Column('f', INTEGER(11), nullable=False))
    h: datetime.datetime = Field(sa_column=Column('h', TIMESTAMP, nullable=False))
    d: Optional[int] = Field(default=None, sa_column=Column('d', INTEGER(11)))
    e: Optional[str] = Field(default=None, sa_column=Column('e', VARCHAR(5, charset='latin1', collation='latin1_swedish_ci')))
    g: Optional[int] = Field(default=None, sa_column=Column('g', INTEGER(11), Computed('(`d` + 1)', persisted=False)))
    z: Optional[int] = Field(default=None, sa_column=Column('z', INTEGER(11), server_default=text('7'), comment='seen'))
    k: Optional[str] = Field(default=None, sa_column=Column('k', String(9)))
    t: Optional[str] = Field(default=None, sa_column=Column('t', Text))
    b: Optional[bytes] = Field(default=None, sa_column=Column('b', LargeBinary))


class Zi(SQLModel, table=True):
    id: int = Field(sa_column=Column('id', INTEGER(11), primary_key=True))
    f: int = Field(sa_column=Column('f', INTEGER(11), nullable=False))
    h: datetime.datetime = Field(sa_column=Column('h', TIMESTAMP, nullable=False))
    d: Optional[int] = Field(default=None, sa_column=Column('d', INTEGER(11)))
    e: Optional[str] = Field(default=None, sa_column=Column('e', VARCHAR(5, charset='latin1', collation='latin1_swedish_ci')))
    g: Optional[int] = Field(default=None, sa_column=Column('g', INTEGER(11), Computed('(`d` + 1)', persisted=False)))
    z: Optional[int] = Field(default=None, sa_column=Column('z', INTEGER(11), server_default=text('7'), comment='seen'))
    k: Optional[str] = Field(default=None, sa_column=Column('k', String(9)))
    t: Optional[str] = Field(default=None, sa_column=Column('t', Text))
    b: Optional[bytes] = Field(default=None, sa_column=Column('b', LargeBinary))
