from typing import Optional

from sqlalchemy import CHAR, Index, String
from sqlalchemy.dialects.mysql import INTEGER
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class Account(Base):
    __tablename__ = 'account'
    __table_args__ = (
        Index('account_nick', 'nick'),
    )

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True)
    email: Mapped[Optional[str]] = mapped_column(String(80), comment='login')
    nick: Mapped[Optional[str]] = mapped_column(String(20))


class Session(Base):
    __tablename__ = 'session'

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True, comment='kept')
    token: Mapped[Optional[str]] = mapped_column(CHAR(32))
