from typing import Optional
import datetime
import decimal
import uuid

from sqlalchemy import BIGINT, BOOLEAN, CHAR, DOUBLE_PRECISION, INTEGER, Integer, NUMERIC, PrimaryKeyConstraint, TEXT, UUID, VARCHAR, text
from sqlalchemy.dialects.postgresql import ARRAY, DOMAIN, ENUM, TIMESTAMP
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class Profile(Base):
    __tablename__ = 'profile'
    __table_args__ = (
        PrimaryKeyConstraint('id', name='profile_pkey'),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    mail: Mapped[str] = mapped_column(DOMAIN('email', TEXT(collation='default'), 'default', constraint_name='email_check', not_null=True, check=text("VALUE ~ '^.+@.+$'::text"), create_type=False, schema=None, metadata=MetaData()), nullable=False)
    active: Mapped[bool] = mapped_column(DOMAIN('flag', BOOLEAN(), default='false', not_null=True, create_type=False, schema=None, metadata=MetaData()), nullable=False, server_default=text('false'))
    born: Mapped[Optional[int]] = mapped_column(DOMAIN('year', INTEGER(), constraint_name='year_check', not_null=False, check=text('VALUE >= 1901 AND VALUE <= 2155'), create_type=False, schema=None, metadata=MetaData()))
    ref: Mapped[Optional[str]] = mapped_column(DOMAIN('code', VARCHAR(collation='C'), 'C', default="'x'::character varying", not_null=False, create_type=False, schema=None, metadata=MetaData()), server_default=text("'x'::character varying"))
    credit: Mapped[Optional[decimal.Decimal]] = mapped_column(DOMAIN('amount', NUMERIC(), default='0', constraint_name='amount_check', not_null=False, check=text('VALUE >= 0::numeric'), create_type=False, schema=None, metadata=MetaData()), server_default=text('0'))
    mood_now: Mapped[Optional[str]] = mapped_column(DOMAIN('feeling', ENUM('a', 'b', name='mood'), default="'a'::mood", not_null=False, create_type=False, schema=None, metadata=MetaData()), server_default=text("'a'::mood"))
    seen: Mapped[Optional[datetime.datetime]] = mapped_column(DOMAIN('moment', TIMESTAMP(timezone=True), default='now()', not_null=False, create_type=False, schema=None, metadata=MetaData()), server_default=text('now()'))
    home: Mapped[Optional[str]] = mapped_column(DOMAIN('country', CHAR(collation='default'), 'default', not_null=False, create_type=False, schema=None, metadata=MetaData()))
    parent: Mapped[Optional[int]] = mapped_column(DOMAIN('positive_id', BIGINT(), constraint_name='positive_id_check', not_null=False, check=text('VALUE > 0'), create_type=False, schema=None, metadata=MetaData()), server_default=text('1'))
    external: Mapped[Optional[uuid.UUID]] = mapped_column(DOMAIN('external_id', UUID(), not_null=False, create_type=False, schema=None, metadata=MetaData()))
    score: Mapped[Optional[float]] = mapped_column(DOMAIN('ratio', DOUBLE_PRECISION(precision=53), not_null=False, create_type=False, schema=None, metadata=MetaData()))
    tags: Mapped[Optional[list]] = mapped_column(DOMAIN('labels', ARRAY(TEXT(collation='default')), 'default', not_null=False, create_type=False, schema=None, metadata=MetaData()))
