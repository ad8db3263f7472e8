from typing import Optional
import datetime
import decimal
import uuid

from sqlalchemy import BIGINT, BOOLEAN, CHAR, Column, DOUBLE_PRECISION, INTEGER, Integer, NUMERIC, PrimaryKeyConstraint, TEXT, UUID, VARCHAR, text
from sqlalchemy.dialects.postgresql import ARRAY, DOMAIN, ENUM, TIMESTAMP
from sqlmodel import Field, SQLModel

class Profile(SQLModel, table=True):
    __table_args__ = (
        PrimaryKeyConstraint('id', name='profile_pkey'),
    )

    id: int = Field(sa_column=Column('id', Integer, primary_key=True))
    mail: str = Field(sa_column=Column('mail', DOMAIN('email', TEXT(collation='default'), 'default', constraint_name='email_check', not_null=True, check=text("VALUE ~ '^.+@.+$'::text"), create_type=False, schema=None, metadata=MetaData()), nullable=False))
    active: bool = Field(sa_column=Column('active', DOMAIN('flag', BOOLEAN(), default='false', not_null=True, create_type=False, schema=None, metadata=MetaData()), nullable=False, server_default=text('false')))
    born: Optional[int] = Field(default=None, sa_column=Column('born', DOMAIN('year', INTEGER(), constraint_name='year_check', not_null=False, check=text('VALUE >= 1901 AND VALUE <= 2155'), create_type=False, schema=None, metadata=MetaData())))
    ref: Optional[str] = Field(default=None, sa_column=Column('ref', DOMAIN('code', VARCHAR(collation='C'), 'C', default="'x'::character varying", not_null=False, create_type=False, schema=None, metadata=MetaData()), server_default=text("'x'::character varying")))
    credit: Optional[decimal.Decimal] = Field(default=None, sa_column=Column('credit', DOMAIN('amount', NUMERIC(), default='0', constraint_name='amount_check', not_null=False, check=text('VALUE >= 0::numeric'), create_type=False, schema=None, metadata=MetaData()), server_default=text('0')))
    mood_now: Optional[str] = Field(default=None, sa_column=Column('mood_now', DOMAIN('feeling', ENUM('a', 'b', name='mood'), default="'a'::mood", not_null=False, create_type=False, schema=None, metadata=MetaData()), server_default=text("'a'::mood")))
    seen: Optional[datetime.datetime] = Field(default=None, sa_column=Column('seen', DOMAIN('moment', TIMESTAMP(timezone=True), default='now()', not_null=False, create_type=False, schema=None, metadata=MetaData()), server_default=text('now()')))
    home: Optional[str] = Field(default=None, sa_column=Column('home', DOMAIN('country', CHAR(collation='default'), 'default', not_null=False, create_type=False, schema=None, metadata=MetaData())))
    parent: Optional[int] = Field(default=None, sa_column=Column('parent', DOMAIN('positive_id', BIGINT(), constraint_name='positive_id_check', not_null=False, check=text('VALUE > 0'), create_type=False, schema=None, metadata=MetaData()), server_default=text('1')))
    external: Optional[uuid.UUID] = Field(default=None, sa_column=Column('external', DOMAIN('external_id', UUID(), not_null=False, create_type=False, schema=None, metadata=MetaData())))
    score: Optional[float] = Field(default=None, sa_column=Column('score', DOMAIN('ratio', DOUBLE_PRECISION(precision=53), not_null=False, create_type=False, schema=None, metadata=MetaData())))
    tags: Optional[list] = Field(default=None, sa_column=Column('tags', DOMAIN('labels', ARRAY(TEXT(collation='default')), 'default', not_null=False, create_type=False, schema=None, metadata=MetaData())))
