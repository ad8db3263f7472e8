from typing import Optional
import decimal

from sqlalchemy import CHAR, Column, INTEGER, Integer, NUMERIC, PrimaryKeyConstraint, TEXT, VARCHAR, text
from sqlalchemy.dialects.postgresql import DOMAIN
from sqlmodel import Field, SQLModel

class Film(SQLModel, table=True):
    __table_args__ = (
        PrimaryKeyConstraint('id', name='film_pkey'),
    )

    id: int = Field(sa_column=Column('id', Integer, primary_key=True, autoincrement=True))
    released: Optional[int] = Field(default=None, sa_column=Column('released', DOMAIN('year', INTEGER(), constraint_name='year_check', not_null=False, check=text('VALUE >= 1901 AND VALUE <= 2155'), create_type=False, schema=None, metadata=MetaData())))
    code: Optional[str] = Field(default=None, sa_column=Column('code', DOMAIN('code', VARCHAR(collation='default'), 'default', constraint_name='code_check', not_null=False, check=text("VALUE::text ~ '^[A-Z]+$'::text AND length(VALUE::text) > 1"), create_type=False, schema=None, metadata=MetaData())))
    price: Optional[decimal.Decimal] = Field(default=None, sa_column=Column('price', DOMAIN('amount', NUMERIC(), constraint_name='amount_check', not_null=False, check=text('VALUE >= 0::numeric'), create_type=False, schema=None, metadata=MetaData())))
    flag: Optional[str] = Field(default=None, sa_column=Column('flag', DOMAIN('flag', CHAR(collation='default'), 'default', not_null=False, create_type=False, schema=None, metadata=MetaData())))
    label: Optional[str] = Field(default=None, sa_column=Column('label', DOMAIN('label', TEXT(collation='C'), 'C', not_null=False, create_type=False, schema=None, metadata=MetaData())))
