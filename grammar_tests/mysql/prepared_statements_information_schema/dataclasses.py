from typing import Optional
import datetime

from sqlalchemy import CHAR, DateTime, ForeignKeyConstraint, String, text
from sqlalchemy.dialects.mysql import INTEGER, TINYINT
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class Account(Base):
    __tablename__ = 'account'

    uuid: Mapped[str] = mapped_column(CHAR(36), primary_key=True)
    email: Mapped[str] = mapped_column(String(100), nullable=False)
    created_at: Mapped[Optional[datetime.datetime]] = mapped_column(DateTime)


class Audit(Base):
    __tablename__ = 'audit'

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True)
    one_fk: Mapped[int] = mapped_column(TINYINT(1), nullable=False, server_default=text('1'))
    note: Mapped[Optional[str]] = mapped_column(String(20))
    from_literal: Mapped[Optional[int]] = mapped_column(INTEGER(11))


class Login(Account):
    __tablename__ = 'login'
    __table_args__ = (
        ForeignKeyConstraint(['account_uuid'], ['account.uuid'], ondelete='CASCADE', onupdate='CASCADE', name='login_ibfk_1'),
    )

    account_uuid: Mapped[str] = mapped_column(CHAR(36), primary_key=True)
    provider: Mapped[str] = mapped_column(String(50), nullable=False, index=True)
