from typing import Optional
import decimal

from sqlalchemy import CHAR, INTEGER, Integer, NUMERIC, PrimaryKeyConstraint, TEXT, VARCHAR, text
from sqlalchemy.dialects.postgresql import DOMAIN
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class Film(Base):
    __tablename__ = 'film'
    __table_args__ = (
        PrimaryKeyConstraint('id', name='film_pkey'),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    released: Mapped[Optional[int]] = mapped_column(DOMAIN('year', INTEGER(), constraint_name='year_check', not_null=False, check=text('VALUE >= 1901 AND VALUE <= 2155'), create_type=False, schema=None, metadata=MetaData()))
    code: Mapped[Optional[str]] = mapped_column(DOMAIN('code', VARCHAR(collation='default'), 'default', constraint_name='code_check', not_null=False, check=text("VALUE::text ~ '^[A-Z]+$'::text AND length(VALUE::text) > 1"), create_type=False, schema=None, metadata=MetaData()))
    price: Mapped[Optional[decimal.Decimal]] = mapped_column(DOMAIN('amount', NUMERIC(), constraint_name='amount_check', not_null=False, check=text('VALUE >= 0::numeric'), create_type=False, schema=None, metadata=MetaData()))
    flag: Mapped[Optional[str]] = mapped_column(DOMAIN('flag', CHAR(collation='default'), 'default', not_null=False, create_type=False, schema=None, metadata=MetaData()))
    label: Mapped[Optional[str]] = mapped_column(DOMAIN('label', TEXT(collation='C'), 'C', not_null=False, create_type=False, schema=None, metadata=MetaData()))
