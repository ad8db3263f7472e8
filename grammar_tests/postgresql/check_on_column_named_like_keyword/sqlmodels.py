from typing import Optional

from sqlalchemy import CheckConstraint, Column, Integer, PrimaryKeyConstraint, Text
from sqlmodel import Field, SQLModel

class Gauge(SQLModel, table=True):
    __table_args__ = (
        CheckConstraint('"authorization" <> \'\'::text', name='gauge_authorization_check'),
        CheckConstraint('"between" < 10', name='gauge_between_check'),
        CheckConstraint('"check" >= 0', name='gauge_check_check'),
        CheckConstraint('"int" <> \'x\'::text', name='gauge_int_check'),
        CheckConstraint("name <> ''::text", name='gauge_name_check'),
        CheckConstraint('value <> 1', name='gauge_value_check'),
        PrimaryKeyConstraint('id', name='gauge_pkey')
    )

    id: int = Field(sa_column=Column('id', Integer, primary_key=True, autoincrement=True))
    between: Optional[int] = Field(default=None, sa_column=Column('between', Integer))
    authorization: Optional[str] = Field(default=None, sa_column=Column('authorization', Text))
    check: Optional[int] = Field(default=None, sa_column=Column('check', Integer))
    name: Optional[str] = Field(default=None, sa_column=Column('name', Text))
    value: Optional[int] = Field(default=None, sa_column=Column('value', Integer))
    int: Optional[str] = Field(default=None, sa_column=Column('int', Text))
