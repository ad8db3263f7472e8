from typing import Optional

from sqlalchemy import Column, Integer, PrimaryKeyConstraint, String
from sqlalchemy.dialects.postgresql import BIT, DOMAIN, INT4RANGE, MACADDR, OID, REGCLASS, TSQUERY, TSVECTOR
from sqlalchemy.sql.sqltypes import NullType
from sqlmodel import Field, SQLModel
import sqlalchemy.dialects.postgresql.bitstring

class T(SQLModel, table=True):
    __table_args__ = (
        PrimaryKeyConstraint('id', name='t_pkey'),
    )

    id: int = Field(sa_column=Column('id', Integer, primary_key=True))
    a: Optional[object] = Field(default=None, sa_column=Column('a', DOMAIN('d1', MACADDR(), not_null=False, create_type=False, schema=None, metadata=MetaData())))
    b: Optional[object] = Field(default=None, sa_column=Column('b', DOMAIN('d2', INT4RANGE(), not_null=False, create_type=False, schema=None, metadata=MetaData())))
    c: Optional[object] = Field(default=None, sa_column=Column('c', DOMAIN('d3', TSVECTOR(), not_null=False, create_type=False, schema=None, metadata=MetaData())))
    d: Optional[object] = Field(default=None, sa_column=Column('d', DOMAIN('d4', OID(), not_null=False, create_type=False, schema=None, metadata=MetaData())))
    e: Optional[object] = Field(default=None, sa_column=Column('e', DOMAIN('d5', NullType(), not_null=False, create_type=False, schema=None, metadata=MetaData())))
    f: Optional[sqlalchemy.dialects.postgresql.bitstring.BitString] = Field(default=None, sa_column=Column('f', DOMAIN('d6', BIT(length=1), not_null=False, create_type=False, schema=None, metadata=MetaData())))
    g: Optional[object] = Field(default=None, sa_column=Column('g', DOMAIN('d7', NullType(), not_null=False, create_type=False, schema=None, metadata=MetaData())))
    h: Optional[object] = Field(default=None, sa_column=Column('h', DOMAIN('d8', REGCLASS(), not_null=False, create_type=False, schema=None, metadata=MetaData())))


class U(SQLModel, table=True):
    __table_args__ = (
        PrimaryKeyConstraint('id', name='u_pkey'),
    )

    id: int = Field(sa_column=Column('id', Integer, primary_key=True))
    a: Optional[sqlalchemy.dialects.postgresql.bitstring.BitString] = Field(default=None, sa_column=Column('a', DOMAIN('d9', BIT(varying=True), not_null=False, create_type=False, schema=None, metadata=MetaData())))
    b: Optional[str] = Field(default=None, sa_column=Column('b', DOMAIN('d10', String(collation='C'), 'C', not_null=False, create_type=False, schema=None, metadata=MetaData())))
    c: Optional[object] = Field(default=None, sa_column=Column('c', DOMAIN('d11', TSQUERY(), not_null=False, create_type=False, schema=None, metadata=MetaData())))
    d: Optional[object] = Field(default=None, sa_column=Column('d', DOMAIN('d12', NullType(), not_null=False, create_type=False, schema=None, metadata=MetaData())))
